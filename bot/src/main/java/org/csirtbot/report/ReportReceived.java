package org.csirtbot.report;

/**
 * A report is stored and its reporter is waiting for word: whoever triages reports shows it and tells the reporter.
 * Published once per stored submission (a repeated delivery of one already shown publishes nothing), and not for a
 * report that joined a campaign or an incident at once. {@code lookalike}: the campaign or report it looks like, when
 * grouping only suggests (else null).
 */
public record ReportReceived(Report report, String lookalike) {

    public ReportReceived(Report report) {
        this(report, null);
    }
}
