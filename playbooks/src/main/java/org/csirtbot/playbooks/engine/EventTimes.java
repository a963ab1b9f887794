package org.csirtbot.playbooks.engine;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.csirtbot.playbooks.model.EventRef;
import org.csirtbot.playbooks.model.Sla;

/** When the events clocks, waits and SLAs count from happened, read from a run's record of events and its values. */
final class EventTimes {

    private EventTimes() {
    }

    /** When the referenced event happened, or null when it has not (or the field holds no date-time yet). */
    static Instant when(Map<String, Instant> happened, Map<String, String> values, String eventRef) {
        EventRef ref = EventRef.parse(eventRef);
        if (ref == null) {
            return null;
        }
        if (ref.kind() != EventRef.Kind.FIELD) {
            return happened.get(ref.toString());
        }
        return dateTime(values.get(ref.subject()));
    }

    /**
     * Where an SLA counts from: when the step became ready ({@code from} absent, or its event not happened yet), the
     * incident's declaration ({@code declared}: the time the bot gave, else the run's start), or the event named.
     */
    static Instant slaStart(String from, Instant readyAt, Instant startedAt, Map<String, Instant> happened,
            Map<String, String> values) {
        if (from == null || Sla.READY.equals(from)) {
            return readyAt;
        }
        if (Sla.DECLARED.equals(from)) {
            Instant declared = dateTime(values.get(Sla.DECLARED_AT));
            return declared != null ? declared : startedAt;
        }
        Instant at = when(happened, values, from);
        return at != null ? at : readyAt;
    }

    private static Instant dateTime(String value) {
        try {
            return value == null ? null : OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
