package org.csirtbot.slack;

import org.csirtbot.slack.gateway.SideEffectKey;
import java.util.Locale;

import org.csirtbot.report.Report;

/** Keeps the employee who reported informed, in their language, by direct message. */
@SlackComponent
class ReporterNotices {

    private final DirectMessages messages;
    private final Texts texts;
    private final UserLocales locales;

    ReporterNotices(DirectMessages messages, Texts texts, UserLocales locales) {
        this.messages = messages;
        this.texts = texts;
        this.locales = locales;
    }

    void received(Report report) {
        tell(report, "received", texts.get(locales.of(report.reporterId()), "reporter.received", report.id()));
    }

    void dismissed(Report report) {
        Locale locale = locales.of(report.reporterId());
        tell(report, "dismissed", texts.get(locale, "reporter.dismissed", report.id(),
                Mrkdwn.escapeAndCut(report.closingReason(), 2000)));
    }

    void handledAs(Report report, String incidentId) {
        tell(report, "handled", texts.get(locales.of(report.reporterId()), "reporter.handled", report.id(), incidentId));
    }

    /** The report could not be stored: say so plainly, and give back what they wrote so nothing is lost. */
    void notRecorded(String reporterId, String description) {
        Locale locale = locales.of(reporterId);
        messages.sendEvenIfStoreIsDown(reporterId, texts.get(locale, "reporter.not-recorded",
                Mrkdwn.escapeAndCut(description, 2500)));
    }

    private void tell(Report report, String what, String text) {
        messages.send(report.reporterId(), SideEffectKey.of("reporter", report.id(), what), text);
    }
}
