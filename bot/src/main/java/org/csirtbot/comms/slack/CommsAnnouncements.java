package org.csirtbot.comms.slack;

import java.util.Locale;

import org.csirtbot.comms.CommsVersion;
import org.csirtbot.comms.Communications.Change;
import org.csirtbot.incident.Incident;
import org.csirtbot.incident.slack.SlackIncidentRooms;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;
import org.csirtbot.slack.UserLocales;
import org.csirtbot.slack.gateway.SideEffectKey;
import org.csirtbot.slack.gateway.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the room each step of a communication: a version drafted (with its subject and text, so the approvers read
 * what they approve), approved (by whom, which version), rejected (why) or sent (where, by whom), each with the
 * version's hash as shown; then refreshes the pinned summary. Failures are logged, never thrown: the step is recorded,
 * and the outbox sends what Slack did not take.
 */
@SlackComponent
class CommsAnnouncements {

    private static final Logger log = LoggerFactory.getLogger(CommsAnnouncements.class);
    /** How much of a version's text the room is shown, escaped: all of it, with room for the escaping. */
    static final int TEXT_SHOWN = 4000;

    private final SlackGateway slack;
    private final SlackIncidentRooms rooms;
    private final CommsWords words;
    private final Texts texts;
    private final Locale locale;

    CommsAnnouncements(SlackGateway slack, SlackIncidentRooms rooms, CommsWords words, UserLocales locales) {
        this.slack = slack;
        this.rooms = rooms;
        this.words = words;
        this.texts = words.texts();
        this.locale = locales.fallback();
    }

    void drafted(Incident incident, Change change) {
        CommsVersion v = change.version();
        post(incident, change, texts.get(locale, "comms.room.drafted", Mrkdwn.mention(v.draftedBy()),
                change.comms().id(), String.valueOf(v.number()), words.kind(locale, change.comms().kind()),
                change.comms().language(), CommsWords.hash(v),
                Mrkdwn.escapeAndCut(v.text().subject(), TEXT_SHOWN), Mrkdwn.quoted(v.text().text(), TEXT_SHOWN)));
    }

    void approved(Incident incident, Change change) {
        CommsVersion v = change.version();
        post(incident, change, texts.get(locale, "comms.room.approved", Mrkdwn.mention(change.entry().actor()),
                change.comms().id(), String.valueOf(v.number()), words.kind(locale, change.comms().kind()),
                CommsWords.hash(v), Mrkdwn.mention(v.draftedBy())));
    }

    void rejected(Incident incident, Change change, String reason) {
        CommsVersion v = change.version();
        post(incident, change, texts.get(locale, "comms.room.rejected", Mrkdwn.mention(change.entry().actor()),
                change.comms().id(), String.valueOf(v.number()), CommsWords.hash(v), Mrkdwn.quoted(reason, TEXT_SHOWN)));
    }

    void sent(Incident incident, Change change, String where) {
        CommsVersion v = change.version();
        post(incident, change, texts.get(locale, "comms.room.sent", Mrkdwn.mention(change.entry().actor()),
                change.comms().id(), String.valueOf(v.number()), words.kind(locale, change.comms().kind()),
                CommsWords.hash(v), Mrkdwn.escapeAndCut(where, TEXT_SHOWN)));
    }

    private void post(Incident incident, Change change, String text) {
        String room = incident.room() == null ? null : incident.room().channelId();
        if (room != null) {
            try {
                slack.postMessage(SideEffectKey.of("comms", incident.id(), String.valueOf(change.entry().seq())), room,
                        text, null);
            } catch (RuntimeException e) {
                log.warn("Could not tell the room of {} about {}: {}", incident.id(), change.comms().id(), e.toString());
            }
        }
        rooms.refreshSummary(incident, change.entry());
    }
}
