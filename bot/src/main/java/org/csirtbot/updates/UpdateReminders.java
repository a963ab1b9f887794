package org.csirtbot.updates;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentLog;
import org.csirtbot.incident.LogKind;
import org.springframework.stereotype.Component;

/**
 * Which status update an open incident owes by now, and whether its commander and comms were reminded of it: one
 * reminder per due time, read from the log, so a second check or a restart never reminds twice.
 */
@Component
public class UpdateReminders {

    private final StatusUpdates updates;
    private final IncidentLog log;

    UpdateReminders(StatusUpdates updates, IncidentLog log) {
        this.updates = updates;
        this.log = log;
    }

    /** When the update the incident owes by {@code now} was due, unless it was reminded of; else empty. */
    public Optional<Instant> unreminded(Incident incident, Instant now) {
        return updates.nextDue(incident).filter(due -> !due.isAfter(now))
                .filter(due -> log.entries(incident.id(), List.of(LogKind.STATUS_UPDATE_REMINDED), dueAt(due)).isEmpty());
    }

    /** Logs, once per due time, that the update due at {@code dueAt} was reminded of. */
    public IncidentLog.Appended reminded(Incident incident, Instant dueAt) {
        return log.appendOnce(incident.id(), IncidentLog.BOT, LogKind.STATUS_UPDATE_REMINDED, dueAt(dueAt), dueAt(dueAt));
    }

    private static Map<String, Object> dueAt(Instant due) {
        return Map.of("dueAt", due.toString());
    }
}
