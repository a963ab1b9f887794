package org.csirtbot.storage.campaigns;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** Reads and writes campaigns; counts change in single atomic updates, so concurrent reports are all counted. */
public class CampaignStore {

    public static final String OPEN = "open";

    private final MongoTemplate mongo;

    public CampaignStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public CampaignDocument insert(CampaignDocument campaign) {
        return mongo.insert(campaign);
    }

    public Optional<CampaignDocument> find(String id) {
        return Optional.ofNullable(mongo.findById(id, CampaignDocument.class));
    }

    public List<CampaignDocument> findOpen() {
        return mongo.find(Query.query(where("status").is(OPEN)), CampaignDocument.class);
    }

    public List<CampaignDocument> findAll() {
        return mongo.findAll(CampaignDocument.class);
    }

    /** One more report: counted, shown as the latest, its new shared keys added. */
    public CampaignDocument addReport(String id, String reportId, String reporterId, Instant at,
                                      Collection<String> keys) {
        Update update = new Update().inc("reportCount", 1).set("latestReportId", reportId)
                .set("latestReporterId", reporterId).set("latestAt", at);
        if (!keys.isEmpty()) {
            update.addToSet("keys").each(keys.toArray());
        }
        return mongo.findAndModify(Query.query(where("_id").is(id)), update,
                FindAndModifyOptions.options().returnNew(true), CampaignDocument.class);
    }

    /** Reports taken out (a split) or moved in (a merge). */
    public void count(String id, int delta) {
        mongo.updateFirst(Query.query(where("_id").is(id)), new Update().inc("reportCount", delta),
                CampaignDocument.class);
    }

    public void recordTriagePost(String id, String channel, String ts) {
        mongo.updateFirst(Query.query(where("_id").is(id)), new Update().set("triageChannel", channel)
                .set("triageTs", ts), CampaignDocument.class);
    }

    /** Ends an open campaign: declared as an incident, merged into another, or dismissed; false when not open. */
    public boolean end(String id, String status, String incidentId, String mergedInto, String by, Instant at) {
        Update update = new Update().set("status", status).set("triagedAt", at).set("triagedBy", by);
        if (incidentId != null) {
            update.set("incidentId", incidentId);
        }
        if (mergedInto != null) {
            update.set("mergedInto", mergedInto);
        }
        return mongo.updateFirst(Query.query(where("_id").is(id).and("status").is(OPEN)), update,
                CampaignDocument.class).getModifiedCount() == 1;
    }
}
