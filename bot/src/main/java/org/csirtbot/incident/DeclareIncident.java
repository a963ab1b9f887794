package org.csirtbot.incident;

import org.csirtbot.report.ReportCategory;

/**
 * A responder's declaration. {@code key} identifies the request (the modal submitted, or the report
 * declared from), so a retried or doubled request declares one incident.
 */
public record DeclareIncident(
        String key,
        String title,
        Severity severity,
        ReportCategory category,
        Tlp tlp,
        boolean confidential,
        String declaredBy,
        String reportId,
        boolean inviteReporter) {

    /** The key for declaring from a report: one report, one incident. */
    public static String keyForReport(String reportId) {
        return "report:" + reportId;
    }
}
