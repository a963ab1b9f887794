package org.csirtbot.incident;

import java.time.Duration;
import java.time.Instant;

/**
 * The times of one incident that metrics count, each null when not known (a time missing, a phase never reached, or
 * an end before its start, which would only say the times were entered wrong). Pure.
 *
 * @param toReport  from when it began to its earliest report, when both are known
 * @param toDeclare from its earliest report, else from when it began, to its declaration
 * @param toContain from its declaration to the end of its first {@code containing} phase
 * @param toRecover from its declaration to the start of {@code post_incident}
 * @param total     from its declaration to its closing
 */
record IncidentTimes(Duration toReport, Duration toDeclare, Duration toContain, Duration toRecover, Duration total) {

    /** The times of {@code incident}, whose earliest attached report was made at {@code earliestReport} (or null). */
    static IncidentTimes of(Incident incident, Instant earliestReport) {
        Instant declared = incident.declaredAt();
        return new IncidentTimes(
                between(incident.beganAt(), earliestReport),
                between(earliestReport != null ? earliestReport : incident.beganAt(), declared),
                between(declared, firstPhase(incident, IncidentStatus.CONTAINING, false)),
                between(declared, firstPhase(incident, IncidentStatus.POST_INCIDENT, true)),
                between(declared, firstPhase(incident, IncidentStatus.CLOSED, true)));
    }

    /** The start (or end) of the first phase {@code status}; null when it never was, or has not ended. */
    private static Instant firstPhase(Incident incident, IncidentStatus status, boolean start) {
        return incident.phases().stream().filter(p -> p.phase() == status).findFirst()
                .map(p -> start ? p.startedAt() : p.endedAt()).orElse(null);
    }

    private static Duration between(Instant from, Instant to) {
        if (from == null || to == null || to.isBefore(from)) {
            return null;
        }
        return Duration.between(from, to);
    }
}
