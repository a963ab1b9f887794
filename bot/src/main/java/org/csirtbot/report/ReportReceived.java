package org.csirtbot.report;

/**
 * A report is stored and its reporter is waiting for word: whoever triages reports shows it and tells the reporter.
 * Published once per stored submission (a repeated delivery of one already shown publishes nothing).
 */
public record ReportReceived(Report report) {
}
