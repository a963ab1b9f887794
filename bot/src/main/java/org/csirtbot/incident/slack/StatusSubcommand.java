package org.csirtbot.incident.slack;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentLifecycle;
import org.csirtbot.incident.IncidentLifecycle.StatusChange;
import org.csirtbot.incident.IncidentStatus;
import org.csirtbot.incident.access.CsirtAction;
import org.csirtbot.slack.IncidentSubcommand;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;
import org.springframework.beans.factory.annotation.Qualifier;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;

/**
 * {@code /incident status <phase>} in an incident's room: its commander or deputy moves it to the next lifecycle
 * phase; the pinned summary then shows the new status. Answers only the person who asked.
 */
@SlackComponent
class StatusSubcommand implements IncidentSubcommand {

    private final RoomCommands room;
    private final IncidentLifecycle lifecycle;
    private final SlackIncidentRooms rooms;
    private final Texts texts;
    private final Executor work;

    StatusSubcommand(RoomCommands room, IncidentLifecycle lifecycle, SlackIncidentRooms rooms, Texts texts,
                     @Qualifier("slackWork") Executor work) {
        this.room = room;
        this.lifecycle = lifecycle;
        this.rooms = rooms;
        this.texts = texts;
        this.work = work;
    }

    @Override
    public String name() {
        return "status";
    }

    @Override
    public Response handle(Invocation invocation, SlashCommandContext ctx) {
        Locale locale = invocation.locale();
        Optional<IncidentStatus> phase = IncidentStatus.ofCode(invocation.argument().toLowerCase(Locale.ROOT));
        if (phase.isEmpty()) {
            return ctx.ack(texts.get(locale, "incident.status.unknown",
                    Mrkdwn.escapeAndCut(invocation.argument(), 50), phases(locale, Arrays.asList(IncidentStatus.values()))));
        }
        return room.run(invocation, ctx, new RoomCommands.RoomAction(CsirtAction.CHANGE_STATUS,
                "incident.status.pending", "error.not-recorded",
                (incident, ignored) -> change(incident, invocation, phase.get())));
    }

    /** Changes the status if allowed; returns what to tell the person. */
    private String change(Incident incident, Invocation invocation, IncidentStatus to) {
        Locale locale = invocation.locale();
        StatusChange change = lifecycle.changeStatus(incident.id(), invocation.userId(), to);
        String from = phase(locale, change.from());
        return switch (change.outcome()) {
            case CHANGED -> {
                work.execute(() -> rooms.refreshSummary(change.incident()));
                yield texts.get(locale, "incident.status.changed", incident.id(), from, phase(locale, to));
            }
            case UNCHANGED -> texts.get(locale, "incident.status.unchanged", incident.id(), from);
            case CLOSE_INSTEAD -> texts.get(locale, "incident.status.close-instead");
            case NOT_ALLOWED -> notAllowed(locale, change, to);
            case CONTENDED -> texts.get(locale, "incident.status.contended", incident.id(), from);
        };
    }

    private String notAllowed(Locale locale, StatusChange change, IncidentStatus to) {
        String refusal = texts.get(locale, "incident.status.not-allowed", phase(locale, change.from()),
                phase(locale, to), phases(locale, change.next().stream().filter(p -> p != IncidentStatus.CLOSED).toList()));
        return change.next().contains(IncidentStatus.CLOSED)
                ? refusal + " " + texts.get(locale, "incident.status.close-instead") : refusal;
    }

    private String phases(Locale locale, Collection<IncidentStatus> phases) {
        return phases.stream().map(p -> "`" + p.code() + "` (" + phase(locale, p) + ")")
                .collect(Collectors.joining(", "));
    }

    private String phase(Locale locale, IncidentStatus phase) {
        return texts.get(locale, "status." + phase.code());
    }
}
