package org.csirtbot.updates;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentLog;
import org.csirtbot.incident.IncidentStatus;
import org.csirtbot.incident.LogEntry;
import org.csirtbot.incident.LogKind;
import org.springframework.stereotype.Component;

/** The status updates of an incident, read from its log, and when the next one is due by its severity's cadence. */
@Component
public class StatusUpdates {

    private final IncidentLog log;
    private final UpdateCadence cadence;

    StatusUpdates(IncidentLog log, UpdateCadence cadence) {
        this.log = log;
        this.cadence = cadence;
    }

    /** Logs an update given by {@code by}; returns its entry. */
    public LogEntry record(String incidentId, String by, NewStatusUpdate update) {
        return log.append(incidentId, by, LogKind.STATUS_UPDATE_POSTED, update.data());
    }

    /** Every update given, oldest first. */
    public List<StatusUpdate> all(String incidentId) {
        return log.entries(incidentId, List.of(LogKind.STATUS_UPDATE_POSTED), Map.of()).stream()
                .map(StatusUpdates::update).toList();
    }

    /** The latest update given, if any. */
    public Optional<StatusUpdate> latest(String incidentId) {
        List<StatusUpdate> all = all(incidentId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /**
     * When the next update is due: the time the latest promised, else its severity's cadence from the latest update
     * (from the declaration before any); empty for a closed incident or a severity that owes none.
     */
    public Optional<Instant> nextDue(Incident incident) {
        if (incident.status() == IncidentStatus.CLOSED) {
            return Optional.empty();
        }
        Optional<StatusUpdate> latest = latest(incident.id());
        if (latest.isPresent() && latest.get().nextUpdateAt() != null) {
            return Optional.of(latest.get().nextUpdateAt());
        }
        Instant from = latest.map(StatusUpdate::at).orElse(incident.declaredAt());
        return cadence.every(incident.severity()).map(from::plus);
    }

    private static StatusUpdate update(LogEntry entry) {
        Map<String, Object> d = entry.data();
        Object next = d.get("nextUpdateAt");
        return new StatusUpdate(entry.seq(), entry.actor(), entry.at(), text(d, "status"), text(d, "impact"),
                text(d, "actions"), text(d, "next"), text(d, "needs"),
                next == null || next.toString().isBlank() ? null : Instant.parse(next.toString()));
    }

    private static String text(Map<String, Object> data, String key) {
        Object value = data.get(key);
        return value == null ? "" : value.toString();
    }
}
