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
 * severity), or the period a playbook recorded for it ({@link RecordedRetention}) when that ends later, counted from
 * when it was closed (the start of its {@code closed} phase), added in UTC calendar terms. An exercise keeps its own
 * period whatever a rehearsal recorded. Pure.
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
        return due(incident, retention, null, now);
    }

    /**
     * As {@link #due(Incident, RetentionProperties, Instant)}, with the period a playbook {@code recorded} (null when
     * none): when that ends later, it is the rule, such as {@code S4 closed + P5Y (recorded)}.
     */
    static Optional<String> due(Incident incident, RetentionProperties retention, Period recorded, Instant now) {
        Instant closedAt = IncidentTimes.closedAt(incident);
        if (closedAt == null || incident.retention().legalHold() || incident.retention().purged()) {
            return Optional.empty();
        }
        String kind = incident.isExercise() ? "exercise" : incident.severity().name();
        Period period = retention.of(incident);
        Optional<Instant> ends = after(closedAt, period);
        String rule = kind + " closed + " + period;
        if (recorded != null && !incident.isExercise() && ends.isPresent()) {
            Optional<Instant> kept = after(closedAt, recorded);
            if (kept.isEmpty() || kept.get().isAfter(ends.get())) {
                ends = kept;
                rule = kind + " closed + " + recorded + " (recorded)";
            }
        }
        // a period no date reaches: kept for good
        return ends.isEmpty() || ends.get().isAfter(now) ? Optional.empty() : Optional.of(rule);
    }

    /** The moment {@code period} after {@code at} (UTC calendar terms); empty when no date reaches it. */
    private static Optional<Instant> after(Instant at, Period period) {
        try {
            return Optional.of(at.atOffset(ZoneOffset.UTC).plus(period).toInstant());
        } catch (DateTimeException beyondTheCalendar) {
            return Optional.empty();
        }
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
