package org.csirtbot.classification;

import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentLog;
import org.csirtbot.incident.IncidentStatus;
import org.csirtbot.incident.LogEntry;
import org.csirtbot.incident.LogKind;
import org.csirtbot.incident.Tlp;
import org.csirtbot.storage.RoomMoveStore;
import org.springframework.stereotype.Component;

/**
 * The record of moving an incident's room to a private one: begun once, each step's result kept as it is done, the
 * incident's room replaced together with its log entry ({@link LogKind#ROOM_MOVED}: from, to), then finished. Whoever
 * resumes a move (the recovery, after a crash) reads here what is done. A room that became private is never made
 * public again: restricted no more, the incident keeps its private room.
 */
@Component
public class RoomMoves {

    private final RoomMoveStore store;
    private final IncidentLog log;
    private final Clock clock;

    RoomMoves(RoomMoveStore store, IncidentLog log, Clock clock) {
        this.store = store;
        this.log = log;
        this.clock = clock;
    }

    /** Whether the incident must move: open, restricted, in a complete room that is public. */
    public static boolean needed(Incident incident) {
        Incident.Room room = incident.room();
        return incident.restricted() && incident.status() != IncidentStatus.CLOSED && room != null
                && room.channelId() != null && room.summaryPinned() && !room.isPrivate();
    }

    public Optional<RoomMove> find(String incidentId) {
        return store.find(incidentId).map(m -> new RoomMove(incidentId, m.from(), m.fromSummaryTs(), m.to(),
                m.toName(), m.summaryTs(), m.switchedAt() != null, m.finishedAt() != null));
    }

    /** Begins moving the incident out of its room unless a move was begun; the move as stored, empty if none. */
    public Optional<RoomMove> begin(Incident incident) {
        store.begin(incident.id(), incident.room().channelId(), incident.room().summaryTs(), clock.instant());
        return find(incident.id());
    }

    public RoomMove created(RoomMove move, String channelId, String name) {
        store.recordTarget(move.incidentId(), channelId, name);
        return find(move.incidentId()).orElseThrow();
    }

    public RoomMove summaryPosted(RoomMove move, String ts) {
        store.recordSummary(move.incidentId(), ts);
        return find(move.incidentId()).orElseThrow();
    }

    /**
     * Makes the private room the incident's room, with the people invited to it, and logs the move; once (a move
     * switched before is found in the log).
     */
    public Optional<LogEntry> switchRoom(RoomMove move, List<String> invited) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("from", move.from());
        data.put("to", move.to());
        var promised = IncidentLog.promise(IncidentLog.BOT, LogKind.ROOM_MOVED, data);
        if (store.switchRoom(move.incidentId(), move.from(), move.to(), move.toName(), invited, move.summaryTs(),
                clock.instant(), promised)) {
            return Optional.of(log.settle(move.incidentId(), promised));
        }
        return logged(move);
    }

    /** The log entry of a switched move; empty while it is not (or a crash kept it from the log until settled). */
    public Optional<LogEntry> logged(RoomMove move) {
        List<LogEntry> moved = log.entries(move.incidentId(), List.of(LogKind.ROOM_MOVED), Map.of("from", move.from()));
        return moved.stream().reduce((first, last) -> last);
    }

    public void finished(RoomMove move) {
        store.finish(move.incidentId(), clock.instant());
    }

    /**
     * The incidents with a move to make or finish: begun and not finished, and restricted in a public room with none
     * begun (a stop between the change and its move).
     */
    public List<String> pending() {
        Set<String> pending = new LinkedHashSet<>(store.unfinished());
        List<String> restricting = Arrays.stream(Tlp.values()).filter(Tlp::restrictsRoom).map(Tlp::label).toList();
        pending.addAll(store.restrictedInPublicRooms(restricting));
        return List.copyOf(pending);
    }
}
