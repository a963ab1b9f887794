package org.csirtbot.storage;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** Employee reports. A report is created once per submission and only moves forward from {@code open}. */
public class ReportStore {

    static final String OPEN = "open";
    static final String DISMISSED = "dismissed";
    /** The declaration a report was declared by; kept beside the report's fields, not part of its document type. */
    private static final String DECLARATION_KEY = "declarationKey";

    private final MongoTemplate mongo;

    ReportStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Stores the report unless one with the same submission key exists; returns the one that is stored. */
    public ReportDocument insertOnce(ReportDocument report) {
        Optional<ReportDocument> existing = findBySubmissionKey(report.submissionKey());
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            return mongo.insert(report);
        } catch (DuplicateKeyException raced) {
            return findBySubmissionKey(report.submissionKey()).orElseThrow(() -> raced);
        }
    }

    public Optional<ReportDocument> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, ReportDocument.class));
    }

    public Optional<ReportDocument> findBySubmissionKey(String key) {
        return Optional.ofNullable(
                mongo.findOne(Query.query(where("submissionKey").is(key)), ReportDocument.class));
    }

    public void recordTriagePost(String id, String channel, String ts) {
        mongo.updateFirst(Query.query(where("_id").is(id)),
                new Update().set("triageChannel", channel).set("triageTs", ts), ReportDocument.class);
    }

    /** Puts the report in a campaign (or takes it out, with null). */
    public void setCampaign(String id, String campaignId) {
        Update update = campaignId == null ? new Update().unset("campaignId") : new Update().set("campaignId", campaignId);
        mongo.updateFirst(Query.query(where("_id").is(id)), update, ReportDocument.class);
    }

    /** Moves every report of one campaign into another (a merge). */
    public long moveCampaign(String from, String to) {
        return mongo.updateMulti(Query.query(where("campaignId").is(from)), new Update().set("campaignId", to),
                ReportDocument.class).getModifiedCount();
    }

    /** The reports of a campaign, oldest first; at most {@code limit}. */
    public List<ReportDocument> findInCampaign(String campaignId, int limit) {
        Query query = Query.query(where("campaignId").is(campaignId))
                .with(org.springframework.data.domain.Sort.by("reportedAt")).limit(limit);
        return mongo.find(query, ReportDocument.class);
    }

    /**
     * Open employee reports in no campaign that have observables: what a new report may be grouped with (an outside
     * party's notification is triaged on its own: a campaign is a wave of employees' reports).
     */
    public List<ReportDocument> findOpenOutsideCampaigns() {
        Query query = Query.query(where("status").is(OPEN).and("campaignId").is(null).and("found.0").exists(true)
                .and("notifier").is(null));
        return mongo.find(query, ReportDocument.class);
    }

    /** Attaches the campaign's open reports to an incident, in one update; how many. */
    public long attachCampaign(String campaignId, String incidentId, String by, Instant at) {
        return mongo.updateMulti(Query.query(where("campaignId").is(campaignId).and("status").is(OPEN)),
                new Update().set("status", "attached").set("incidentId", incidentId).set("closedBy", by)
                        .set("closedAt", at), ReportDocument.class).getModifiedCount();
    }

    /** Reports made from {@code start} (included) to {@code end} (excluded), for metrics. */
    public List<ReportDocument> findReportedBetween(Instant start, Instant end) {
        return mongo.find(Query.query(where("reportedAt").gte(start).lt(end)), ReportDocument.class);
    }

    /** Dismisses the campaign's open reports with one reason, in one update; how many. */
    public long dismissCampaign(String campaignId, String reason, String by, Instant at) {
        return mongo.updateMulti(Query.query(where("campaignId").is(campaignId).and("status").is(OPEN)),
                new Update().set("status", DISMISSED).set("closingReason", reason).set("closedBy", by)
                        .set("closedAt", at), ReportDocument.class).getModifiedCount();
    }

    /** Open reports not yet posted to triage (the post failed, or the process stopped first), oldest first. */
    public List<ReportDocument> findNotPostedToTriage() {
        Query query = Query.query(where("status").is(OPEN).and("triageTs").is(null).and("campaignId").is(null))
                .with(org.springframework.data.domain.Sort.by("reportedAt"));
        return mongo.find(query, ReportDocument.class);
    }

    /** Moves a report attached to one incident to another (a merge); false when it is not attached to {@code from}. */
    public boolean moveToIncident(String id, String from, String to) {
        return mongo.updateFirst(Query.query(where("_id").is(id).and("status").is("attached").and("incidentId").is(from)),
                new Update().set("incidentId", to), ReportDocument.class).getModifiedCount() == 1;
    }

    /** Attaches an open report to an incident; false when the report was already handled. */
    public boolean attach(String id, String incidentId, String by, Instant at) {
        return closeIfOpen(id, new Update().set("status", "attached").set("incidentId", incidentId)
                .set("closedBy", by).set("closedAt", at));
    }

    /**
     * Attaches an open report to the incident a declaration is about to create, in one conditional update of the
     * report, so that no attach to another incident can slip in between; a retry of the same declaration (the same
     * key) finds the incident it claimed the report for.
     *
     * @return the incident the report is attached to for this declaration; empty when it was handled otherwise
     */
    public Optional<String> claimForDeclaration(String id, String incidentId, String declarationKey, String by,
                                                Instant at) {
        if (closeIfOpen(id, new Update().set("status", "attached").set("incidentId", incidentId)
                .set(DECLARATION_KEY, declarationKey).set("closedBy", by).set("closedAt", at))) {
            return Optional.of(incidentId);
        }
        Query claimed = Query.query(where("_id").is(id).and("status").is("attached").and(DECLARATION_KEY).is(declarationKey));
        return Optional.ofNullable(mongo.findOne(claimed, ReportDocument.class)).map(ReportDocument::incidentId);
    }

    /** Closes an open report as not an incident; false when the report was already handled. */
    public boolean dismiss(String id, String reason, String by, Instant at) {
        return closeIfOpen(id, new Update().set("status", DISMISSED).set("closingReason", reason)
                .set("closedBy", by).set("closedAt", at));
    }

    private boolean closeIfOpen(String id, Update update) {
        Query openReport = Query.query(where("_id").is(id).and("status").is(OPEN));
        return mongo.updateFirst(openReport, update, ReportDocument.class).getModifiedCount() == 1;
    }

    // ---- retention -------------------------------------------------------------------------------------------------

    /**
     * Purges the details of the reports attached to a purged incident: who reported, what they wrote, when they said
     * it happened, the system and observables (the mail headers, a reported Slack message and an outside notifier too), who closed it and why. The ID, submission key, category, status,
     * times and incident ID stay, so the ID is never reused and metrics keep the time of reporting.
     *
     * @return how many reports were purged
     */
    public long purgeDetails(String incidentId) {
        return mongo.updateMulti(Query.query(where("incidentId").is(incidentId)), details(), ReportDocument.class)
                .getModifiedCount();
    }

    /**
     * Reports that never reached an incident and still hold their details: dismissed before {@code before}, or still
     * open (never triaged) and reported before it.
     */
    public List<ReportDocument> findUnattachedBefore(Instant before) {
        Criteria dismissed = where("status").is(DISMISSED).and("closedAt").lt(before);
        Criteria neverTriaged = where("status").is(OPEN).and("reportedAt").lt(before);
        Criteria holdsDetails = new Criteria().orOperator(where("reporterId").ne(null), where("notifier").ne(null));
        Query due = Query.query(new Criteria().andOperator(new Criteria().orOperator(dismissed, neverTriaged),
                holdsDetails));
        return mongo.find(due, ReportDocument.class);
    }

    /**
     * Purges the details of a report that never reached an incident, as {@link #purgeDetails} does; one still open
     * is closed as dismissed at {@code at}, so nobody triages an empty report. Only if it is still dismissed or
     * open, checked and changed in one step, so a report attached at the last moment keeps its details.
     *
     * @return whether this call purged it
     */
    public boolean purgeUnattached(String id, Instant at) {
        Query dismissed = Query.query(where("_id").is(id).and("status").is(DISMISSED));
        if (mongo.updateFirst(dismissed, details(), ReportDocument.class).getModifiedCount() == 1) {
            return true;
        }
        Query open = Query.query(where("_id").is(id).and("status").is(OPEN));
        Update closed = details().set("status", DISMISSED).set("closedAt", at);
        return mongo.updateFirst(open, closed, ReportDocument.class).getModifiedCount() == 1;
    }

    private static Update details() {
        return new Update().unset("reporterId").unset("description").unset("occurredAt")
                .unset("affectedSystem").unset("observables").unset("closedBy").unset("closingReason")
                .unset("mailHeaders").unset("found").unset("message").unset("notifier").unset("mail");
    }
}
