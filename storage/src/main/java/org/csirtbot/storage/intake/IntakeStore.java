package org.csirtbot.storage.intake;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.csirtbot.storage.Counters;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * What came in through the web intake. Stored once per key (the document's ID, so the store itself refuses a second
 * one); an advisory's decision is set by a conditional update, so a decision taken cannot be overwritten by a later
 * click on a stale message except by a newer decision recorded as such.
 */
public class IntakeStore {

    private static final Sort OLDEST_FIRST = Sort.by(Sort.Order.asc("storedAt"), Sort.Order.asc("intakeId"));

    private final MongoTemplate mongo;
    private final Counters counters;

    IntakeStore(MongoTemplate mongo, Counters counters) {
        this.mongo = mongo;
        this.counters = counters;
    }

    /** The next ID of the year with this prefix ({@code NTF}, {@code ADV}): {@code NTF-2026-000001}. */
    public String nextId(String prefix, int year) {
        return "%s-%d-%06d".formatted(prefix, year, counters.next("intake-" + prefix + "-" + year));
    }

    /** Stores the item unless one with its key exists; returns the one stored and whether it is this one. */
    public Inserted insertOnce(IntakeDocument item) {
        Optional<IntakeDocument> earlier = findByKey(item.key());
        if (earlier.isPresent()) {
            return new Inserted(earlier.get(), false);
        }
        try {
            return new Inserted(mongo.insert(item), true);
        } catch (DuplicateKeyException raced) {
            return new Inserted(findByKey(item.key()).orElseThrow(() -> raced), false);
        }
    }

    public Optional<IntakeDocument> findByKey(String key) {
        return Optional.ofNullable(mongo.findById(key, IntakeDocument.class));
    }

    public Optional<IntakeDocument> find(String intakeId) {
        return Optional.ofNullable(mongo.findOne(Query.query(where("intakeId").is(intakeId)), IntakeDocument.class));
    }

    /** Every item of a kind ({@code notification}, {@code advisory}), or every item (null), oldest first. */
    public List<IntakeDocument> all(String kind) {
        Query query = kind == null ? new Query() : Query.query(where("kind").is(kind));
        return mongo.find(query.with(OLDEST_FIRST), IntakeDocument.class);
    }

    /** Advisories not yet posted to the triage channel, oldest first. */
    public List<IntakeDocument> advisoriesNotPosted() {
        return mongo.find(Query.query(where("kind").is("advisory").and("ts").is(null)).with(OLDEST_FIRST),
                IntakeDocument.class);
    }

    public void recordReport(String intakeId, String reportId) {
        mongo.updateFirst(Query.query(where("intakeId").is(intakeId)), new Update().set("reportId", reportId),
                IntakeDocument.class);
    }

    public void recordPost(String intakeId, String channel, String ts) {
        mongo.updateFirst(Query.query(where("intakeId").is(intakeId)), new Update().set("channel", channel)
                .set("ts", ts), IntakeDocument.class);
    }

    /**
     * Records a decision on an advisory if it is still in {@code from} (one of the statuses a decision may follow);
     * false when someone decided otherwise meanwhile.
     */
    public boolean decide(String intakeId, List<String> from, String status, String by, Instant at, String reason) {
        Query query = Query.query(where("intakeId").is(intakeId).and("status").in(from));
        Update update = new Update().set("status", status).set("decidedBy", by).set("decidedAt", at);
        update = reason == null ? update.unset("reason") : update.set("reason", reason);
        return mongo.updateFirst(query, update, IntakeDocument.class).getModifiedCount() == 1;
    }

    /**
     * Purges what the notifications that became these reports said and who sent them, when the reports' details are
     * purged: their text, link and sender's contact, and the sender's name unless it is a directory entry. IDs, kinds,
     * times, references and the decision stay. Advisories are public texts and stay whole.
     *
     * @return how many items were purged
     */
    public long purgeNotificationsOf(List<String> reportIds) {
        Query notifications = Query.query(where("kind").is("notification").and("reportId").in(reportIds));
        long purged = mongo.updateMulti(notifications, new Update().unset("subject").unset("body").unset("url")
                .unset("fromContact").unset("reason"), IntakeDocument.class).getModifiedCount();
        mongo.updateMulti(Query.query(where("kind").is("notification").and("reportId").in(reportIds)
                .and("partnerId").is(null)), new Update().unset("from"), IntakeDocument.class);
        return purged;
    }

    /** What {@link #insertOnce} found: the item stored, and whether this call stored it. */
    public record Inserted(IntakeDocument item, boolean created) {
    }
}
