package org.csirtbot.classification.slack;

import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Function;

import org.csirtbot.classification.ClassificationChanges.ClassificationChange;
import org.csirtbot.classification.ClassificationChanges.Outcome;
import org.csirtbot.incident.Incident;
import org.csirtbot.incident.Incidents;
import org.csirtbot.incident.LogEntry;
import org.csirtbot.incident.access.CsirtAction;
import org.csirtbot.incident.slack.RoomCommands;
import org.csirtbot.incident.slack.SlackIncidentRooms;
import org.csirtbot.slack.IncidentSubcommand.Invocation;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;
import org.csirtbot.slack.UserLocales;
import org.csirtbot.slack.gateway.SideEffectKey;
import org.csirtbot.slack.gateway.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;

/**
 * What {@code /incident tlp} and {@code /incident confidential} share: the change made in the room by its commander or
 * deputy ({@link CsirtAction#CLASSIFY}), the answer to the person, and after a change, off the request's thread: the
 * room moved to a private one when the incident became restricted in a public room ({@link PrivateRoomMove}), else
 * the summary and topic refreshed; then the change told in the room, never in a public room of a restricted incident.
 */
@SlackComponent
class ClassificationCommands {

    private static final Logger log = LoggerFactory.getLogger(ClassificationCommands.class);

    private final RoomCommands room;
    private final PrivateRoomMove move;
    private final SlackIncidentRooms rooms;
    private final Incidents incidents;
    private final SlackGateway slack;
    private final Texts texts;
    private final Locale roomLocale;
    private final Executor work;

    ClassificationCommands(RoomCommands room, PrivateRoomMove move, SlackIncidentRooms rooms, Incidents incidents,
                           SlackGateway slack, Texts texts, UserLocales locales, @Qualifier("slackWork") Executor work) {
        this.room = room;
        this.move = move;
        this.rooms = rooms;
        this.incidents = incidents;
        this.slack = slack;
        this.texts = texts;
        this.roomLocale = locales.fallback();
        this.work = work;
    }

    /** What a subcommand says of its change: to the person (changed, or already so) and, once changed, to the room. */
    interface Telling {
        String changed(Locale locale, ClassificationChange change);

        String unchanged(Locale locale, Incident incident);

        String announced(Locale locale, ClassificationChange change);
    }

    /** Makes the change in the room, if the person may, and tells them what became of it. */
    Response run(Invocation invocation, SlashCommandContext ctx, Function<Incident, ClassificationChange> change,
                 Telling telling) {
        return room.run(invocation, ctx, new RoomCommands.RoomAction(CsirtAction.CLASSIFY, "classification.pending",
                "error.not-recorded", (incident, locale) -> {
                    ClassificationChange made = change.apply(incident);
                    if (made.outcome() == Outcome.CHANGED) {
                        work.execute(() -> after(made, telling));
                    }
                    return answer(locale, made, telling);
                }));
    }

    private String answer(Locale locale, ClassificationChange change, Telling telling) {
        return switch (change.outcome()) {
            case CHANGED -> telling.changed(locale, change)
                    + (change.movesRoom() ? " " + texts.get(locale, "classification.moving")
                    : change.staysPrivate() ? " " + texts.get(locale, "classification.stays-private") : "");
            case UNCHANGED -> telling.unchanged(locale, change.incident());
            case CONTENDED -> texts.get(locale, "classification.contended", change.incident().id());
        };
    }

    private void after(ClassificationChange change, Telling telling) {
        Incident incident = change.incident();
        if (change.movesRoom()) {
            if (!move.move(incident.id())) {
                return; // the recovery finishes the move; the change is in the log and in the new room's summary
            }
        } else {
            rooms.refreshSummary(incident, change.entry());
            rooms.refreshTopic(incident, change.entry());
        }
        announce(incident.id(), change.entry(), telling.announced(roomLocale, change));
    }

    private void announce(String incidentId, LogEntry entry, String text) {
        try {
            Incident latest = incidents.find(incidentId).orElseThrow();
            if (latest.restricted() && !latest.room().isPrivate()) {
                log.info("The change of {} is not told in its public room; its move will tell the private one", incidentId);
                return;
            }
            slack.postMessage(SideEffectKey.of("classified", incidentId, String.valueOf(entry.seq())),
                    latest.room().channelId(), text, null);
        } catch (RuntimeException e) {
            log.warn("Could not tell the room of {} about its classification: {}", incidentId, e.toString());
        }
    }
}
