package org.csirtbot.closing.slack;

import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

import org.csirtbot.closing.IncidentClosing;
import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentLifecycle;
import org.csirtbot.incident.IncidentLifecycle.StatusChange;
import org.csirtbot.incident.IncidentStatus;
import org.csirtbot.incident.access.CsirtAction;
import org.csirtbot.incident.slack.RoomCommands;
import org.csirtbot.incident.slack.SlackIncidentRooms;
import org.csirtbot.slack.IncidentSubcommand;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;
import org.csirtbot.slack.gateway.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;

/**
 * {@code /incident resolve} in an incident's room: its commander or deputy moves it to post-incident and gets the
 * lessons-learned form, filled in with the answers so far. The form opens first, on its own executor (its trigger
 * expires in three seconds); the status change follows, a status change like any other.
 */
@SlackComponent
class ResolveSubcommand implements IncidentSubcommand {

    private static final Logger log = LoggerFactory.getLogger(ResolveSubcommand.class);

    private final RoomCommands room;
    private final IncidentClosing closing;
    private final IncidentLifecycle lifecycle;
    private final SlackIncidentRooms rooms;
    private final LessonsModal modal;
    private final SlackGateway slack;
    private final Texts texts;
    private final Executor views;
    private final Executor work;

    ResolveSubcommand(RoomCommands room, IncidentClosing closing, IncidentLifecycle lifecycle, SlackIncidentRooms rooms,
                      LessonsModal modal, SlackGateway slack, Texts texts, @Qualifier("slackViews") Executor views,
                      @Qualifier("slackWork") Executor work) {
        this.room = room;
        this.closing = closing;
        this.lifecycle = lifecycle;
        this.rooms = rooms;
        this.modal = modal;
        this.slack = slack;
        this.texts = texts;
        this.views = views;
        this.work = work;
    }

    @Override
    public String name() {
        return "resolve";
    }

    @Override
    public Response handle(Invocation invocation, SlashCommandContext ctx) {
        return room.run(invocation, ctx, new RoomCommands.RoomAction(CsirtAction.CHANGE_STATUS, "resolve.pending",
                "error.not-recorded", (incident, locale) -> resolve(incident, invocation, locale)));
    }

    private String resolve(Incident incident, Invocation invocation, Locale locale) {
        if (!closing.resolvable(incident)) {
            return notAllowed(incident.status(), locale);
        }
        views.execute(() -> openForm(incident, invocation, locale));
        if (incident.status() == IncidentStatus.POST_INCIDENT) {
            return texts.get(locale, "resolve.again", incident.id());
        }
        StatusChange change = lifecycle.changeStatus(incident.id(), invocation.userId(), IncidentStatus.POST_INCIDENT);
        return switch (change.outcome()) {
            case CHANGED -> {
                work.execute(() -> rooms.refreshSummary(change.incident()));
                yield texts.get(locale, "resolve.moved", incident.id(), phase(locale, change.from()));
            }
            case UNCHANGED -> texts.get(locale, "resolve.again", incident.id());
            case NOT_ALLOWED, CLOSE_INSTEAD -> notAllowed(change.from(), locale);
            case CONTENDED -> texts.get(locale, "incident.status.contended", incident.id(), phase(locale, change.from()));
        };
    }

    private void openForm(Incident incident, Invocation invocation, Locale locale) {
        try {
            slack.openView(invocation.triggerId(), modal.form(locale, incident));
        } catch (RuntimeException e) {
            // e.g. the trigger expired while the store was slow: the person would wait for a form that never comes
            log.error("Could not open the lessons-learned form of {} for {}", incident.id(), invocation.userId(), e);
            slack.postEphemeral(invocation.channelId(), invocation.userId(),
                    texts.get(locale, "resolve.form-not-opened", incident.id()));
        }
    }

    private String notAllowed(IncidentStatus from, Locale locale) {
        String next = closing.nextPhases(from).stream().map(p -> "`" + p.code() + "` (" + phase(locale, p) + ")")
                .collect(Collectors.joining(", "));
        return texts.get(locale, "resolve.not-allowed", phase(locale, from), next.isEmpty() ? "—" : next);
    }

    private String phase(Locale locale, IncidentStatus phase) {
        return texts.get(locale, "status." + phase.code());
    }
}
