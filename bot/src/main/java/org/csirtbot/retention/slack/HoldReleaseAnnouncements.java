package org.csirtbot.retention.slack;

import java.util.Locale;
import java.util.concurrent.Executor;

import org.csirtbot.incident.Incident;
import org.csirtbot.retention.HoldReleases;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;
import org.csirtbot.slack.UserLocales;
import org.csirtbot.slack.gateway.SideEffectKey;
import org.csirtbot.slack.gateway.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.event.EventListener;

/**
 * Tells the incident's room that a release of its legal hold was asked for, and that it was released, with who asked,
 * who approved and why, whether from Slack or the API: the room knows before the next purge can take its records.
 * Keyed by the log entry, so a retry never posts twice; sent after the answer, never in its way; logs rather than
 * throws. A room already archived is not told (Slack refuses), the log still is.
 */
@SlackComponent
class HoldReleaseAnnouncements {

    private static final Logger log = LoggerFactory.getLogger(HoldReleaseAnnouncements.class);
    private static final int REASON_SHOWN = 600;

    private final SlackGateway slack;
    private final Texts texts;
    private final UserLocales locales;
    private final Executor work;

    HoldReleaseAnnouncements(SlackGateway slack, Texts texts, UserLocales locales,
                             @Qualifier("slackWork") Executor work) {
        this.slack = slack;
        this.texts = texts;
        this.locales = locales;
        this.work = work;
    }

    @EventListener
    void on(HoldReleases.Release release) {
        Incident incident = release.incident();
        if (incident.room() == null || incident.room().channelId() == null) {
            return;
        }
        try {
            work.execute(() -> announce(incident.room().channelId(), release));
        } catch (RuntimeException e) {
            log.warn("Could not tell the room of {} about its legal hold's release: {}", incident.id(), e.toString());
        }
    }

    private void announce(String channel, HoldReleases.Release release) {
        Locale locale = locales.fallback();
        String id = Mrkdwn.escape(release.incident().id());
        String asked = Mrkdwn.mention(release.request().actor());
        boolean released = release.step() == HoldReleases.Step.RELEASED;
        String text = released
                ? texts.get(locale, "release.room.released", id, asked, Mrkdwn.mention(release.release().actor()),
                        Mrkdwn.quoted(String.valueOf(release.release().data().get("reason")), REASON_SHOWN))
                : texts.get(locale, "release.room.requested", id, asked,
                        Mrkdwn.quoted(String.valueOf(release.request().data().get("reason")), REASON_SHOWN));
        var entry = released ? release.release() : release.request();
        try {
            slack.postMessage(SideEffectKey.of("hold-release", release.incident().id(), String.valueOf(entry.seq())),
                    channel, text, null);
        } catch (RuntimeException e) {
            log.warn("Could not tell the room of {} about its legal hold's release: {}", release.incident().id(),
                    e.toString());
        }
    }
}
