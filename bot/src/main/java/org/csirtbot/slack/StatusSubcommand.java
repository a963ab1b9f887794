package org.csirtbot.slack;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

import org.csirtbot.incident.CsirtAction;
import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentLifecycle;
import org.csirtbot.incident.IncidentLifecycle.StatusChange;
import org.csirtbot.incident.IncidentStatus;
import org.csirtbot.incident.Incidents;
import org.csirtbot.slack.gateway.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;

/**
 * {@code /incident status <phase>} in an incident's room: its commander or deputy moves it to the next lifecycle
 * phase; the pinned summary then shows the new status. Answers only the person who asked.
 */
@SlackComponent
class StatusSubcommand implements IncidentSubcommand {

    private static final Logger log = LoggerFactory.getLogger(StatusSubcommand.class);

    private final Incidents incidents;
    private final IncidentLifecycle lifecycle;
    private final Permissions permissions;
    private final SlackIncidentRooms rooms;
    private final SlackGateway slack;
    private final StoreWithinAck store;
    private final Texts texts;
    private final Executor work;

    StatusSubcommand(Incidents incidents, IncidentLifecycle lifecycle, Permissions permissions,
                     SlackIncidentRooms rooms, SlackGateway slack, StoreWithinAck store, Texts texts,
                     @Qualifier("slackWork") Executor work) {
        this.incidents = incidents;
        this.lifecycle = lifecycle;
        this.permissions = permissions;
        this.rooms = rooms;
        this.slack = slack;
        this.store = store;
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
        var answered = store.attempt(() -> change(invocation, phase.get()));
        if (answered.failed()) {
            log.error("Could not change the status in {}", invocation.channelId(), answered.failure());
            return ctx.ack(texts.get(locale, "error.not-recorded"));
        }
        if (answered.late()) {
            answered.later().whenCompleteAsync((answer, failure) -> slack.postEphemeral(invocation.channelId(),
                    invocation.userId(), failure == null ? answer : texts.get(locale, "error.not-recorded")), work);
            return ctx.ack(texts.get(locale, "incident.status.pending"));
        }
        return ctx.ack(answered.value());
    }

    /** Changes the status if allowed; returns what to tell the person. */
    private String change(Invocation invocation, IncidentStatus to) {
        Locale locale = invocation.locale();
        Optional<Incident> found = incidents.inChannel(invocation.channelId());
        if (found.isEmpty()) {
            return texts.get(locale, "incident.status.no-room");
        }
        Incident incident = found.get();
        String refusal = permissions.refusal(invocation.userId(), CsirtAction.CHANGE_STATUS, incident, locale);
        if (refusal != null) {
            return refusal;
        }
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
