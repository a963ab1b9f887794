package org.csirtbot.storage;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.List;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * What retention does to stored incidents: legal hold, and purging a closed incident's details once its retention
 * period has run out. Each change is checked and made in one step, so a hold set at the last moment wins.
 */
public class IncidentRetentionStore {

    private final MongoTemplate mongo;

    IncidentRetentionStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Closed incidents neither under legal hold nor purged: those whose retention period may have run out. */
    public List<IncidentDocument> findPurgeable() {
        return mongo.find(Query.query(purgeable()), IncidentDocument.class);
    }

    /**
     * Purges the incident's details, leaving a tombstone: its title, commander, declarer, other roles, lessons
     * learned, room name and invitees go; its ID, declaration key, severity, category, TLP, status, times, phases,
     * report IDs and hold history stay (so the ID is never reused and metrics still count it), and
     * {@code retention} records when and by which rule. Only if it is still closed, not under legal hold and not
     * purged, checked and changed in one step, so a hold set meanwhile wins.
     *
     * @return whether this call purged it
     */
    public boolean purgeDetails(String id, Instant at, String rule) {
        Update tombstone = new Update().unset("title").unset("commanderId").unset("declaredBy").unset("roles")
                .unset("closure.lessons").unset("room.channelName").unset("room.invited")
                .set("retention.purgedAt", at).set("retention.purgeRule", rule).set("retention.purgeDone", false)
                // an incident stored before retention existed has no retention.legalHold: without it the tombstone
                // cannot be read back (the query below has checked it is not held)
                .set("retention.legalHold", false);
        Query still = Query.query(purgeable().and("_id").is(id));
        return mongo.updateFirst(still, tombstone, IncidentDocument.class).getModifiedCount() == 1;
    }

    /** Tombstones whose purge was cut short before their log and reports were removed too. */
    public List<IncidentDocument> findPurgeUnfinished() {
        Query unfinished = Query.query(where("retention.purgedAt").ne(null).and("retention.purgeDone").ne(true));
        return mongo.find(unfinished, IncidentDocument.class);
    }

    public void recordPurgeDone(String id) {
        mongo.updateFirst(Query.query(where("_id").is(id)), new Update().set("retention.purgeDone", true),
                IncidentDocument.class);
    }

    /**
     * Sets ({@code hold}) or releases legal hold, recording why, by whom and when; not on a purged incident, and
     * not when it is so already.
     *
     * @return whether this call changed it
     */
    public boolean changeLegalHold(String id, boolean hold, String reason, String by, Instant at,
                                   PendingLogStore.Entry logged) {
        Criteria other = hold ? where("retention.legalHold").ne(true) : where("retention.legalHold").is(true);
        Query query = Query.query(other.and("_id").is(id).and("retention.purgedAt").is(null));
        Update update = PendingLogStore.promising(new Update().set("retention.legalHold", hold)
                .set("retention.holdReason", reason).set("retention.holdBy", by).set("retention.holdSince", at), logged);
        return mongo.updateFirst(query, update, IncidentDocument.class).getModifiedCount() == 1;
    }

    private static Criteria purgeable() {
        return where("status").is("closed").and("retention.legalHold").ne(true).and("retention.purgedAt").is(null);
    }
}
