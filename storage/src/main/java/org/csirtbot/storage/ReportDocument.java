package org.csirtbot.storage;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** An employee report as stored. {@code submissionKey} makes a retried submission land once. */
@Document("reports")
public record ReportDocument(
        @Id String id,
        @Indexed(unique = true) String submissionKey,
        String reporterId,
        String category,
        String description,
        String occurredAt,
        String affectedSystem,
        List<String> observables,
        String status,
        Instant reportedAt,
        String triageChannel,
        String triageTs,
        String incidentId,
        String closedBy,
        String closingReason,
        Instant closedAt,
        String mailHeaders,
        List<Found> found,
        String campaignId,
        String department,
        Captured message,
        Notifier notifier,
        Attached mail) {

    /** A report as stored before a mail could be attached to the form as a file. */
    public ReportDocument(String id, String submissionKey, String reporterId, String category, String description,
                          String occurredAt, String affectedSystem, List<String> observables, String status,
                          Instant reportedAt, String triageChannel, String triageTs, String incidentId, String closedBy,
                          String closingReason, Instant closedAt, String mailHeaders, List<Found> found,
                          String campaignId, String department, Captured message, Notifier notifier) {
        this(id, submissionKey, reporterId, category, description, occurredAt, affectedSystem, observables, status,
                reportedAt, triageChannel, triageTs, incidentId, closedBy, closingReason, closedAt, mailHeaders, found,
                campaignId, department, message, notifier, null);
    }

    /** A report as stored before outside notifications were taken in. */
    public ReportDocument(String id, String submissionKey, String reporterId, String category, String description,
                          String occurredAt, String affectedSystem, List<String> observables, String status,
                          Instant reportedAt, String triageChannel, String triageTs, String incidentId, String closedBy,
                          String closingReason, Instant closedAt, String mailHeaders, List<Found> found,
                          String campaignId, String department, Captured message) {
        this(id, submissionKey, reporterId, category, description, occurredAt, affectedSystem, observables, status,
                reportedAt, triageChannel, triageTs, incidentId, closedBy, closingReason, closedAt, mailHeaders, found,
                campaignId, department, message, null);
    }

    /** A report as stored before observables, headers and campaigns were kept. */
    public ReportDocument(String id, String submissionKey, String reporterId, String category, String description,
                          String occurredAt, String affectedSystem, List<String> observables, String status,
                          Instant reportedAt, String triageChannel, String triageTs, String incidentId, String closedBy,
                          String closingReason, Instant closedAt) {
        this(id, submissionKey, reporterId, category, description, occurredAt, affectedSystem, observables, status,
                reportedAt, triageChannel, triageTs, incidentId, closedBy, closingReason, closedAt, null, List.of(), null,
                null, null);
    }

    /** A report as stored before reported Slack messages were kept with it. */
    public ReportDocument(String id, String submissionKey, String reporterId, String category, String description,
                          String occurredAt, String affectedSystem, List<String> observables, String status,
                          Instant reportedAt, String triageChannel, String triageTs, String incidentId, String closedBy,
                          String closingReason, Instant closedAt, String mailHeaders, List<Found> found,
                          String campaignId, String department) {
        this(id, submissionKey, reporterId, category, description, occurredAt, affectedSystem, observables, status,
                reportedAt, triageChannel, triageTs, incidentId, closedBy, closingReason, closedAt, mailHeaders, found,
                campaignId, department, null);
    }

    /** An observable found in the report: its type code, normalised value, and where it was found. */
    public record Found(String type, String value, String source) {
    }

    /** Who outside notified the CSIRT through the web intake: the intake item, sender, contact, directory entry. */
    public record Notifier(String intakeId, String from, String contact, String partnerId, String reference, String url,
                           String tlp) {
    }

    /** The suspicious mail attached to the form as a Slack file: its ID, name, type, size and permalink (no content). */
    public record Attached(String fileId, String name, String filetype, long size, String permalink) {
    }

    /** The Slack message reported (the message shortcut or the report reaction), as it was: the evidence. */
    public record Captured(String channel, String author, String ts, String permalink, String text) {
    }
}
