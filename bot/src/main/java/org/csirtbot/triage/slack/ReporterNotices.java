package org.csirtbot.triage.slack;

import java.util.Locale;

import org.csirtbot.report.Report;
import org.csirtbot.slack.DirectMessages;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;
import org.csirtbot.slack.UserLocales;
import org.csirtbot.slack.gateway.SideEffectKey;

/**
 * Keeps the employee who reported informed, in their language, by direct message; a notification from outside has
 * nobody in Slack to tell.
 */
@SlackComponent
public class ReporterNotices {

    private final DirectMessages messages;
    private final Texts texts;
    private final UserLocales locales;

    ReporterNotices(DirectMessages messages, Texts texts, UserLocales locales) {
        this.messages = messages;
        this.texts = texts;
        this.locales = locales;
    }

    public void received(Report report) {
        if (report.reporterId() == null) {
            return;
        }
        tell(report, "received", texts.get(locales.of(report.reporterId()), "reporter.received", report.id()));
    }

    void dismissed(Report report) {
        if (report.reporterId() == null) {
            return;
        }
        Locale locale = locales.of(report.reporterId());
        tell(report, "dismissed", texts.get(locale, "reporter.dismissed", report.id(),
                Mrkdwn.escapeAndCut(report.closingReason(), 2000)));
    }

    void handledAs(Report report, String incidentId) {
        if (report.reporterId() == null) {
            return;
        }
        tell(report, "handled", texts.get(locales.of(report.reporterId()), "reporter.handled", report.id(), incidentId));
    }

    private void tell(Report report, String what, String text) {
        messages.send(report.reporterId(), SideEffectKey.of("reporter", report.id(), what), text);
    }
}
