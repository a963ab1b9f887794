package org.csirtbot.report.slack;

import java.util.Locale;
import java.util.regex.Pattern;

import org.csirtbot.observables.ObservableExtraction;
import org.csirtbot.observables.ObservableType;
import org.csirtbot.report.CapturedMessage;
import org.csirtbot.report.ReportCategory;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.SlackTimestamps;
import org.csirtbot.slack.Texts;
import org.csirtbot.slack.UserLocales;
import org.csirtbot.slack.gateway.SlackCallRejected;
import org.csirtbot.slack.gateway.SlackGateway;
import org.csirtbot.time.ReadableTimes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the report form for a Slack message someone reports from where it is: its text as what happened, its time as
 * when, Slack as where, a suspicious link when it holds a URL, and above them who wrote it, where, and a link to it; so
 * submitting it as it opens is the second click. A form that cannot open is said so to the person, privately.
 */
@SlackComponent
class MessageReportForms {

    private static final Logger log = LoggerFactory.getLogger(MessageReportForms.class);
    private static final Pattern CHANNEL_ID = Pattern.compile("[CGD][A-Z0-9]{2,}");

    private final SlackGateway slack;
    private final ReportModal modal;
    private final UserLocales locales;
    private final Texts texts;
    private final ReadableTimes times;
    private final ObservableExtraction extraction;

    MessageReportForms(SlackGateway slack, ReportModal modal, UserLocales locales, Texts texts, ReadableTimes times,
                       ObservableExtraction extraction) {
        this.slack = slack;
        this.modal = modal;
        this.locales = locales;
        this.texts = texts;
        this.times = times;
        this.extraction = extraction;
    }

    /** The link to a message, or null when Slack gives none: the form opens without it. */
    private String permalink(String channel, String ts) {
        try {
            return slack.permalink(channel, ts);
        } catch (RuntimeException e) {
            log.warn("No permalink for message {} in {}: {}", ts, channel, e.getMessage());
            return null;
        }
    }

    /** Opens the form filled from the message (its link asked of Slack), for {@code user} with the trigger Slack gave. */
    void open(String trigger, String user, CapturedMessage found) {
        Locale locale = locales.now(user);
        CapturedMessage message = found.permalink() != null ? found : new CapturedMessage(found.channel(),
                found.author(), found.ts(), permalink(found.channel(), found.ts()), found.text());
        try {
            slack.openView(trigger, modal.form(locale, filled(locale, message)));
        } catch (SlackCallRejected e) {
            log.warn("The report form for message {} in {} did not open for {}: {}", message.ts(), message.channel(),
                    user, e.error());
            boolean late = "expired_trigger_id".equals(e.error()) || "exchanged_trigger_id".equals(e.error());
            tell(message.channel(), user, texts.get(locale, late ? "report.form.expired" : "report.form.failed"));
        } catch (RuntimeException e) {
            log.error("The report form for message {} in {} did not open for {}", message.ts(), message.channel(),
                    user, e);
            tell(message.channel(), user, texts.get(locale, "report.form.failed"));
        }
    }

    private ReportModal.Filled filled(Locale locale, CapturedMessage message) {
        String link = message.permalink() == null ? texts.get(locale, "report.message.no-link")
                : "<" + message.permalink() + "|" + texts.get(locale, "report.message.link") + ">";
        String channel = CHANNEL_ID.matcher(message.channel()).matches() ? "<#" + message.channel() + ">"
                : Mrkdwn.escape(message.channel());
        String intro = texts.get(locale, "report.message.intro", Mrkdwn.mention(message.author()), channel, link);
        if (message.text().isBlank()) {
            intro += "\n" + texts.get(locale, "report.message.no-text");
        }
        boolean hasUrl = extraction.from(message.plainText()).stream().anyMatch(o -> o.type() == ObservableType.URL);
        return new ReportModal.Filled(Mrkdwn.unescape(message.text()),
                times.format(SlackTimestamps.toInstant(message.ts())), texts.get(locale, "report.message.system"),
                hasUrl ? ReportCategory.SUSPICIOUS_LINK : ReportCategory.OTHER, intro,
                CapturedMessageMetadata.write(message));
    }

    private void tell(String channel, String user, String text) {
        try {
            slack.postEphemeral(channel, user, text);
        } catch (RuntimeException e) {
            log.warn("Could not tell {} in {} that the report form did not open: {}", user, channel, e.getMessage());
        }
    }
}
