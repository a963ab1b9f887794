package org.csirtbot.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.LogEntry;
import org.csirtbot.incident.LogKind;

/**
 * What one incident's log says for the response metrics beyond {@link IncidentTimes}. Pure.
 *
 * @param declaredSeverity   its severity when declared ({@code S1}–{@code S4}; null when the log does not say)
 * @param dwell              from when it began to when it was detected ({@link IncidentTimes#detectedAt}: its earliest
 *                           report or recorded awareness, else its declaration)
 * @param toExecutiveBriefing from its declaration to the first time a person briefed the executives: its first status
 *                           update (shown in their summary) or its first decision put to an executive, whichever came first
 * @param regulatorClocks    its regulatory clocks that ended (stopped, or breached their hard deadline) by clock ID
 *                           ({@code appi_preliminary}, {@code gdpr_sa}): {@link ClockEnd} each
 * @param stepSlaBreaches    by playbook, its steps escalated for passing their due time
 * @param clockBreaches      by playbook, its clocks that passed their target before stopping
 * @param waivedMandatory    by playbook, its mandatory steps waived
 */
record IncidentFacts(String declaredSeverity, Duration dwell, Duration toExecutiveBriefing,
                     Map<String, List<ClockEnd>> regulatorClocks, Map<String, Integer> stepSlaBreaches,
                     Map<String, Integer> clockBreaches, Map<String, Integer> waivedMandatory) {

    /** How a clock ended: whether it met its target, and whether it stopped before its hard deadline passed. */
    record ClockEnd(boolean metTarget, boolean beforeHardDeadline) {
    }

    static IncidentFacts of(Incident incident, List<LogEntry> entries, Instant earliestReport) {
        String severity = entries.stream().filter(is(LogKind.DECLARED)).findFirst()
                .map(e -> Objects.toString(e.data().get("severity"), null)).orElse(null);
        Instant detected = IncidentTimes.detectedAt(incident, earliestReport, IncidentTimes.awareAt(entries));
        Instant briefed = entries.stream().filter(is(LogKind.STATUS_UPDATE_POSTED).or(is(LogKind.DECISION_RECORDED)
                        .and(e -> String.valueOf(e.data().get("approval")).startsWith("executive"))))
                .map(LogEntry::at).filter(Objects::nonNull).min(Instant::compareTo).orElse(null);
        return new IncidentFacts(severity, between(incident.beganAt(), detected),
                between(incident.declaredAt(), briefed), clocks(entries),
                byPlaybook(entries, is(LogKind.PLAYBOOK_ESCALATION)),
                byPlaybook(entries, is(LogKind.CLOCK_BREACHED).and(e -> !flag(e, "hard"))),
                byPlaybook(entries, is(LogKind.PLAYBOOK_STEP_SKIPPED).and(e -> flag(e, "waived"))));
    }

    private static Map<String, List<ClockEnd>> clocks(List<LogEntry> entries) {
        Map<String, List<ClockEnd>> ends = new LinkedHashMap<>();
        Map<String, Boolean> hardBreached = new LinkedHashMap<>();
        for (LogEntry e : entries) {
            String clock = Objects.toString(e.data() == null ? null : e.data().get("clock"), null);
            if (clock == null) {
                continue;
            }
            if (is(LogKind.CLOCK_BREACHED).test(e) && flag(e, "hard") && hardBreached.put(clock, true) == null) {
                ends.computeIfAbsent(clock, c -> new java.util.ArrayList<>()).add(new ClockEnd(false, false));
            }
            if (is(LogKind.CLOCK_STOPPED).test(e) && !hardBreached.containsKey(clock)) {
                ends.computeIfAbsent(clock, c -> new java.util.ArrayList<>()).add(new ClockEnd(flag(e, "metDeadline"), true));
            }
        }
        return ends;
    }

    private static Map<String, Integer> byPlaybook(List<LogEntry> entries, Predicate<LogEntry> which) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        entries.stream().filter(which).filter(e -> e.data().get("playbook") != null)
                .forEach(e -> counts.merge(e.data().get("playbook").toString(), 1, Integer::sum));
        return counts;
    }

    private static Predicate<LogEntry> is(LogKind kind) {
        return e -> kind.code().equals(e.kind()) && e.data() != null;
    }

    private static boolean flag(LogEntry e, String field) {
        return Boolean.parseBoolean(String.valueOf(e.data().get(field)));
    }

    private static Duration between(Instant from, Instant to) {
        return from == null || to == null || to.isBefore(from) ? null : Duration.between(from, to);
    }
}
