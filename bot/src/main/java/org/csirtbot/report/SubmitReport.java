package org.csirtbot.report;

import java.util.List;

/**
 * An employee's submission. {@code submissionKey} identifies the submission (the modal it came from),
 * so a retried delivery stores one report.
 */
public record SubmitReport(
        String submissionKey,
        String reporterId,
        ReportCategory category,
        String description,
        String occurredAt,
        String affectedSystem,
        List<String> observables) {
}
