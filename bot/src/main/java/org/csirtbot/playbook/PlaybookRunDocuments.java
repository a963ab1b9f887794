package org.csirtbot.playbook;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.csirtbot.playbooks.engine.RunState;
import org.csirtbot.playbooks.engine.RunStateJson;
import org.csirtbot.playbooks.model.Playbook;
import org.csirtbot.storage.PlaybookRunDocument;
import org.csirtbot.storage.PlaybookRunStore;
import org.springframework.stereotype.Component;

/** Runs to and from the store; the engine's state travels as JSON. The one place that knows the stored form. */
@Component
class PlaybookRunDocuments {

    private final PlaybookRunStore store;

    PlaybookRunDocuments(PlaybookRunStore store) {
        this.store = store;
    }

    /** The run as stored, and whether this call stored it (false: the incident runs that playbook already). */
    record Inserted(StoredRun run, boolean created) {
    }

    Inserted insertOnce(String incidentId, Playbook playbook, RunState state, String by, Instant at) {
        var inserted = store.insertOnce(new PlaybookRunDocument(PlaybookRunDocument.id(incidentId, playbook.id()),
                incidentId, playbook.id(), playbook.version(), RunStateJson.write(state), 0, state.finished(), by, at, at,
                List.of(), false));
        return new Inserted(toStored(inserted.run()), inserted.created());
    }

    Optional<StoredRun> find(String id) {
        return store.find(id).map(PlaybookRunDocuments::toStored);
    }

    List<StoredRun> ofIncident(String incidentId) {
        return store.findByIncident(incidentId).stream().map(PlaybookRunDocuments::toStored).toList();
    }

    List<StoredRun> active() {
        return store.findActive().stream().map(PlaybookRunDocuments::toStored).toList();
    }

    /** Stores {@code state} if the run is still at {@code expectedVersion}; whether it did. */
    boolean advance(String id, long expectedVersion, RunState state) {
        return advance(id, expectedVersion, RunStateJson.write(state), state.finished(), state.updatedAt());
    }

    /** Puts back a state as it was read (its JSON), after a change that could not be logged. */
    boolean advance(String id, long expectedVersion, String stateJson, boolean finished, Instant at) {
        return store.advance(id, expectedVersion, stateJson, finished, at);
    }

    /** Runs the chat is not known to show as they are now. */
    List<StoredRun> notShown() {
        return store.findNotShown().stream().map(PlaybookRunDocuments::toStored).toList();
    }

    /** Notes that the chat shows the run at that version; false when it has changed since. */
    boolean markShown(String id, long version) {
        return store.markShown(id, version);
    }

    void remove(String id) {
        store.remove(id);
    }

    void addMessage(String id, StepMessage m) {
        store.addMessage(id, message(m));
    }

    void moveMessage(String id, StepMessage from, StepMessage to) {
        store.replaceMessage(id, message(from), message(to));
    }

    private static PlaybookRunDocument.Message message(StepMessage m) {
        return new PlaybookRunDocument.Message(m.step(), m.round(), m.recipient(), m.channel(), m.ts());
    }

    private static StoredRun toStored(PlaybookRunDocument d) {
        List<StepMessage> messages = d.messages() == null ? List.of() : d.messages().stream()
                .map(m -> new StepMessage(m.step(), m.round(), m.recipient(), m.channel(), m.ts())).toList();
        return new StoredRun(d.id(), d.incidentId(), d.playbookId(), d.playbookVersion(), d.state(), d.version(),
                d.finished(), d.startedBy(), d.startedAt(), messages);
    }
}
