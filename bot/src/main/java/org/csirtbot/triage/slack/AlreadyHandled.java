package org.csirtbot.triage.slack;

import java.util.Locale;

import org.csirtbot.report.ReportStatus;
import org.csirtbot.slack.Texts;

/**
 * "RPT-… is already attached to an incident": what a responder reads when a report was triaged before them, its
 * status in words of their language, never the stored code ({@code attached}).
 */
final class AlreadyHandled {

    private AlreadyHandled() {
    }

    /** The sentence; {@code status} null when the report's status is not known (it is gone or was just closed). */
    static String text(Texts texts, Locale locale, String reportId, ReportStatus status) {
        String label = texts.get(locale, "report.status." + (status == null ? "handled" : status.code()));
        return texts.get(locale, "triage.already-handled", reportId, label);
    }
}
