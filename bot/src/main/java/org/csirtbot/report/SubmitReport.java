package org.csirtbot.report;

import java.util.List;

/**
 * An employee's submission. {@code submissionKey} identifies the submission (the modal it came from),
 * so a retried delivery stores one report. {@code mailHeaders} are the suspicious mail's headers as pasted (or null);
 * {@code department} the reporter's, from their Slack profile when known (or null); {@code message} the Slack message
 * reported from where it was (the message shortcut, the report reaction), or null; {@code notifier} who outside told the
 * CSIRT (a notification through the web intake, with no reporter), or null; {@code mail} the suspicious mail attached
 * to the form as a file, or null.
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
        String department,
        CapturedMessage message,
        Notifier notifier,
        ReportedMail mail) {

    public SubmitReport(String submissionKey, String reporterId, ReportCategory category, String description,
                        String occurredAt, String affectedSystem, List<String> observables, String mailHeaders,
                        String department, CapturedMessage message, Notifier notifier) {
        this(submissionKey, reporterId, category, description, occurredAt, affectedSystem, observables, mailHeaders,
                department, message, notifier, null);
    }

    public SubmitReport(String submissionKey, String reporterId, ReportCategory category, String description,
                        String occurredAt, String affectedSystem, List<String> observables, String mailHeaders,
                        String department, CapturedMessage message) {
        this(submissionKey, reporterId, category, description, occurredAt, affectedSystem, observables, mailHeaders,
                department, message, null);
    }

    public SubmitReport(String submissionKey, String reporterId, ReportCategory category, String description,
                        String occurredAt, String affectedSystem, List<String> observables) {
        this(submissionKey, reporterId, category, description, occurredAt, affectedSystem, observables, null, null);
    }

    public SubmitReport(String submissionKey, String reporterId, ReportCategory category, String description,
                        String occurredAt, String affectedSystem, List<String> observables, String mailHeaders,
                        String department) {
        this(submissionKey, reporterId, category, description, occurredAt, affectedSystem, observables, mailHeaders,
                department, null);
    }

    /** This submission about a Slack message someone reported from where it was. */
    public SubmitReport about(CapturedMessage reported) {
        return new SubmitReport(submissionKey, reporterId, category, description, occurredAt, affectedSystem,
                observables, mailHeaders, department, reported, notifier, mail);
    }
}
