package org.csirtbot.report;

import org.csirtbot.storage.ReportDocument;

/** Maps reports to and from their stored form. */
final class ReportDocuments {

    private ReportDocuments() {
    }

    static Report toReport(ReportDocument d) {
        return new Report(d.id(), d.reporterId(), ReportCategory.fromCode(d.category()).orElse(ReportCategory.OTHER),
                d.description(), d.occurredAt(), d.affectedSystem(), d.observables(),
                ReportStatus.fromCode(d.status()), d.reportedAt(), d.triageChannel(), d.triageTs(),
                d.incidentId(), d.closedBy(), d.closingReason(), d.closedAt());
    }

    static ReportDocument toDocument(String id, SubmitReport s, java.time.Instant at) {
        return new ReportDocument(id, s.submissionKey(), s.reporterId(), s.category().code(), s.description(),
                s.occurredAt(), s.affectedSystem(), s.observables(), ReportStatus.OPEN.code(), at,
                null, null, null, null, null, null);
    }
}
