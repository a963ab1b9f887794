package org.csirtbot.incident;

import java.util.List;
import java.util.Optional;

import org.csirtbot.storage.IncidentStore;
import org.springframework.stereotype.Component;

/** Reads incidents. */
@Component
public class Incidents {

    private final IncidentStore store;

    Incidents(IncidentStore store) {
        this.store = store;
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
}
