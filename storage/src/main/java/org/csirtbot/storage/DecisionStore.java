package org.csirtbot.storage;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Decisions on incidents and whether each waits for approval. A decision is stored once per submission; its
 * status moves from pending to approved or rejected once, by a conditional update, so two approvers acting at
 * the same moment cannot both decide it.
 */
public class DecisionStore {

    private final MongoTemplate mongo;
    private final Counters counters;

    DecisionStore(MongoTemplate mongo, Counters counters) {
        this.mongo = mongo;
        this.counters = counters;
    }

    /** The next decision number of the incident, starting at 1; never handed out twice. */
    public long nextNumber(String incidentId) {
        return counters.next("decision:" + incidentId);
    }

    /** Stores the decision unless one with the same submission key exists; returns what is stored, and whether this call stored it. */
    public Inserted insertOnce(DecisionDocument decision) {
        Optional<DecisionDocument> existing = findBySubmissionKey(decision.submissionKey());
        if (existing.isPresent()) {
            return new Inserted(existing.get(), false);
        }
        try {
            return new Inserted(mongo.insert(decision), true);
        } catch (DuplicateKeyException raced) {
            return new Inserted(findBySubmissionKey(decision.submissionKey()).orElseThrow(() -> raced), false);
        }
    }

    public record Inserted(DecisionDocument decision, boolean created) {
    }

    public Optional<DecisionDocument> find(String incidentId, String decisionId) {
        return Optional.ofNullable(mongo.findById(DecisionDocument.id(incidentId, decisionId), DecisionDocument.class));
    }

    /** The incident's latest decisions, newest first, at most {@code limit}. */
    public List<DecisionDocument> latest(String incidentId, int limit) {
        Query ofIncident = Query.query(where("incidentId").is(incidentId))
                .with(Sort.by(Sort.Order.desc("proposedAt"), Sort.Order.desc("_id"))).limit(limit);
        return mongo.find(ofIncident, DecisionDocument.class);
    }

    /** How many decisions the incident has, all of them or only those in {@code status}. */
    public long count(String incidentId, String status) {
        var criteria = where("incidentId").is(incidentId);
        return mongo.count(Query.query(status == null ? criteria : criteria.and("status").is(status)),
                DecisionDocument.class);
    }

    public Optional<DecisionDocument> findBySubmissionKey(String key) {
        return Optional.ofNullable(mongo.findOne(Query.query(where("submissionKey").is(key)), DecisionDocument.class));
    }

    /** Takes back a decision whose log entry could not be written, so that submitting it again records it. */
    public void remove(String id) {
        mongo.remove(Query.query(where("_id").is(id)), DecisionDocument.class);
    }

    /** Removes the incident's decisions, question, rationale and names with them (its retention ran out); returns how many. */
    public long removeForIncident(String incidentId) {
        return mongo.remove(Query.query(where("incidentId").is(incidentId)), DecisionDocument.class).getDeletedCount();
    }

    /** Remembers a message that asks for the decision's approval. */
    public void addRequest(String id, DecisionDocument.Request request) {
        mongo.updateFirst(Query.query(where("_id").is(id)), new Update().addToSet("requests", request),
                DecisionDocument.class);
    }

    /**
     * Approves or rejects a pending decision ({@code status} {@link DecisionDocument#APPROVED} or
     * {@link DecisionDocument#REJECTED}); only if it is still pending.
     *
     * @return whether this call decided it
     */
    public boolean settle(String id, String status, String by, String reason, Instant at) {
        Query pending = Query.query(where("_id").is(id).and("status").is(DecisionDocument.PENDING));
        Update update = new Update().set("status", status).set("decidedBy", by).set("decidedAt", at).set("reason", reason);
        return mongo.updateFirst(pending, update, DecisionDocument.class).getModifiedCount() == 1;
    }

    /** Makes a decision settled by {@code by} pending again, when what settling it must log could not be written. */
    public void unsettle(String id, String by) {
        Query settledByThem = Query.query(where("_id").is(id).and("decidedBy").is(by)
                .and("status").in(DecisionDocument.APPROVED, DecisionDocument.REJECTED));
        Update pending = new Update().set("status", DecisionDocument.PENDING).unset("decidedBy").unset("decidedAt")
                .unset("reason");
        mongo.updateFirst(settledByThem, pending, DecisionDocument.class);
    }
}
