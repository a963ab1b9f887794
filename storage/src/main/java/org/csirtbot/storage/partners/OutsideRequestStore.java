package org.csirtbot.storage.partners;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.csirtbot.storage.Counters;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Requests to and from outside organisations. A request is stored once per submission; its status changes by a
 * conditional update from the status it was seen in, so two people changing it at once cannot both change it.
 */
public class OutsideRequestStore {

    private final MongoTemplate mongo;
    private final Counters counters;

    public OutsideRequestStore(MongoTemplate mongo, Counters counters) {
        this.mongo = mongo;
        this.counters = counters;
    }

    /** The next request ID of the year, {@code REQ-2026-0001}; never handed out twice. */
    public String nextId(int year) {
        return "REQ-%d-%04d".formatted(year, counters.next("outside-request-" + year));
    }

    /** Stores the request unless one with its submission key exists; returns what is stored, and whether this call stored it. */
    public Inserted insertOnce(OutsideRequestDocument request) {
        Optional<OutsideRequestDocument> existing = findBySubmissionKey(request.submissionKey());
        if (existing.isPresent()) {
            return new Inserted(existing.get(), false);
        }
        try {
            return new Inserted(mongo.insert(request), true);
        } catch (DuplicateKeyException raced) {
            return new Inserted(findBySubmissionKey(request.submissionKey()).orElseThrow(() -> raced), false);
        }
    }

    public record Inserted(OutsideRequestDocument request, boolean created) {
    }

    public Optional<OutsideRequestDocument> find(String id) {
        return Optional.ofNullable(mongo.findById(id, OutsideRequestDocument.class));
    }

    public Optional<OutsideRequestDocument> findBySubmissionKey(String key) {
        return Optional.ofNullable(mongo.findOne(Query.query(where("submissionKey").is(key)),
                OutsideRequestDocument.class));
    }

    /** The incident's requests, oldest first. */
    public List<OutsideRequestDocument> ofIncident(String incidentId) {
        return mongo.find(Query.query(where("incidentId").is(incidentId))
                .with(Sort.by(Sort.Order.asc("createdAt"), Sort.Order.asc("_id"))), OutsideRequestDocument.class);
    }

    /** The requests in one of {@code statuses} whose reply was due on or before {@code date} (ISO), oldest due first. */
    public List<OutsideRequestDocument> dueBy(String date, Collection<String> statuses) {
        return mongo.find(Query.query(where("status").in(statuses).and("dueOn").ne(null).lte(date))
                .with(Sort.by(Sort.Order.asc("dueOn"), Sort.Order.asc("_id"))), OutsideRequestDocument.class);
    }

    /** Moves the request from status {@code from} to {@code to}; false when it was not in {@code from} (someone was quicker). */
    public boolean changeStatus(String id, String from, String to, String by, Instant at) {
        return mongo.updateFirst(Query.query(where("_id").is(id).and("status").is(from)),
                new Update().set("status", to).set("changedBy", by).set("changedAt", at),
                OutsideRequestDocument.class).getModifiedCount() == 1;
    }

    /** Records the room's message that shows the request, so a change updates it in place. */
    public void recordMessage(String id, String channel, String ts) {
        mongo.updateFirst(Query.query(where("_id").is(id)), new Update().set("channel", channel).set("ts", ts),
                OutsideRequestDocument.class);
    }

    /** Takes back a request whose log entry could not be written, so that submitting it again records it. */
    public void remove(String id) {
        mongo.remove(Query.query(where("_id").is(id)), OutsideRequestDocument.class);
    }

    /** Removes the incident's requests, subjects and references with them (its retention ran out); returns how many. */
    public long removeForIncident(String incidentId) {
        return mongo.remove(Query.query(where("incidentId").is(incidentId)), OutsideRequestDocument.class)
                .getDeletedCount();
    }
}
