package org.csirtbot.retention;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Optional;

import org.csirtbot.incident.Incident;
import org.csirtbot.metrics.IncidentTimes;

/**
 * When a closed incident's retention period has run out: its severity's period (an exercise's own, whatever its
 * severity), counted from when it was closed
 * (the start of its {@code closed} phase), added in UTC calendar terms. Pure.
 */
final class RetentionRule {

    private RetentionRule() {
    }

    /**
     * The rule under which {@code incident} is due for purging at {@code now}, such as {@code S3 closed + P3Y}; empty
     * when it is not closed, its closing time is unknown, its period reaches beyond the calendar, it is under legal
     * hold, purged already, or not due yet.
     */
    static Optional<String> due(Incident incident, RetentionProperties retention, Instant now) {
        Instant closedAt = IncidentTimes.closedAt(incident);
        if (closedAt == null || incident.retention().legalHold() || incident.retention().purged()) {
            return Optional.empty();
        }
        Period period = retention.of(incident);
        Instant ends;
        try {
            ends = closedAt.atOffset(ZoneOffset.UTC).plus(period).toInstant();
        } catch (DateTimeException beyondTheCalendar) {
            return Optional.empty(); // a period no date reaches: kept for good
        }
        return ends.isAfter(now) ? Optional.empty() : Optional.of((incident.isExercise() ? "exercise" : incident.severity().name()) + " closed + " + period);
    }

    /**
     * The moment {@code period} before {@code now} (UTC calendar terms): what ended before it is due. Empty when the
     * period reaches beyond the calendar, so nothing is due.
     */
    static Optional<Instant> before(Instant now, Period period) {
        try {
            return Optional.of(now.atOffset(ZoneOffset.UTC).minus(period).toInstant());
        } catch (DateTimeException beyondTheCalendar) {
            return Optional.empty();
        }
    }
}
