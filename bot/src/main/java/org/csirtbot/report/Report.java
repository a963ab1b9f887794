package org.csirtbot.report;

import java.time.Instant;
import java.util.List;

/** An employee's report as the CSIRT sees it. Texts are kept exactly as typed. */
public record Report(
        String id,
        String reporterId,
        ReportCategory category,
        String description,
        String occurredAt,
        String affectedSystem,
        List<String> observables,
        ReportStatus status,
        Instant reportedAt,
        String triageChannel,
        String triageTs,
        String incidentId,
        String closedBy,
        String closingReason,
        Instant closedAt) {

    public boolean isOpen() {
        return status == ReportStatus.OPEN;
    }
}
