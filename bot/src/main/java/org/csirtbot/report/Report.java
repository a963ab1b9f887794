package org.csirtbot.report;

import java.time.Instant;
import java.util.List;

import org.csirtbot.observables.Observable;

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

    /** The observables found in what the reporter gave, normalised, each once. Filled in by the report's intake. */
    public List<Observable> foundObservables() {
        return List.of(); // interim: the intake's extraction lands next
    }

    public boolean isOpen() {
        return status == ReportStatus.OPEN;
    }
}
