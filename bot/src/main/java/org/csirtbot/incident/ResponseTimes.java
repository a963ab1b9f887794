package org.csirtbot.incident;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How long the response took (NIST SP 800-61r2 §3.4.2), from the incident's phases and log; each is null when a
 * moment it needs is not known or not reached.
 *
 * @param toReport  from when the incident began to its first report
 * @param toDeclare from the first report (or, without one, when it began) to its declaration
 * @param toContain from the declaration to the end of its (last) containing phase
 * @param toRecover from the declaration to the start of its (last) post-incident phase
 * @param total     from the declaration to its closing
 */
record ResponseTimes(Duration toReport, Duration toDeclare, Duration toContain, Duration toRecover, Duration total) {

    private static final Set<String> REPORT_KINDS = Set.of(LogKind.REPORTED.code(), LogKind.REPORT_ATTACHED.code());

    static ResponseTimes of(Incident incident, List<LogEntry> entries) {
        Instant firstReport = firstReport(entries);
        Instant declared = incident.declaredAt();
        Instant contained = last(incident, IncidentStatus.CONTAINING, true);
        return new ResponseTimes(between(incident.beganAt(), firstReport),
                between(firstReport != null ? firstReport : incident.beganAt(), declared),
                between(declared, contained),
                between(declared, last(incident, IncidentStatus.POST_INCIDENT, false)),
                between(declared, closedAt(incident)));
    }

    /** When the incident was closed, or null while it is not. */
    static Instant closedAt(Incident incident) {
        return incident.status() == IncidentStatus.CLOSED ? last(incident, IncidentStatus.CLOSED, false) : null;
    }

    /** When the first report of the incident was made, by the reports logged as reported or attached. */
    static Instant firstReport(List<LogEntry> entries) {
        return entries.stream().filter(e -> REPORT_KINDS.contains(e.kind()) && e.data() != null)
                .map(e -> instant(e.data().get("reportedAt"))).filter(Objects::nonNull)
                .min(Instant::compareTo).orElse(null);
    }

    /** The start (or end) of the last time the incident was in {@code phase}; null if never (or not ended). */
    private static Instant last(Incident incident, IncidentStatus phase, boolean end) {
        Incident.Phase last = incident.phases().stream().filter(p -> p.phase() == phase)
                .reduce((first, second) -> second).orElse(null);
        return last == null ? null : end ? last.endedAt() : last.startedAt();
    }

    /** The time from one moment to another; null if either is unknown or they are out of order. */
    private static Duration between(Instant from, Instant to) {
        return from == null || to == null || to.isBefore(from) ? null : Duration.between(from, to);
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant at) {
            return at;
        }
        if (value instanceof java.util.Date date) {
            return date.toInstant();
        }
        try {
            return value == null ? null : Instant.parse(value.toString());
        } catch (DateTimeParseException notATime) {
            return null;
        }
    }
}
