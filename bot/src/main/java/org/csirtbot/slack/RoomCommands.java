package org.csirtbot.slack;

import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;

import org.csirtbot.incident.CsirtAction;
import org.csirtbot.incident.Incident;
import org.csirtbot.incident.Incidents;
import org.csirtbot.slack.gateway.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;

/**
 * What every {@code /incident} subcommand run in a room does first: find the room's incident and check
 * the matrix (the person running it is in the room, since Slack takes commands only from members), all
 * within the store's time budget, never before the acknowledgement. A slow store is answered with the
 * command's "pending" text, and the outcome follows privately in the room.
 */
@SlackComponent
class RoomCommands {

    private static final Logger log = LoggerFactory.getLogger(RoomCommands.class);

    private final Incidents incidents;
    private final Permissions permissions;
    private final StoreWithinAck store;
    private final SlackGateway slack;
    private final Texts texts;
    private final Executor work;

    RoomCommands(Incidents incidents, Permissions permissions, StoreWithinAck store, SlackGateway slack, Texts texts,
                 @Qualifier("slackWork") Executor work) {
        this.incidents = incidents;
        this.permissions = permissions;
        this.store = store;
        this.slack = slack;
        this.texts = texts;
        this.work = work;
    }

    /**
     * What a room command does once allowed: the action it needs, the texts for a slow and a failed store,
     * and the work itself, which returns what to tell the person.
     */
    record RoomAction(CsirtAction action, String pendingKey, String failedKey,
                      BiFunction<Incident, Locale, String> perform) {
    }

    Response run(IncidentSubcommand.Invocation invocation, SlashCommandContext ctx, RoomAction action) {
        Locale locale = invocation.locale();
        var answered = store.attempt(() -> answer(invocation, action));
        if (answered.failed()) {
            log.error("/incident in {} by {} failed", invocation.channelId(), invocation.userId(), answered.failure());
            return ctx.ack(texts.get(locale, action.failedKey()));
        }
        if (answered.late()) {
            answered.later().whenCompleteAsync((answer, failure) -> slack.postEphemeral(invocation.channelId(),
                    invocation.userId(), failure == null ? answer : texts.get(locale, action.failedKey())), work);
            return ctx.ack(texts.get(locale, action.pendingKey()));
        }
        return ctx.ack(answered.value());
    }

    private String answer(IncidentSubcommand.Invocation invocation, RoomAction action) {
        Locale locale = invocation.locale();
        Incident incident = incidents.inChannel(invocation.channelId()).orElse(null);
        if (incident == null) {
            return texts.get(locale, "incident.not-in-room");
        }
        String refusal = permissions.refusalInRoom(invocation.userId(), action.action(), incident, locale);
        return refusal != null ? refusal : action.perform().apply(incident, locale);
    }
}
