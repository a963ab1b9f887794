package org.csirtbot.comms.slack;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;

import org.csirtbot.comms.CommsText;
import org.csirtbot.comms.Communications;
import org.csirtbot.comms.Communications.Change;
import org.csirtbot.incident.Incident;
import org.csirtbot.incident.Incidents;
import org.csirtbot.incident.access.CsirtAction;
import org.csirtbot.incident.slack.Permissions;
import org.csirtbot.incident.slack.RoomCommands;
import org.csirtbot.slack.DirectMessages;
import org.csirtbot.slack.FormSubmission;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.SlackRoute;
import org.csirtbot.slack.StoreWithinAck;
import org.csirtbot.slack.Texts;
import org.csirtbot.slack.UserLocales;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.response.Response;

/**
 * A saved communication form: the matrix checked again (commander, deputy or comms), then version 1 of a new
 * communication, or the next version of one whose latest is still the one the form was opened on. The form closes once
 * it is stored, and the room is shown the version; otherwise it stays open, text and all, saying why. When the store
 * answers late, the form closes and the outcome follows: the room, or the person by direct message with their text.
 */
@SlackComponent
class CommsSubmission implements SlackRoute {

    private static final Logger log = LoggerFactory.getLogger(CommsSubmission.class);

    private final CommsModal modal;
    private final Communications communications;
    private final CommsAnnouncements announcements;
    private final CommsWords words;
    private final Incidents incidents;
    private final Permissions permissions;
    private final DirectMessages direct;
    private final UserLocales locales;
    private final Texts texts;
    private final StoreWithinAck store;
    private final Executor work;

    CommsSubmission(CommsModal modal, Communications communications, CommsAnnouncements announcements, CommsWords words,
                    Incidents incidents, Permissions permissions, DirectMessages direct, UserLocales locales,
                    StoreWithinAck store, @Qualifier("slackWork") Executor work) {
        this.modal = modal;
        this.communications = communications;
        this.announcements = announcements;
        this.words = words;
        this.incidents = incidents;
        this.permissions = permissions;
        this.direct = direct;
        this.locales = locales;
        this.texts = words.texts();
        this.store = store;
        this.work = work;
    }

    @Override
    public void register(App app) {
        app.viewSubmission(CommsModal.CALLBACK, FormSubmission.handler(locales, (user, view, locale, ctx) -> {
            CommsModal.Read read = modal.read(view.getState(), locale);
            if (!read.valid()) {
                return ctx.ack(r -> r.responseAction("errors").errors(read.errors()));
            }
            var target = CommsModal.Target.of(view.getPrivateMetadata());
            if (target.isEmpty()) {
                return error(ctx, texts.get(locale, "error.not-found", Mrkdwn.escapeAndCut(view.getPrivateMetadata(), 50)));
            }
            var recorded = store.attempt(() -> record(target.get(), user, read.text(), locale));
            if (recorded.failed()) {
                log.error("Could not record a communication by {}", user, recorded.failure());
                return error(ctx, texts.get(locale, "error.not-recorded"));
            }
            if (recorded.late()) {
                recorded.later().whenCompleteAsync((outcome, failure) -> {
                    if (failure != null || outcome.refusal() != null) {
                        direct.sendEvenIfStoreIsDown(user, (failure != null ? texts.get(locale, "comms.form-not-recorded")
                                : outcome.refusal()) + "\n" + given(read.text()));
                    } else {
                        announcements.drafted(outcome.incident(), outcome.change());
                    }
                }, work);
                return ctx.ack();
            }
            if (recorded.value().refusal() != null) {
                return error(ctx, recorded.value().refusal());
            }
            work.execute(() -> announcements.drafted(recorded.value().incident(), recorded.value().change()));
            return ctx.ack();
        }));
    }

    /** What saving came to: the incident and the version recorded, or why not. */
    private record Recorded(Incident incident, Change change, String refusal) {
    }

    private Recorded record(CommsModal.Target target, String user, CommsText text, Locale locale) {
        Incident incident = incidents.find(target.incidentId()).orElse(null);
        if (incident == null) {
            return new Recorded(null, null, texts.get(locale, "error.not-found",
                    Mrkdwn.escapeAndCut(target.incidentId(), 50)));
        }
        String refusal = permissions.refusal(user, CsirtAction.DRAFT_COMMS, incident, locale);
        if (refusal != null) {
            return new Recorded(incident, null, refusal);
        }
        Change change = target.commsId() == null
                ? communications.draft(incident.id(), user, target.kind(), target.language(), text)
                : communications.edit(incident.id(), user, target.commsId(), target.basedOn(), text);
        return change.done() ? new Recorded(incident, change, null)
                : new Recorded(incident, change, words.refusal(locale, change, target.commsId(), target.basedOn()));
    }

    /** The person's text given back, so nothing they wrote is lost. */
    private static String given(CommsText text) {
        return Mrkdwn.quoted(text.subject() + "\n\n" + text.text(), RoomCommands.GIVEN_BACK_MAX + CommsText.SUBJECT_MAX);
    }

    private static Response error(ViewSubmissionContext ctx, String message) {
        return ctx.ack(r -> r.responseAction("errors").errors(Map.of(CommsModal.SUBJECT, message)));
    }
}
