package org.csirtbot.storage.improvements;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.csirtbot.storage.Counters;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The improvement register. An item's status changes by a conditional update from the status it was seen in, so two
 * people changing it at once cannot both change it; its reminder is marked the same way, so it is given once.
 */
public class ImprovementStore {

    private static final Sort OLDEST_FIRST = Sort.by(Sort.Order.asc("createdAt"), Sort.Order.asc("_id"));

    private final MongoTemplate mongo;
    private final Counters counters;

    ImprovementStore(MongoTemplate mongo, Counters counters) {
        this.mongo = mongo;
        this.counters = counters;
    }

    /** The next item ID of the year, {@code IMP-2026-0001}; never handed out twice. */
    public String nextId(int year) {
        return "IMP-%d-%04d".formatted(year, counters.next("improvement-" + year));
    }

    public ImprovementDocument insert(ImprovementDocument item) {
        return mongo.insert(item);
    }

    public Optional<ImprovementDocument> find(String id) {
        return Optional.ofNullable(mongo.findById(id, ImprovementDocument.class));
    }

    /** Every item, oldest first. */
    public List<ImprovementDocument> all() {
        return mongo.find(new Query().with(OLDEST_FIRST), ImprovementDocument.class);
    }

    /** The items recorded from one incident, oldest first. */
    public List<ImprovementDocument> ofIncident(String incidentId) {
        return mongo.find(Query.query(where("incidentId").is(incidentId)).with(OLDEST_FIRST), ImprovementDocument.class);
    }

    /** The items in one of {@code statuses} due on or before {@code date} (ISO) whose owner was not reminded yet. */
    public List<ImprovementDocument> dueUnreminded(String date, Collection<String> statuses) {
        return mongo.find(Query.query(where("status").in(statuses).and("dueOn").ne(null).lte(date)
                .and("remindedOn").is(null)).with(Sort.by(Sort.Order.asc("dueOn"), Sort.Order.asc("_id"))),
                ImprovementDocument.class);
    }

    /** Moves the item from status {@code from} to {@code to}; false when it was not in {@code from} (someone was quicker). */
    public boolean changeStatus(String id, String from, String to, String by, Instant at, String note) {
        return mongo.updateFirst(Query.query(where("_id").is(id).and("status").is(from)),
                new Update().set("status", to).set("changedBy", by).set("changedAt", at).set("note", note),
                ImprovementDocument.class).getModifiedCount() == 1;
    }

    /** Marks the item's owner reminded on {@code day}; false when someone else marked it first. */
    public boolean markReminded(String id, String day) {
        return mongo.updateFirst(Query.query(where("_id").is(id).and("remindedOn").is(null)),
                new Update().set("remindedOn", day), ImprovementDocument.class).getModifiedCount() == 1;
    }

    /** Takes back an item whose log entry could not be written, so that typing it again records it once. */
    public void remove(String id) {
        mongo.remove(Query.query(where("_id").is(id)), ImprovementDocument.class);
    }

    /** Removes the items in one of {@code statuses} last changed before {@code before}; returns how many. */
    public long removeChangedBefore(Collection<String> statuses, Instant before) {
        return mongo.remove(Query.query(where("status").in(statuses).and("changedAt").lt(before)),
                ImprovementDocument.class).getDeletedCount();
    }
}
