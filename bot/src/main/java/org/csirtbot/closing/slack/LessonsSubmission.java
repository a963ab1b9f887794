package org.csirtbot.closing.slack;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;

import org.csirtbot.closing.IncidentClosing;
import org.csirtbot.closing.LessonsQuestion;
import org.csirtbot.incident.Incident;
import org.csirtbot.incident.Incidents;
import org.csirtbot.incident.access.CsirtAction;
import org.csirtbot.incident.slack.Permissions;
import org.csirtbot.slack.FormSubmission;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.SlackRoute;
import org.csirtbot.slack.StoreWithinAck;
import org.csirtbot.slack.Texts;
import org.csirtbot.slack.UserLocales;
import org.csirtbot.slack.gateway.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.response.Response;

/**
 * A saved lessons-learned form: the incident's commander or deputy records the answers, which replace the earlier
 * ones. The form closes only once they are stored; otherwise it stays open, answers and all, saying why.
 */
@SlackComponent
class LessonsSubmission implements SlackRoute {

    private static final Logger log = LoggerFactory.getLogger(LessonsSubmission.class);
    /** The private metadata is the bot's incident ID, unless forged: shown escaped and at most this long. */
    private static final int ID_SHOWN_MAX = 50;

    private final LessonsModal modal;
    private final Incidents incidents;
    private final IncidentClosing closing;
    private final Permissions permissions;
    private final UserLocales locales;
    private final Texts texts;
    private final StoreWithinAck store;
    private final SlackGateway slack;
    private final Executor work;

    LessonsSubmission(LessonsModal modal, Incidents incidents, IncidentClosing closing, Permissions permissions,
                      UserLocales locales, Texts texts, StoreWithinAck store, SlackGateway slack,
                      @Qualifier("slackWork") Executor work) {
        this.modal = modal;
        this.incidents = incidents;
        this.closing = closing;
        this.permissions = permissions;
        this.locales = locales;
        this.texts = texts;
        this.store = store;
        this.slack = slack;
        this.work = work;
    }

    @Override
    public void register(App app) {
        app.viewSubmission(LessonsModal.CALLBACK, FormSubmission.handler(locales, (user, view, locale, ctx) -> {
            LessonsModal.Read read = modal.read(view.getState(), locale);
            if (!read.valid()) {
                return ctx.ack(r -> r.responseAction("errors").errors(read.errors()));
            }
            var recorded = store.attempt(() -> record(view.getPrivateMetadata(), user, read.answers(), locale));
            if (recorded.failed() || recorded.late()) {
                if (recorded.failed()) {
                    log.error("Could not record lessons learned by {}", user, recorded.failure());
                }
                return error(ctx, texts.get(locale, recorded.failed() ? "error.not-recorded" : "lessons.slow"));
            }
            if (recorded.value().refusal() != null) {
                return error(ctx, recorded.value().refusal());
            }
            work.execute(() -> confirm(recorded.value(), user, locale));
            return ctx.ack();
        }));
    }

    /** What recording came to: the incident and how many answers, or why not. */
    private record Recorded(Incident incident, int answered, String refusal) {
    }

    private Recorded record(String incidentId, String user, Map<String, String> answers, Locale locale) {
        Incident incident = incidentId == null ? null : incidents.find(incidentId).orElse(null);
        if (incident == null) {
            return new Recorded(null, 0, texts.get(locale, "error.not-found", Mrkdwn.escapeAndCut(incidentId, ID_SHOWN_MAX)));
        }
        String refusal = permissions.refusal(user, CsirtAction.CHANGE_STATUS, incident, locale);
        if (refusal != null) {
            return new Recorded(incident, 0, refusal);
        }
        if (!closing.recordLessons(incident.id(), user, answers)) {
            return new Recorded(incident, 0, texts.get(locale, "lessons.closed", incident.id()));
        }
        return new Recorded(incident, answers.size(), null);
    }

    private void confirm(Recorded recorded, String user, Locale locale) {
        String room = recorded.incident().room().channelId();
        if (room == null) {
            return;
        }
        try {
            slack.postEphemeral(room, user, texts.get(locale, "lessons.recorded", recorded.incident().id(),
                    String.valueOf(recorded.answered()), String.valueOf(LessonsQuestion.values().length)));
        } catch (RuntimeException e) {
            log.info("Could not confirm the lessons of {} to {}: {}", recorded.incident().id(), user, e.getMessage());
        }
    }

    private static Response error(ViewSubmissionContext ctx, String message) {
        return ctx.ack(r -> r.responseAction("errors").errors(Map.of(LessonsModal.firstQuestion(), message)));
    }
}
