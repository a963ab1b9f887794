package org.csirtbot.partners.slack;

import java.util.Locale;
import java.util.concurrent.Executor;

import org.csirtbot.incident.Incident;
import org.csirtbot.partners.OutsideRequests;
import org.csirtbot.partners.RequestStatus;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * A request's status changed by {@code /incident request <REQ-id> <status>} or a button on its message, the one way:
 * logged, then its message updated in place and the room told who changed it; what to tell the person comes back.
 * Who may ({@code LIAISE}) is the caller's check.
 */
@SlackComponent
class RequestChanges {

    private static final Logger log = LoggerFactory.getLogger(RequestChanges.class);
    /** A request ID typed or sent by a button is the bot's, unless forged: shown escaped and at most this long. */
    static final int ID_SHOWN_MAX = 40;

    private final OutsideRequests requests;
    private final RequestPosts posts;
    private final RequestWords words;
    private final Texts texts;
    private final Executor work;

    RequestChanges(OutsideRequests requests, RequestPosts posts, RequestWords words,
                   @Qualifier("slackWork") Executor work) {
        this.requests = requests;
        this.posts = posts;
        this.words = words;
        this.texts = words.texts();
        this.work = work;
    }

    /** What to tell the person, and whether the status changed (the room is told then). */
    record Answer(String text, boolean changed) {
    }

    /** Moves the incident's request to {@code to} as {@code user}. */
    Answer change(Incident incident, String requestId, RequestStatus to, String user, Locale locale) {
        var changed = requests.change(incident, requestId, to, user);
        if (changed.refusal() != null) {
            return new Answer(switch (changed.refusal()) {
                case SAME_STATUS -> texts.get(locale, "request.refusal.SAME_STATUS", changed.request().id(),
                        words.status(locale, to));
                default -> texts.get(locale, "request.refusal.NO_SUCH_REQUEST",
                        Mrkdwn.escapeAndCut(requestId, ID_SHOWN_MAX), incident.id());
            }, false);
        }
        work.execute(() -> {
            try {
                posts.update(incident, changed.request());
                posts.changed(incident, changed.request(), changed.from());
            } catch (RuntimeException e) {
                log.warn("Could not show the change of {} in the room: {}", changed.request().id(), e.toString());
            }
        });
        return new Answer(texts.get(locale, "request.changed", changed.request().id(),
                words.status(locale, changed.from()), words.status(locale, to)), true);
    }
}
