package org.csirtbot.metrics;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentStatus;
import org.csirtbot.incident.LogEntry;
import org.csirtbot.incident.LogKind;

/**
 * How long the response to one incident took (NIST SP 800-61r3 with CSF 2.0 DE.AE, RS.MA, RS.MI and RC.RP; r2, whose
 * §3.4.2 first listed these measures, was withdrawn on 2025-04-03), the one definition that both the post-incident
 * report and {@code /api/metrics} use. Containment counts from detection, as r3 and the CSF read it: the moment the
 * organisation became aware ({@link #detectedAt}); the figure from declaration is kept beside it. Each is null when not known: a moment missing, a phase never
 * reached, or an end before its start (which would only say the times were entered wrong). An incident that went
 * back to investigating is measured to the end of its last containment and the start of its last post-incident
 * phase: when it was finally contained and recovered. Pure.
 *
 * @param toReport  from when it began to its earliest report, when both are known
 * @param toDeclare from its earliest report, else from when it began, to its declaration
 * @param toContain from its detection ({@link #detectedAt}) to the end of its last {@code containing} phase
 * @param toContainFromDeclaration from its declaration to the end of its last {@code containing} phase
 * @param toRecover from its declaration to the start of its last {@code post_incident} phase
 * @param total     from its declaration to its closing
 * @param toFirstUpdate from its declaration to its first status update ({@code /incident update}), the first word the
 *                  executives had of it beyond the alert
 */
public record IncidentTimes(Duration toReport, Duration toDeclare, Duration toContain,
                            Duration toContainFromDeclaration, Duration toRecover, Duration total,
                            Duration toFirstUpdate) {

    private static final Set<String> REPORT_KINDS = Set.of(LogKind.REPORTED.code(), LogKind.REPORT_ATTACHED.code());
    /** The run value a playbook records the moment of awareness in (core-intake {@code c8.brief_privacy}). */
    static final String AWARE_AT = "__t_aware__";

    /**
     * The times of {@code incident}, whose earliest attached report was made at {@code earliestReport}, whose moment
     * of awareness a playbook recorded as {@code awareAt} and whose first status update was given at
     * {@code firstUpdate} (each null when none was).
     */
    public static IncidentTimes of(Incident incident, Instant earliestReport, Instant awareAt, Instant firstUpdate) {
        Instant declared = incident.declaredAt();
        Instant contained = lastPhase(incident, IncidentStatus.CONTAINING, false);
        return new IncidentTimes(
                between(incident.beganAt(), earliestReport),
                between(earliestReport != null ? earliestReport : incident.beganAt(), declared),
                between(detectedAt(incident, earliestReport, awareAt), contained),
                between(declared, contained),
                between(declared, lastPhase(incident, IncidentStatus.POST_INCIDENT, true)),
                between(declared, closedAt(incident)),
                between(declared, firstUpdate));
    }

    /** The times of {@code incident}, its earliest report and its first status update read from its log. */
    public static IncidentTimes of(Incident incident, List<LogEntry> entries) {
        return of(incident, firstReport(entries), awareAt(entries), firstUpdate(entries));
    }

    /**
     * When the incident was detected: the earliest of its first report's received time, the moment of awareness a
     * playbook recorded and its declaration (an incident declared was known by then). Null when none is known.
     */
    static Instant detectedAt(Incident incident, Instant earliestReport, Instant awareAt) {
        return Stream.of(earliestReport, awareAt, incident.declaredAt()).filter(Objects::nonNull)
                .min(Instant::compareTo).orElse(null);
    }

    /** The earliest moment of awareness ({@value #AWARE_AT}) a playbook run was given or recorded, by the log. */
    static Instant awareAt(List<LogEntry> entries) {
        return entries.stream().filter(e -> e.data() != null)
                .flatMap(e -> Stream.of(e.data().get("fields"), e.data().get("values")))
                .filter(Map.class::isInstance).map(m -> instant(((Map<?, ?>) m).get(AWARE_AT)))
                .filter(Objects::nonNull).min(Instant::compareTo).orElse(null);
    }

    /** When the first status update on the incident was given, by its log; null before any. */
    static Instant firstUpdate(List<LogEntry> entries) {
        return entries.stream().filter(e -> LogKind.STATUS_UPDATE_POSTED.code().equals(e.kind())).map(LogEntry::at)
                .filter(Objects::nonNull).min(Instant::compareTo).orElse(null);
    }

    /** When the incident was closed, or null while it is not. */
    public static Instant closedAt(Incident incident) {
        return incident.status() == IncidentStatus.CLOSED ? lastPhase(incident, IncidentStatus.CLOSED, true) : null;
    }

    /** When the first report of the incident was made, by the reports logged as reported or attached. */
    static Instant firstReport(List<LogEntry> entries) {
        return entries.stream().filter(e -> REPORT_KINDS.contains(e.kind()) && e.data() != null)
                .map(e -> instant(e.data().get("reportedAt"))).filter(Objects::nonNull)
                .min(Instant::compareTo).orElse(null);
    }

    /** The start (or end) of the last phase {@code status}; null when it never was, or has not ended. */
    private static Instant lastPhase(Incident incident, IncidentStatus status, boolean start) {
        return incident.phases().stream().filter(p -> p.phase() == status).reduce((first, second) -> second)
                .map(p -> start ? p.startedAt() : p.endedAt()).orElse(null);
    }

    private static Duration between(Instant from, Instant to) {
        return from == null || to == null || to.isBefore(from) ? null : Duration.between(from, to);
    }

    /** A moment stored in log data (ISO-8601 text, or a date as read back); null when it is none. */
    public static Instant instant(Object value) {
        if (value instanceof Instant at) {
            return at;
        }
        if (value instanceof Date date) {
            return date.toInstant();
        }
        try {
            return value == null ? null : Instant.parse(value.toString().strip());
        } catch (DateTimeParseException notAnInstant) {
            try {
                return OffsetDateTime.parse(value.toString().strip()).toInstant();
            } catch (DateTimeParseException notATime) {
                return null;
            }
        }
    }
}
