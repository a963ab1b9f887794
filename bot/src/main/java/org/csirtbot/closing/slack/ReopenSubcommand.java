package org.csirtbot.closing.slack;

import java.util.Locale;
import java.util.concurrent.Executor;

import org.csirtbot.closing.IncidentClosing;
import org.csirtbot.closing.IncidentClosing.Reopening;
import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentStatus;
import org.csirtbot.incident.SeverityChanges;
import org.csirtbot.incident.access.CsirtAction;
import org.csirtbot.incident.slack.Permissions;
import org.csirtbot.incident.slack.RoomCommands;
import org.csirtbot.incident.slack.SlackIncidentRooms;
import org.csirtbot.slack.IncidentSubcommand;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;
import org.csirtbot.slack.UserLocales;
import org.csirtbot.slack.gateway.SideEffectKey;
import org.csirtbot.slack.gateway.SlackGateway;
import org.springframework.beans.factory.annotation.Qualifier;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;

/**
 * {@code /incident reopen <reason>} in a closed incident's room (before it is archived): whoever may close it (its
 * commander or deputy, {@link CsirtAction#CLOSE} as if it were open) takes it back to the phase it was closed from,
 * saying why; the room is told and the summaries show it open again.
 */
@SlackComponent
class ReopenSubcommand implements IncidentSubcommand {

    private final RoomCommands room;
    private final Permissions permissions;
    private final IncidentClosing closing;
    private final SlackIncidentRooms rooms;
    private final SlackGateway slack;
    private final UserLocales locales;
    private final Texts texts;
    private final Executor work;

    ReopenSubcommand(RoomCommands room, Permissions permissions, IncidentClosing closing, SlackIncidentRooms rooms,
                     SlackGateway slack, UserLocales locales, Texts texts, @Qualifier("slackWork") Executor work) {
        this.room = room;
        this.permissions = permissions;
        this.closing = closing;
        this.rooms = rooms;
        this.slack = slack;
        this.locales = locales;
        this.texts = texts;
        this.work = work;
    }

    @Override
    public String name() {
        return "reopen";
    }

    @Override
    public Response handle(Invocation invocation, SlashCommandContext ctx) {
        String reason = invocation.argument() == null ? "" : invocation.argument().strip();
        // read access lets the check reach a closed incident; who may reopen is checked on it below
        return room.run(invocation, ctx, new RoomCommands.RoomAction(CsirtAction.READ_INCIDENT, "reopen.pending",
                "error.not-recorded", (incident, locale) -> reopen(incident, invocation.userId(), reason, locale)));
    }

    private String reopen(Incident incident, String user, String reason, Locale locale) {
        if (incident.status() != IncidentStatus.CLOSED) {
            return texts.get(locale, "reopen.not-closed", incident.id());
        }
        if (incident.retention() != null && incident.retention().purged()) {
            return texts.get(locale, "reopen.purged", incident.id()); // its commander is purged too
        }
        String refusal = permissions.refusal(user, CsirtAction.CLOSE, asOpen(incident), locale);
        if (refusal != null) {
            return refusal;
        }
        if (reason.isEmpty()) {
            return texts.get(locale, "reopen.usage");
        }
        if (!SeverityChanges.fits(reason)) {
            return texts.get(locale, "incident.severity.reason-too-long", SeverityChanges.REASON_MAX);
        }
        Reopening reopened = closing.reopen(incident.id(), user, reason);
        return switch (reopened.outcome()) {
            case REOPENED -> {
                work.execute(() -> tellRoom(reopened, user, reason));
                yield texts.get(locale, "reopen.done", incident.id(), phase(locale, reopened.to()));
            }
            case NOT_CLOSED -> texts.get(locale, "reopen.not-closed", incident.id());
            case PURGED -> texts.get(locale, "reopen.purged", incident.id());
            case CONTENDED -> texts.get(locale, "close.contended", incident.id());
        };
    }

    private void tellRoom(Reopening reopened, String user, String reason) {
        Incident incident = reopened.incident();
        Locale locale = locales.fallback();
        slack.postMessage(SideEffectKey.of("incident-reopened", incident.id(),
                String.valueOf(incident.phases().get(incident.phases().size() - 1).startedAt())),
                incident.room().channelId(), texts.get(locale, "reopen.room", incident.id(), Mrkdwn.mention(user),
                        phase(locale, reopened.to()), Mrkdwn.escapeAndCut(reason, SeverityChanges.REASON_MAX)), null);
        rooms.refreshSummaryNow(incident);
    }

    private String phase(Locale locale, IncidentStatus phase) {
        return texts.get(locale, "status." + phase.code());
    }

    /** The incident as it would be open again: who may close it may reopen it. */
    private static Incident asOpen(Incident i) {
        return new Incident(i.id(), i.title(), i.severity(), i.category(), i.tlp(), i.confidential(),
                IncidentStatus.POST_INCIDENT, i.commanderId(), i.declaredBy(), i.declaredAt(), i.beganAt(),
                i.reportIds(), i.inviteReporters(), i.room(), i.phases(), i.roles(), i.closure(), i.retention(),
                i.exercise());
    }
}
