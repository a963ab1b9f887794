package org.csirtbot.incident;

import org.csirtbot.report.Report;

/** A report was dismissed or attached elsewhere before this action reached it. */
public class ReportAlreadyHandled extends RuntimeException {

    private final transient Report report;

    ReportAlreadyHandled(Report report) {
        super(report.id() + " is already " + report.status().code());
        this.report = report;
    }

    public Report report() {
        return report;
    }
}
