package org.csirtbot.storage;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** The Slack outbox: effects are written here before they are sent, and marked when Slack has done them. */
public class OutboxStore {

    private final MongoTemplate mongo;
    private final Counters counters;
    private final Clock clock;

    OutboxStore(MongoTemplate mongo, Counters counters, Clock clock) {
        this.mongo = mongo;
        this.counters = counters;
        this.clock = clock;
    }

    /** Writes the effect unless one with the same key exists; returns what is stored under the key. */
    public OutboxDocument enqueue(String key, String lane, String method, Map<String, String> args) {
        Optional<OutboxDocument> existing = find(key);
        if (existing.isPresent()) {
            return existing.get();
        }
        OutboxDocument entry = new OutboxDocument(key, lane, counters.next("slack-outbox"), method, args,
                OutboxDocument.PENDING, null, 0, null, clock.instant(), null);
        try {
            return mongo.insert(entry);
        } catch (DuplicateKeyException raced) {
            return find(key).orElseThrow(() -> raced);
        }
    }

    public Optional<OutboxDocument> find(String key) {
        return Optional.ofNullable(mongo.findById(key, OutboxDocument.class));
    }

    /** Records that a send begins, before it does: from then on Slack may have done it. */
    public OutboxDocument beginAttempt(String key) {
        return mongo.findAndModify(Query.query(where("_id").is(key)), new Update().inc("attempts", 1),
                FindAndModifyOptions.options().returnNew(true), OutboxDocument.class);
    }

    public void recordError(String key, String error) {
        mongo.updateFirst(Query.query(where("_id").is(key)), new Update().set("lastError", error), OutboxDocument.class);
    }

    public void markDone(String key, Map<String, String> result) {
        mongo.updateFirst(Query.query(where("_id").is(key)), new Update().set("status", OutboxDocument.DONE)
                .set("result", result).set("doneAt", clock.instant()).set("lastError", null), OutboxDocument.class);
    }

    /** Slack refused the effect for good (such as {@code name_taken}); it will not be sent again. */
    public void markRefused(String key, String error) {
        mongo.updateFirst(Query.query(where("_id").is(key)), new Update().set("status", OutboxDocument.REFUSED)
                .set("lastError", error).set("doneAt", clock.instant()), OutboxDocument.class);
    }

    /** Effects on the same conversation written before this one and not yet done, oldest first. */
    public List<OutboxDocument> pendingBefore(String lane, long seq) {
        Query earlier = Query.query(where("status").is(OutboxDocument.PENDING).and("lane").is(lane).and("seq").lt(seq))
                .with(Sort.by("seq"));
        return mongo.find(earlier, OutboxDocument.class);
    }

    /** Effects not yet done, oldest first. */
    public List<OutboxDocument> pending() {
        return mongo.find(Query.query(where("status").is(OutboxDocument.PENDING)).with(Sort.by("seq")),
                OutboxDocument.class);
    }
}
