package org.csirtbot.incident.slack;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.Incidents;
import org.csirtbot.incident.access.CsirtAction;
import org.csirtbot.slack.IncidentSubcommand;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.StoreWithinAck;
import org.csirtbot.slack.Texts;
import org.csirtbot.slack.gateway.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.modulith.NamedInterface;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.View;

/**
 * What every {@code /incident} subcommand run in a room does first: find the room's incident and check
 * the matrix (the person running it is in the room, since Slack takes commands only from members), all
 * within the store's time budget, never before the acknowledgement. A slow store is answered with the
 * command's "pending" text, and the outcome follows privately in the room.
 */
@NamedInterface("room")
@SlackComponent
public class RoomCommands {

    private static final Logger log = LoggerFactory.getLogger(RoomCommands.class);
    /** A form's trigger lasts three seconds from Slack sending it; opening the form needs what this budget leaves. */
    static final Duration FORM_CHECK_BUDGET = Duration.ofMillis(1000);

    private final Incidents incidents;
    private final Permissions permissions;
    private final StoreWithinAck store;
    private final SlackGateway slack;
    private final Texts texts;
    private final Executor work;
    private final Executor views;

    RoomCommands(Incidents incidents, Permissions permissions, StoreWithinAck store, SlackGateway slack, Texts texts,
                 @Qualifier("slackWork") Executor work, @Qualifier("slackViews") Executor views) {
        this.incidents = incidents;
        this.permissions = permissions;
        this.store = store;
        this.slack = slack;
        this.texts = texts;
        this.work = work;
        this.views = views;
    }

    /**
     * What a room command does once allowed: the action it needs, the texts for a slow and a failed store,
     * the work itself, which returns what to tell the person, and the text they typed, given back in the
     * failed store's text ({@code {0}}) so nothing they wrote is lost (null when there is none).
     */
    @NamedInterface("room")
    public record RoomAction(CsirtAction action, String pendingKey, String failedKey,
                      BiFunction<Incident, Locale, String> perform, String typed) {

        public RoomAction(CsirtAction action, String pendingKey, String failedKey, BiFunction<Incident, Locale, String> perform) {
            this(action, pendingKey, failedKey, perform, null);
        }

        String notRecorded(Texts texts, Locale locale) {
            return typed == null ? texts.get(locale, failedKey)
                    : texts.get(locale, failedKey, Mrkdwn.quoted(typed, GIVEN_BACK_MAX));
        }
    }

    /** How much of a person's own text a "not recorded" answer gives back: well inside a message's limits. */
    public static final int GIVEN_BACK_MAX = 3000;

    public Response run(IncidentSubcommand.Invocation invocation, SlashCommandContext ctx, RoomAction action) {
        Locale locale = invocation.locale();
        var answered = store.attempt(() -> answer(invocation, action));
        if (answered.failed()) {
            log.error("/incident in {} by {} failed", invocation.channelId(), invocation.userId(), answered.failure());
            return ctx.ack(action.notRecorded(texts, locale));
        }
        if (answered.late()) {
            answered.later().whenCompleteAsync((answer, failure) -> slack.postEphemeral(invocation.channelId(),
                    invocation.userId(), failure == null ? answer : action.notRecorded(texts, locale)), work);
            return ctx.ack(texts.get(locale, action.pendingKey()));
        }
        return ctx.ack(answered.value());
    }

    private String answer(IncidentSubcommand.Invocation invocation, RoomAction action) {
        Checked checked = check(invocation, action.action());
        return checked.refusal() != null ? checked.refusal() : action.perform().apply(checked.incident(), invocation.locale());
    }

    /** The room's incident, and why the person may not act on it (null when they may). */
    private record Checked(Incident incident, String refusal) {
    }

    private Checked check(IncidentSubcommand.Invocation invocation, CsirtAction action) {
        Locale locale = invocation.locale();
        Incident incident = incidents.inChannel(invocation.channelId()).orElse(null);
        if (incident == null) {
            // a room the incident left for a private one: nothing more of it happens here
            return new Checked(null, incidents.movedFrom(invocation.channelId())
                    .map(moved -> texts.get(locale, "incident.room-moved", moved.id(), moved.room().channelId()))
                    .orElseGet(() -> texts.get(locale, "incident.not-in-room")));
        }
        return new Checked(incident, permissions.refusalInRoom(invocation.userId(), action, incident, locale));
    }

    /**
     * For a room command that opens a form: the incident found and the matrix checked within the store's budget, then
     * the form opened on the views executor, so someone who may not act never sees it. The trigger lasts three seconds,
     * so the check has a shorter budget, and one that takes longer only asks the person to try again ({@code slowKey}).
     */
    public Response openForm(IncidentSubcommand.Invocation invocation, SlashCommandContext ctx, CsirtAction action,
                      String slowKey, BiFunction<Incident, Locale, View> form) {
        return openStoredForm(invocation, ctx, action, slowKey,
                (incident, locale) -> Form.of(() -> form.apply(incident, locale)));
    }

    /** A form to open (made when it is opened), or why not: what to tell the person instead. */
    @NamedInterface("room")
    public record Form(Supplier<View> view, String refusal) {
        public static Form of(Supplier<View> view) {
            return new Form(view, null);
        }

        public static Form refused(String refusal) {
            return new Form(null, refusal);
        }
    }

    /**
     * As {@link #openForm}, for a form filled from what is stored (a text to edit): {@code form} reads it within the
     * check's budget, so what it refuses (something named that does not exist) is told at once instead of the form.
     */
    public Response openStoredForm(IncidentSubcommand.Invocation invocation, SlashCommandContext ctx, CsirtAction action,
                                   String slowKey, BiFunction<Incident, Locale, Form> form) {
        Locale locale = invocation.locale();
        var checked = store.attempt(() -> {
            Checked c = check(invocation, action);
            return c.refusal() != null ? Form.refused(c.refusal()) : form.apply(c.incident(), locale);
        }, FORM_CHECK_BUDGET);
        if (checked.failed()) {
            log.error("/incident in {} by {} failed", invocation.channelId(), invocation.userId(), checked.failure());
            return ctx.ack(texts.get(locale, "error.not-read"));
        }
        if (checked.late()) {
            return ctx.ack(texts.get(locale, slowKey));
        }
        if (checked.value().refusal() != null) {
            return ctx.ack(checked.value().refusal());
        }
        views.execute(() -> {
            try {
                slack.openView(invocation.triggerId(), checked.value().view().get());
            } catch (RuntimeException e) {
                log.error("Could not open a form for {} in {}", invocation.userId(), invocation.channelId(), e);
            }
        });
        return ctx.ack();
    }
}
