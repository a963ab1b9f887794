package org.csirtbot.report;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.csirtbot.storage.Counters;
import org.csirtbot.storage.ReportStore;
import org.springframework.stereotype.Service;

/** Takes employees' reports in, numbers them, and records how each one ends. */
@Service
public class ReportIntake {

    private final ReportStore store;
    private final Counters counters;
    private final Clock clock;

    ReportIntake(ReportStore store, Counters counters, Clock clock) {
        this.store = store;
        this.counters = counters;
        this.clock = clock;
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
        return ReportDocuments.toReport(store.insertOnce(ReportDocuments.toDocument(id, submission, now)));
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
