package org.csirtbot.report;

import java.util.List;

/**
 * An employee's submission. {@code submissionKey} identifies the submission (the modal it came from),
 * so a retried delivery stores one report. {@code mailHeaders} are the suspicious mail's headers as pasted (or null);
 * {@code department} the reporter's, from their Slack profile when known (or null).
 */
public record SubmitReport(
        String submissionKey,
        String reporterId,
        ReportCategory category,
        String description,
        String occurredAt,
        String affectedSystem,
        List<String> observables,
        String mailHeaders,
        String department) {

    public SubmitReport(String submissionKey, String reporterId, ReportCategory category, String description,
                        String occurredAt, String affectedSystem, List<String> observables) {
        this(submissionKey, reporterId, category, description, occurredAt, affectedSystem, observables, null, null);
    }
}
