package org.csirtbot.storage;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
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

    // ---- retention -------------------------------------------------------------------------------------------------

    /**
     * Removes the effects that name any of {@code ids} (an incident's or a report's ID as a part of the effect's key,
     * such as {@code triage:RPT-2026-000001} or {@code playbook-step:INC-2026-0001/malware:…}) or that were sent to
     * {@code lane} (an incident's room), whatever their state: what they carried (texts, blocks, names) goes with them.
     *
     * @return how many were removed
     */
    public long removeNaming(Collection<String> ids, String lane) {
        List<Criteria> naming = new ArrayList<>();
        ids.forEach(id -> naming.add(where("_id").regex("(^|:)" + Pattern.quote(id) + "([:/]|$)")));
        if (lane != null) {
            naming.add(where("lane").is(lane));
        }
        if (naming.isEmpty()) {
            return 0;
        }
        return mongo.remove(Query.query(new Criteria().orOperator(naming)), OutboxDocument.class).getDeletedCount();
    }

    /** Removes effects done (or refused) before {@code cutoff}; pending ones stay whatever their age. */
    public long removeFinishedBefore(Instant cutoff) {
        Query finished = Query.query(where("status").in(OutboxDocument.DONE, OutboxDocument.REFUSED)
                .and("doneAt").lt(cutoff));
        return mongo.remove(finished, OutboxDocument.class).getDeletedCount();
    }

    /** Effects not yet done, oldest first. */
    public List<OutboxDocument> pending() {
        return mongo.find(Query.query(where("status").is(OutboxDocument.PENDING)).with(Sort.by("seq")),
                OutboxDocument.class);
    }
}
