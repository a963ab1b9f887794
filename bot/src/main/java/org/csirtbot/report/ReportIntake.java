package org.csirtbot.report;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.csirtbot.observables.FoundObservable;
import org.csirtbot.observables.MailHeaders;
import org.csirtbot.observables.Observable;
import org.csirtbot.observables.ObservableExtraction;
import org.csirtbot.storage.Counters;
import org.csirtbot.storage.ReportStore;
import org.springframework.stereotype.Service;

/** Takes employees' reports in, numbers them, and records how each one ends. */
@Service
public class ReportIntake {

    private final ReportStore store;
    private final Counters counters;
    private final Clock clock;
    private final ObservableExtraction extraction;

    ReportIntake(ReportStore store, Counters counters, Clock clock, ObservableExtraction extraction) {
        this.store = store;
        this.counters = counters;
        this.clock = clock;
        this.extraction = extraction;
    }

    /** Stores the report once per submission and returns it with its {@code RPT-<year>-<6 digits>} ID. */
    public Report submit(SubmitReport submission) {
        Optional<Report> earlier = store.findBySubmissionKey(submission.submissionKey()).map(ReportDocuments::toReport);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Instant now = clock.instant();
        int year = now.atZone(ZoneOffset.UTC).getYear();
        String id = "RPT-%d-%06d".formatted(year, counters.next("report-" + year));
        return ReportDocuments.toReport(store.insertOnce(ReportDocuments.toDocument(id, submission, now,
                found(submission))));
    }

    /**
     * Each observable once, where it was first found: the form's own field, then the mail headers (their sender,
     * return path, reply-to, subject, message ID and relays), then the reported Slack message, then the text.
     */
    private List<FoundObservable> found(SubmitReport submission) {
        Set<Observable> seen = new LinkedHashSet<>();
        List<FoundObservable> found = new ArrayList<>();
        // from the headers only what they say of the mail (sender, return path, subject, ID, relays): not every
        // server name in them, which would tie unrelated reports together
        Map<String, List<Observable>> sources = new LinkedHashMap<>();
        sources.put("observables", extraction.from(String.join("\n", submission.observables())));
        sources.put("headers", submission.mailHeaders() == null ? List.of()
                : MailHeaders.parse(submission.mailHeaders()).observables());
        sources.put("message", submission.message() == null ? List.of()
                : extraction.from(submission.message().plainText()));
        sources.put("description", extraction.from(submission.description()));
        sources.forEach((source, observables) -> observables.stream().filter(seen::add)
                .forEach(observable -> found.add(new FoundObservable(observable, source))));
        return found;
    }

    /** Reports made from {@code start} (included) to {@code end} (excluded). */
    public List<Report> reportedBetween(Instant start, Instant end) {
        return store.findReportedBetween(start, end).stream().map(ReportDocuments::toReport).toList();
    }

    // ---- campaigns -------------------------------------------------------------------------------------------------

    /** Puts the report in a campaign, or (null) takes it out. */
    public void setCampaign(String id, String campaignId) {
        store.setCampaign(id, campaignId);
    }

    /** A campaign's reports, oldest first, at most {@code limit}. */
    public List<Report> inCampaign(String campaignId, int limit) {
        return store.findInCampaign(campaignId, limit).stream().map(ReportDocuments::toReport).toList();
    }

    /** Open reports in no campaign that have observables. */
    public List<Report> openOutsideCampaigns() {
        return store.findOpenOutsideCampaigns().stream().map(ReportDocuments::toReport).toList();
    }

    /** Moves every report of campaign {@code from} into {@code to}; how many. */
    public long moveCampaign(String from, String to) {
        return store.moveCampaign(from, to);
    }

    /** Attaches all open reports of a campaign to an incident; how many. */
    public long attachCampaign(String campaignId, String incidentId, String by) {
        return store.attachCampaign(campaignId, incidentId, by, clock.instant());
    }

    /** Dismisses all open reports of a campaign with the reason; how many. */
    public long dismissCampaign(String campaignId, String reason, String by) {
        return store.dismissCampaign(campaignId, reason, by, clock.instant());
    }

    public Optional<Report> find(String id) {
        return store.findById(id).map(ReportDocuments::toReport);
    }

    /** Open reports that have not reached the triage channel yet. */
    public List<Report> notPostedToTriage() {
        return store.findNotPostedToTriage().stream().map(ReportDocuments::toReport).toList();
    }

    public void recordTriagePost(String id, String channel, String ts) {
        store.recordTriagePost(id, channel, ts);
    }

    /** Closes an open report as not an incident; empty when it was already handled. */
    public Optional<Report> dismiss(String id, String reason, String by) {
        return store.dismiss(id, reason, by, clock.instant()) ? find(id) : Optional.empty();
    }

    /** Attaches an open report to an incident; empty when it was already handled. */
    /**
     * Attaches an open report to the incident a declaration creates ({@link ReportStore#claimForDeclaration});
     * the incident's ID, also when a retry of that declaration claimed it before; empty when handled otherwise.
     */
    public Optional<String> claimForDeclaration(String id, String incidentId, String declarationKey, String by) {
        return store.claimForDeclaration(id, incidentId, declarationKey, by, clock.instant());
    }

    /** Moves a report attached to incident {@code from} to incident {@code to}; empty when it is not attached there. */
    public Optional<Report> move(String id, String from, String to) {
        return store.moveToIncident(id, from, to) ? find(id) : Optional.empty();
    }

    public Optional<Report> attach(String id, String incidentId, String by) {
        return store.attach(id, incidentId, by, clock.instant()) ? find(id) : Optional.empty();
    }

    // ---- retention -------------------------------------------------------------------------------------------------

    /**
     * Purges who reported and what they wrote from the reports attached to an incident whose retention period ran
     * out; the report IDs, categories and times stay.
     *
     * @return how many reports were purged
     */
    public long purgeDetailsOf(String incidentId) {
        return store.purgeDetails(incidentId);
    }

    /** Reports that never reached an incident and still hold their details, dismissed (never triaged: reported) before {@code before}. */
    public List<Report> unattachedBefore(Instant before) {
        return store.findUnattachedBefore(before).stream().map(ReportDocuments::toReport).toList();
    }

    /**
     * Purges the details of a report that never reached an incident, as {@link #purgeDetailsOf} does; one never
     * triaged is closed as dismissed. Not if it was attached meanwhile.
     *
     * @return whether this call purged it
     */
    public boolean purgeUnattached(String id) {
        return store.purgeUnattached(id, clock.instant());
    }
}
