package org.csirtbot.report;

import java.time.Instant;
import java.util.List;

import org.csirtbot.observables.FoundObservable;
import org.csirtbot.observables.Observable;

/**
 * An employee's report as the CSIRT sees it. Texts are kept exactly as typed; {@code found} are the observables
 * found in them, normalised, with where each was found; {@code campaignId} the campaign it was grouped into;
 * {@code message} the Slack message reported from where it was (evidence), or null; {@code notifier} who outside told
 * the CSIRT, for a notification received through the web intake (then {@code reporterId} is null), else null;
 * {@code mail} the suspicious mail the reporter attached to the form as a file (where it is in Slack), or null.
 */
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
        Instant closedAt,
        String mailHeaders,
        List<FoundObservable> found,
        String campaignId,
        String department,
        CapturedMessage message,
        Notifier notifier,
        ReportedMail mail) {

    /** A report with no mail attached as a file. */
    public Report(String id, String reporterId, ReportCategory category, String description, String occurredAt,
                  String affectedSystem, List<String> observables, ReportStatus status, Instant reportedAt,
                  String triageChannel, String triageTs, String incidentId, String closedBy, String closingReason,
                  Instant closedAt, String mailHeaders, List<FoundObservable> found, String campaignId,
                  String department, CapturedMessage message, Notifier notifier) {
        this(id, reporterId, category, description, occurredAt, affectedSystem, observables, status, reportedAt,
                triageChannel, triageTs, incidentId, closedBy, closingReason, closedAt, mailHeaders, found, campaignId,
                department, message, notifier, null);
    }

    /** An employee's report. */
    public Report(String id, String reporterId, ReportCategory category, String description, String occurredAt,
                  String affectedSystem, List<String> observables, ReportStatus status, Instant reportedAt,
                  String triageChannel, String triageTs, String incidentId, String closedBy, String closingReason,
                  Instant closedAt, String mailHeaders, List<FoundObservable> found, String campaignId,
                  String department, CapturedMessage message) {
        this(id, reporterId, category, description, occurredAt, affectedSystem, observables, status, reportedAt,
                triageChannel, triageTs, incidentId, closedBy, closingReason, closedAt, mailHeaders, found, campaignId,
                department, message, null);
    }

    /** A report with nothing found in it and in no campaign. */
    public Report(String id, String reporterId, ReportCategory category, String description, String occurredAt,
                  String affectedSystem, List<String> observables, ReportStatus status, Instant reportedAt,
                  String triageChannel, String triageTs, String incidentId, String closedBy, String closingReason,
                  Instant closedAt) {
        this(id, reporterId, category, description, occurredAt, affectedSystem, observables, status, reportedAt,
                triageChannel, triageTs, incidentId, closedBy, closingReason, closedAt, null, List.of(), null, null);
    }

    /** A report about no Slack message in particular. */
    public Report(String id, String reporterId, ReportCategory category, String description, String occurredAt,
                  String affectedSystem, List<String> observables, ReportStatus status, Instant reportedAt,
                  String triageChannel, String triageTs, String incidentId, String closedBy, String closingReason,
                  Instant closedAt, String mailHeaders, List<FoundObservable> found, String campaignId,
                  String department) {
        this(id, reporterId, category, description, occurredAt, affectedSystem, observables, status, reportedAt,
                triageChannel, triageTs, incidentId, closedBy, closingReason, closedAt, mailHeaders, found, campaignId,
                department, null);
    }

    /** The observables found in what the reporter gave, each once. */
    public List<Observable> foundObservables() {
        return found == null ? List.of() : found.stream().map(FoundObservable::observable).distinct().toList();
    }

    /** Where it came from: {@code external} (an outside party's notification) or {@code employee}. */
    public String source() {
        return notifier == null ? "employee" : "external";
    }

    public boolean isOpen() {
        return status == ReportStatus.OPEN;
    }
}
