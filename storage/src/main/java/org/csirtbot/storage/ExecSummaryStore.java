package org.csirtbot.storage;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Where each incident's summary in the executive channel is: the message to update in place, whether it was marked
 * closed. One record per incident and channel; the first posting recorded counts.
 */
public class ExecSummaryStore {

    private final MongoTemplate mongo;

    ExecSummaryStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The summary of the incident in the channel, once posted. */
    public Optional<ExecSummary> find(String incidentId, String channel) {
        return Optional.ofNullable(mongo.findById(ExecSummary.id(incidentId, channel), ExecSummary.class));
    }

    /** Records the summary posted; returns the one recorded first when another posting raced this one. */
    public ExecSummary recordPosted(String incidentId, String channel, String ts, Instant at) {
        Update first = new Update().setOnInsert("incidentId", incidentId).setOnInsert("channel", channel)
                .setOnInsert("ts", ts).setOnInsert("postedAt", at);
        return mongo.findAndModify(Query.query(Criteria.where("_id").is(ExecSummary.id(incidentId, channel))), first,
                FindAndModifyOptions.options().upsert(true).returnNew(true), ExecSummary.class);
    }

    /** Records the summary marked closed and unpinned. */
    public void recordClosed(String incidentId, String channel, Instant at) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(ExecSummary.id(incidentId, channel))),
                new Update().set("closedAt", at), ExecSummary.class);
    }

    /** Records the summary shown open again, its incident reopened. */
    public void recordReopened(String incidentId, String channel) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(ExecSummary.id(incidentId, channel))),
                new Update().unset("closedAt"), ExecSummary.class);
    }

    /** Records the summary posted again, at {@code ts}, after its message was gone from the channel. */
    public void recordReposted(String incidentId, String channel, String ts) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(ExecSummary.id(incidentId, channel))),
                new Update().set("ts", ts), ExecSummary.class);
    }

    /** Forgets the incident's summaries, when retention purges it. */
    public long forget(String incidentId) {
        return mongo.remove(Query.query(Criteria.where("incidentId").is(incidentId)), ExecSummary.class)
                .getDeletedCount();
    }

    /** An incident's summary in one channel: its message, when posted, and when marked closed (null while open). */
    @Document("exec_summaries")
    public record ExecSummary(@Id String id, String incidentId, String channel, String ts, Instant postedAt,
                              Instant closedAt) {

        static String id(String incidentId, String channel) {
            return incidentId + "/" + channel;
        }
    }
}
