package org.csirtbot.incident;

import java.time.Instant;

import org.csirtbot.report.ReportCategory;

/**
 * A responder's declaration. {@code key} identifies the request (the modal submitted, or the report
 * declared from), so a retried or doubled request declares one incident. {@code beganAt} is when the incident
 * itself began, null when nobody knows; {@code exercise} says which tabletop exercise it stands for (null when real).
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
        boolean inviteReporter,
        Instant beganAt,
        Incident.Exercise exercise) {

    /** A declaration of a real incident. */
    public DeclareIncident(String key, String title, Severity severity, ReportCategory category, Tlp tlp,
                           boolean confidential, String declaredBy, String reportId, boolean inviteReporter,
                           Instant beganAt) {
        this(key, title, severity, category, tlp, confidential, declaredBy, reportId, inviteReporter, beganAt, null);
    }

    /** A declaration that does not say when the incident began. */
    public DeclareIncident(String key, String title, Severity severity, ReportCategory category, Tlp tlp,
                           boolean confidential, String declaredBy, String reportId, boolean inviteReporter) {
        this(key, title, severity, category, tlp, confidential, declaredBy, reportId, inviteReporter, null);
    }

    /** The key for declaring from a report: one report, one incident. */
    public static String keyForReport(String reportId) {
        return "report:" + reportId;
    }
}
