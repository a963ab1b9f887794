package org.csirtbot.closing.slack;

import java.util.Locale;

import org.csirtbot.closing.ClosedRooms;
import org.csirtbot.incident.Incident;
import org.csirtbot.incident.slack.SummaryMessage;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;
import org.csirtbot.slack.UserLocales;
import org.csirtbot.slack.gateway.SideEffectKey;
import org.csirtbot.slack.gateway.SlackGateway;

/**
 * Closed incidents' rooms as Slack channels: the post-incident report posted as messages (an introduction, then the
 * Markdown in code blocks of about 3,000 characters, so tables and lists keep their shape), and the channel archived
 * after a notice. Every message and the archiving are keyed effects, so doing it again repeats nothing.
 */
@SlackComponent
class SlackClosedRooms implements ClosedRooms {

    /** Characters of the report per message, before escaping: well within Slack's advice of 4,000 a message. */
    static final int PART_MAX = 2900;
    /** Messages of the report at most; beyond, the room is pointed to the API. */
    static final int MAX_PARTS = 20;

    private final SlackGateway slack;
    private final Texts texts;
    private final Locale locale;

    SlackClosedRooms(SlackGateway slack, Texts texts, UserLocales locales) {
        this.slack = slack;
        this.texts = texts;
        this.locale = locales.fallback();
    }

    @Override
    public String postReport(Incident incident, String markdown) {
        String channel = incident.room().channelId();
        ReportParts report = ReportParts.of(markdown, PART_MAX, MAX_PARTS);
        String intro = texts.get(locale, "report.room.intro", incident.id(),
                Mrkdwn.escapeAndCut(incident.title(), SummaryMessage.HEADER_MAX), String.valueOf(report.parts().size()));
        String ts = slack.postMessage(SideEffectKey.of("report", incident.id(), "intro"), channel, intro, null);
        for (int n = 0; n < report.parts().size(); n++) {
            slack.postMessage(SideEffectKey.of("report", incident.id(), String.valueOf(n + 1)), channel,
                    "```\n" + Mrkdwn.escape(report.parts().get(n)) + "\n```", null);
        }
        if (report.cut()) {
            slack.postMessage(SideEffectKey.of("report", incident.id(), "cut"), channel,
                    texts.get(locale, "report.room.cut", incident.id()), null);
        }
        return ts;
    }

    @Override
    public void archive(Incident incident) {
        String channel = incident.room().channelId();
        slack.postMessage(SideEffectKey.of("archive-notice", incident.id()), channel,
                texts.get(locale, "room.archive-notice", incident.id()), null);
        slack.archive(SideEffectKey.of("archive", incident.id()), channel);
    }
}
