package org.csirtbot.incident;

import java.util.List;
import java.util.Optional;

import org.csirtbot.storage.IncidentStore;
import org.csirtbot.storage.RoomMoveStore;
import org.springframework.stereotype.Component;

/** Reads incidents. */
@Component
public class Incidents {

    private final IncidentStore store;
    private final RoomMoveStore moves;

    Incidents(IncidentStore store, RoomMoveStore moves) {
        this.store = store;
        this.moves = moves;
    }

    public List<Incident> all() {
        return store.findAll().stream().map(IncidentDocuments::toIncident).toList();
    }

    public List<Incident> open() {
        return store.findOpen().stream().map(IncidentDocuments::toIncident).toList();
    }

    public Optional<Incident> find(String id) {
        return store.findById(id).map(IncidentDocuments::toIncident);
    }

    public Optional<Incident> inChannel(String channelId) {
        return store.findByChannel(channelId).map(IncidentDocuments::toIncident);
    }

    /** The incident whose room {@code channelId} was until it moved to a private room (issue 13). */
    public Optional<Incident> movedFrom(String channelId) {
        return moves.movedFrom(channelId).flatMap(this::find);
    }
}
