package org.csirtbot.links;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentLog;
import org.csirtbot.incident.LogKind;
import org.csirtbot.storage.links.IncidentLinkStore;
import org.springframework.stereotype.Service;


/**
 * Links two incidents both ways, or unlinks them, logging it in both logs ({@link LogKind#INCIDENT_LINKED},
 * {@link LogKind#INCIDENT_UNLINKED}). Who may, and whether each incident may be named to them, is the caller's check.
 */
@Service
public class IncidentLinks {

    /** A link's reason: a sentence or two. */
    public static final int REASON_MAX = 500;

    private final IncidentLinkStore store;
    private final IncidentLog log;
    private final Clock clock;

    IncidentLinks(IncidentLinkStore store, IncidentLog log, Clock clock) {
        this.store = store;
        this.log = log;
        this.clock = clock;
    }

    /**
     * Links the two incidents; false when they are linked already (nothing logged).
     *
     * @throws IllegalArgumentException when both are the same incident
     */
    public boolean link(Incident incident, Incident other, String actor, String reason) {
        if (incident.id().equals(other.id())) {
            throw new IllegalArgumentException("an incident is not linked to itself");
        }
        String why = reason == null ? "" : reason;
        if (!store.add(incident.id(), other.id(), why, actor, clock.instant())) {
            return false;
        }
        log.append(incident.id(), actor, LogKind.INCIDENT_LINKED, data(other.id(), why));
        log.append(other.id(), actor, LogKind.INCIDENT_LINKED, data(incident.id(), why));
        return true;
    }

    /** Unlinks the two incidents; false when they were not linked (nothing logged). */
    public boolean unlink(Incident incident, Incident other, String actor) {
        if (!store.remove(incident.id(), other.id())) {
            return false;
        }
        log.append(incident.id(), actor, LogKind.INCIDENT_UNLINKED, Map.of("other", other.id()));
        log.append(other.id(), actor, LogKind.INCIDENT_UNLINKED, Map.of("other", incident.id()));
        return true;
    }

    /** The IDs of the incidents linked to this one, oldest link first; whether each may be named is the caller's. */
    public List<String> linked(String incidentId) {
        return store.of(incidentId).stream().map(l -> l.other(incidentId)).toList();
    }

    private static Map<String, Object> data(String other, String reason) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("other", other);
        data.put("reason", reason);
        return data;
    }
}
