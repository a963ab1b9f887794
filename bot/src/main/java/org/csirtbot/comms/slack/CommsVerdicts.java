package org.csirtbot.comms.slack;

import java.util.Locale;
import java.util.concurrent.Executor;

import org.csirtbot.comms.Communications;
import org.csirtbot.comms.Communications.Change;
import org.csirtbot.incident.Incident;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * Approving, rejecting and marking sent, once the matrix let the person in: each recorded, or refused with the reason
 * and nothing recorded. Returns what to tell the person; the room hears of what was recorded.
 */
@SlackComponent
class CommsVerdicts {

    private final Communications communications;
    private final CommsAnnouncements announcements;
    private final CommsWords words;
    private final Texts texts;
    private final Executor work;

    CommsVerdicts(Communications communications, CommsAnnouncements announcements, CommsWords words,
                  @Qualifier("slackWork") Executor work) {
        this.communications = communications;
        this.announcements = announcements;
        this.words = words;
        this.texts = words.texts();
        this.work = work;
    }

    String approve(Incident incident, String user, String commsId, int version, Locale locale) {
        Change change = communications.approve(incident.id(), user, commsId, version);
        if (!change.done()) {
            return words.refusal(locale, change, commsId, version);
        }
        work.execute(() -> announcements.approved(incident, change));
        return texts.get(locale, "comms.approved", change.comms().id(), String.valueOf(version),
                CommsWords.hash(change.version()));
    }

    String reject(Incident incident, String user, String commsId, int version, String reason, Locale locale) {
        Change change = communications.reject(incident.id(), user, commsId, version, reason);
        if (!change.done()) {
            return words.refusal(locale, change, commsId, version);
        }
        work.execute(() -> announcements.rejected(incident, change, reason));
        return texts.get(locale, "comms.rejected", change.comms().id(), String.valueOf(version));
    }

    String sent(Incident incident, String user, String commsId, String where, Locale locale) {
        Change change = communications.sent(incident.id(), user, commsId, where);
        if (!change.done()) {
            return words.refusal(locale, change, commsId, 0);
        }
        work.execute(() -> announcements.sent(incident, change, where));
        return texts.get(locale, "comms.sent", change.comms().id(), String.valueOf(change.version().number()),
                CommsWords.hash(change.version()), Mrkdwn.escapeAndCut(where, Communications.WHERE_MAX + 50));
    }
}
