package org.csirtbot.slack.gateway;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.csirtbot.storage.OutboxDocument;
import org.csirtbot.storage.OutboxStore;

/** The outbox store, in the gateway's terms. */
class OutboxDocuments {

    private final OutboxStore store;

    OutboxDocuments(OutboxStore store) {
        this.store = store;
    }

    OutboxEntry enqueue(String key, String lane, String method, Map<String, String> args) {
        return entry(store.enqueue(key, lane, method, args));
    }

    Optional<OutboxEntry> find(String key) {
        return store.find(key).map(OutboxDocuments::entry);
    }

    OutboxEntry beginAttempt(String key) {
        return entry(store.beginAttempt(key));
    }

    void recordError(String key, String error) {
        store.recordError(key, error);
    }

    void markDone(String key, Map<String, String> result) {
        store.markDone(key, result);
    }

    void markRefused(String key, String error) {
        store.markRefused(key, error);
    }

    List<OutboxEntry> pendingBefore(OutboxEntry entry) {
        return store.pendingBefore(entry.lane(), entry.seq()).stream().map(OutboxDocuments::entry).toList();
    }

    List<OutboxEntry> pending() {
        return store.pending().stream().map(OutboxDocuments::entry).toList();
    }

    private static OutboxEntry entry(OutboxDocument d) {
        OutboxEntry.Status status = d.done() ? OutboxEntry.Status.DONE
                : d.pending() ? OutboxEntry.Status.PENDING : OutboxEntry.Status.REFUSED;
        return new OutboxEntry(d.key(), d.lane(), d.seq(), d.method(), d.args(), status, d.result(), d.attempts(),
                d.lastError());
    }
}
