package org.csirtbot.updates.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.Incidents;
import org.csirtbot.incident.LogEntry;
import org.csirtbot.incident.access.CsirtAction;
import org.csirtbot.incident.slack.Permissions;
import org.csirtbot.incident.slack.RoomCommands;
import org.csirtbot.incident.slack.SlackIncidentRooms;
import org.csirtbot.slack.DirectMessages;
import org.csirtbot.slack.FormSubmission;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.SlackRoute;
import org.csirtbot.slack.StoreWithinAck;
import org.csirtbot.slack.Texts;
import org.csirtbot.slack.UserLocales;
import org.csirtbot.updates.NewStatusUpdate;
import org.csirtbot.updates.StatusUpdates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.response.Response;

/**
 * A submitted status update: each field checked, then, within the store's time budget, the matrix (commander, deputy
 * or comms of an incident that is not closed) and the update logged. Only then is Slack answered, so nobody is told of
 * an update that was not stored; the update is then posted in the room and the pinned summary refreshed (and with it
 * the executives' summary). Whoever may not give it, or an update that could not be stored, keeps the form, saying why.
 */
@SlackComponent
class UpdateSubmission implements SlackRoute {

    private static final Logger log = LoggerFactory.getLogger(UpdateSubmission.class);
    /** The private metadata is the bot's incident ID, unless forged: shown escaped and at most this long. */
    private static final int ID_SHOWN_MAX = 50;

    private final UpdateModal modal;
    private final StatusUpdates updates;
    private final Incidents incidents;
    private final Permissions permissions;
    private final UpdatePosts posts;
    private final SlackIncidentRooms rooms;
    private final DirectMessages direct;
    private final UserLocales locales;
    private final Texts texts;
    private final StoreWithinAck store;
    private final Executor work;

    UpdateSubmission(UpdateModal modal, StatusUpdates updates, Incidents incidents, Permissions permissions,
                     UpdatePosts posts, SlackIncidentRooms rooms, DirectMessages direct, UserLocales locales,
                     Texts texts, StoreWithinAck store, @Qualifier("slackWork") Executor work) {
        this.modal = modal;
        this.updates = updates;
        this.incidents = incidents;
        this.permissions = permissions;
        this.posts = posts;
        this.rooms = rooms;
        this.direct = direct;
        this.locales = locales;
        this.texts = texts;
        this.store = store;
        this.work = work;
    }

    @Override
    public void register(App app) {
        app.viewSubmission(UpdateModal.CALLBACK, FormSubmission.handler(locales, (user, view, locale, ctx) -> {
            UpdateModal.Read read = modal.read(view.getState(), locale);
            if (!read.valid()) {
                return ctx.ack(r -> r.responseAction("errors").errors(read.errors()));
            }
            var recorded = store.attempt(() -> record(view.getPrivateMetadata(), user, read.update(), locale));
            if (recorded.failed()) {
                log.error("Could not record a status update by {}", user, recorded.failure());
                return error(ctx, texts.get(locale, "error.not-recorded"));
            }
            if (recorded.late()) {
                recorded.later().whenCompleteAsync((outcome, failure) -> {
                    if (failure != null) {
                        direct.sendEvenIfStoreIsDown(user, texts.get(locale, "update.not-recorded",
                                typed(read.update(), locale)));
                    } else if (outcome.refusal() != null) {
                        direct.sendEvenIfStoreIsDown(user, outcome.refusal());
                    } else {
                        announce(outcome);
                    }
                }, work);
                return ctx.ack();
            }
            if (recorded.value().refusal() != null) {
                return error(ctx, recorded.value().refusal());
            }
            work.execute(() -> announce(recorded.value()));
            return ctx.ack();
        }));
    }

    /** The update logged (with its incident), or why not; nothing is stored then. */
    private record Outcome(Incident incident, LogEntry entry, String refusal) {
    }

    private Outcome record(String incidentId, String user, NewStatusUpdate update, Locale locale) {
        Incident incident = incidentId == null ? null : incidents.find(incidentId).orElse(null);
        if (incident == null) {
            return new Outcome(null, null,
                    texts.get(locale, "error.not-found", Mrkdwn.escapeAndCut(incidentId, ID_SHOWN_MAX)));
        }
        String refusal = permissions.refusal(user, CsirtAction.POST_UPDATE, incident, locale);
        if (refusal != null) {
            return new Outcome(incident, null, refusal);
        }
        return new Outcome(incident, updates.record(incident.id(), user, update), null);
    }

    private void announce(Outcome outcome) {
        Incident incident = outcome.incident();
        if (incident.room().channelId() != null) {
            try {
                posts.update(incident, outcome.entry(), updates.nextDue(incident));
            } catch (RuntimeException e) {
                log.warn("Could not post the status update {} of {}: {}", outcome.entry().seq(), incident.id(),
                        e.toString());
            }
        }
        rooms.refreshSummary(incident, outcome.entry());
    }

    /** The form as the person filled it in, field by field, given back when it could not be recorded. */
    private String typed(NewStatusUpdate update, Locale locale) {
        List<String> lines = new ArrayList<>();
        Map<String, String> fields = Map.of("status", update.status(), "impact", update.impact(),
                "actions", update.actions(), "next", update.next(), "needs", update.needs());
        for (String field : UpdateModal.FIELDS) {
            if (!fields.get(field).isEmpty()) {
                lines.add("*" + texts.get(locale, "update.field." + field) + "*");
                lines.add(Mrkdwn.quoted(fields.get(field), RoomCommands.GIVEN_BACK_MAX));
            }
        }
        return String.join("\n", lines);
    }

    private static Response error(ViewSubmissionContext ctx, String message) {
        return ctx.ack(r -> r.responseAction("errors").errors(Map.of("status", message)));
    }
}
