package org.csirtbot.incident;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.csirtbot.report.ReportIntake;
import org.csirtbot.storage.IncidentStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Opens an incident's room step by step: channel, members, topic and purpose, summary, pin. Each step
 * is recorded before the next starts, so opening again (a retried request, a restart) skips what is
 * done and never creates a second channel.
 */
@Component
public class RoomOpening {

    private final IncidentStore store;
    private final IncidentLog log;
    private final ObjectProvider<IncidentRooms> rooms;
    private final ObjectProvider<ResponderDirectory> responders;
    private final ReportIntake reports;
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    RoomOpening(IncidentStore store, IncidentLog log, ObjectProvider<IncidentRooms> rooms,
                ObjectProvider<ResponderDirectory> responders, ReportIntake reports) {
        this.store = store;
        this.log = log;
        this.rooms = rooms;
        this.responders = responders;
        this.reports = reports;
    }

    /** Completes whatever is left of opening the incident's room and returns the incident. */
    public Incident open(String incidentId) {
        synchronized (locks.computeIfAbsent(incidentId, id -> new Object())) {
            if (rooms.getIfAvailable() == null) {
                throw new IllegalStateException("Slack is not connected: the room of " + incidentId + " waits");
            }
            Incident incident = IncidentDocuments.existing(store, incidentId);
            incident = createChannel(incident);
            incident = invite(incident);
            incident = describe(incident);
            incident = postSummary(incident);
            return pin(incident);
        }
    }

    /** Incidents whose room opening was interrupted. */
    public List<String> incomplete() {
        return store.findWithRoomIncomplete().stream().map(IncidentDocuments::toIncident).map(Incident::id).toList();
    }

    private Incident createChannel(Incident incident) {
        if (incident.room().channelId() != null) {
            return incident;
        }
        IncidentRooms.CreatedChannel channel = rooms.getObject().createChannel(incident);
        Incident.Room room = new Incident.Room(channel.id(), channel.name(), incident.needsPrivateRoom(),
                null, false, null, false);
        log.append(incident.id(), IncidentLog.BOT, LogKind.CHANNEL_CREATED,
                Map.of("channelId", channel.id(), "name", channel.name(), "private", incident.needsPrivateRoom()));
        return save(incident, room);
    }

    private Incident invite(Incident incident) {
        Incident.Room r = incident.room();
        if (r.invited() != null) {
            return incident;
        }
        List<String> members = members(incident);
        rooms.getObject().invite(incident, r.channelId(), members);
        log.append(incident.id(), IncidentLog.BOT, LogKind.MEMBERS_INVITED, Map.of("users", members));
        return save(incident, new Incident.Room(r.channelId(), r.channelName(), r.isPrivate(), members,
                false, null, false));
    }

    private Incident describe(Incident incident) {
        Incident.Room r = incident.room();
        if (r.topicSet()) {
            return incident;
        }
        rooms.getObject().describe(incident, r.channelId());
        log.append(incident.id(), IncidentLog.BOT, LogKind.TOPIC_SET, Map.of("channelId", r.channelId()));
        return save(incident, new Incident.Room(r.channelId(), r.channelName(), r.isPrivate(), r.invited(),
                true, null, false));
    }

    private Incident postSummary(Incident incident) {
        Incident.Room r = incident.room();
        if (r.summaryTs() != null) {
            return incident;
        }
        String ts = rooms.getObject().postSummary(incident, r.channelId());
        log.append(incident.id(), IncidentLog.BOT, LogKind.SUMMARY_POSTED, Map.of("channelId", r.channelId(), "ts", ts));
        return save(incident, new Incident.Room(r.channelId(), r.channelName(), r.isPrivate(), r.invited(),
                true, ts, false));
    }

    private Incident pin(Incident incident) {
        Incident.Room r = incident.room();
        if (r.summaryPinned()) {
            return incident;
        }
        rooms.getObject().pin(incident, r.channelId(), r.summaryTs());
        log.append(incident.id(), IncidentLog.BOT, LogKind.SUMMARY_PINNED,
                Map.of("channelId", r.channelId(), "ts", r.summaryTs()));
        return save(incident, new Incident.Room(r.channelId(), r.channelName(), r.isPrivate(), r.invited(),
                true, r.summaryTs(), true));
    }

    /** The commander first, then the responders, then the reporters when they are to be invited. */
    private List<String> members(Incident incident) {
        Set<String> members = new LinkedHashSet<>();
        members.add(incident.commanderId());
        members.addAll(responders.getObject().responders());
        if (incident.inviteReporters()) {
            incident.reportIds().forEach(id -> reports.find(id).map(r -> r.reporterId())
                    .filter(java.util.Objects::nonNull).ifPresent(members::add));
        }
        return new ArrayList<>(members);
    }

    private Incident save(Incident incident, Incident.Room room) {
        store.recordRoom(incident.id(), IncidentDocuments.toDocument(room));
        return IncidentDocuments.existing(store, incident.id());
    }
}
