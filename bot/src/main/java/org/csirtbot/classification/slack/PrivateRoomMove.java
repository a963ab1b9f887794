package org.csirtbot.classification.slack;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.csirtbot.classification.RoomMove;
import org.csirtbot.classification.RoomMoved;
import org.csirtbot.classification.RoomMoves;
import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentRooms.CreatedChannel;
import org.csirtbot.incident.Incidents;
import org.csirtbot.incident.LogEntry;
import org.csirtbot.incident.slack.MovedRooms;
import org.csirtbot.incident.slack.SlackIncidentRooms;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;
import org.csirtbot.slack.UserLocales;
import org.csirtbot.slack.gateway.SideEffectKey;
import org.csirtbot.slack.gateway.SlackCallRejected;
import org.csirtbot.slack.gateway.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Moves an incident that became restricted out of its public room into a private one, in steps: the move begun
 * ({@link RoomMoves}); the private channel made (recorded), its topic and purpose set, the old room's members now and
 * the role holders invited, the summary posted (recorded) and pinned; the incident's room replaced by the new one and
 * the move logged, in one update; {@link RoomMoved} published (running playbooks show their open steps there); a word
 * in the new room; in the old one, a pointer without anything restricted, its pinned summary replaced by the same
 * pointer, and the room archived; the move finished, and the summary refreshed (the executive summary follows). Each
 * Slack effect is keyed by the move and each result recorded, so a move resumed after a crash or an outage (by
 * {@link RoomMoveRecovery}) goes on where it stopped and does nothing twice; one move of an incident at a time.
 */
@SlackComponent
class PrivateRoomMove {

    private static final Logger log = LoggerFactory.getLogger(PrivateRoomMove.class);

    private final RoomMoves moves;
    private final MovedRooms rooms;
    private final SlackIncidentRooms summaries;
    private final Incidents incidents;
    private final SlackGateway slack;
    private final ApplicationEventPublisher events;
    private final Texts texts;
    private final Locale locale;
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    PrivateRoomMove(RoomMoves moves, MovedRooms rooms, SlackIncidentRooms summaries, Incidents incidents,
                    SlackGateway slack, ApplicationEventPublisher events, Texts texts, UserLocales locales) {
        this.moves = moves;
        this.rooms = rooms;
        this.summaries = summaries;
        this.incidents = incidents;
        this.slack = slack;
        this.events = events;
        this.texts = texts;
        this.locale = locales.fallback();
    }

    /** Makes or finishes the incident's move, if it needs one; whether nothing is left to do. Logs rather than throws. */
    boolean move(String incidentId) {
        synchronized (locks.computeIfAbsent(incidentId, id -> new Object())) {
            try {
                Incident incident = incidents.find(incidentId).orElse(null);
                Optional<RoomMove> move = incident == null ? Optional.empty() : moves.find(incidentId);
                if (incident != null && move.isEmpty() && RoomMoves.needed(incident)) {
                    move = moves.begin(incident);
                }
                if (move.isPresent() && !move.get().finished()) {
                    finish(incident, move.get());
                }
                return true;
            } catch (RuntimeException e) {
                log.warn("The move of {} to a private room stopped; it will be resumed: {}", incidentId, e.toString());
                return false;
            }
        }
    }

    private void finish(Incident incident, RoomMove move) {
        RoomMove switched = move.switched() ? move : prepare(incident, move);
        Incident moved = incidents.find(incident.id()).orElseThrow();
        if (!switched.to().equals(moved.room().channelId())) {
            throw new IllegalStateException("the room of " + incident.id() + " is neither the old nor the new one");
        }
        String here = texts.get(locale, "room.moved.here", moved.id(), switched.from(), restrictions(moved));
        unlessRefused("tell the new room of", moved, () -> slack.postMessage(key("moved-here", moved), switched.to(),
                here, null));
        events.publishEvent(new RoomMoved(moved, switched.from()));
        leave(moved, switched);
        moves.finished(switched);
        moves.logged(switched).ifPresent(entry -> summaries.refreshSummary(moved, entry));
    }

    /** Everything up to the incident's room replaced: the private room made, furnished and its summary pinned. */
    private RoomMove prepare(Incident incident, RoomMove move) {
        if (move.to() == null) {
            CreatedChannel channel = rooms.create(incident);
            move = moves.created(move, channel.id(), channel.name());
        }
        rooms.describe(incident, move.to());
        List<String> members = members(incident, move.from());
        rooms.invite(incident, move.to(), members);
        if (move.summaryTs() == null) {
            move = moves.summaryPosted(move, rooms.postSummary(incident, move.to()));
        }
        rooms.pin(incident, move.to(), move.summaryTs());
        Optional<LogEntry> logged = moves.switchRoom(move, members);
        log.info("{} moved from {} to the private room {} ({})", incident.id(), move.from(), move.to(),
                logged.map(e -> "log entry " + e.seq()).orElse("switched before"));
        return moves.find(incident.id()).orElseThrow();
    }

    /** Who is in the old room now, and the holders of the incident's roles. */
    private List<String> members(Incident incident, String from) {
        Set<String> members = new LinkedHashSet<>(rooms.members(from));
        if (incident.commanderId() != null) {
            members.add(incident.commanderId());
        }
        incident.roles().forEach(r -> members.add(r.userId()));
        return new ArrayList<>(members);
    }

    /** The old room: a pointer, its summary replaced by one, and archived; nothing restricted is said there. */
    private void leave(Incident incident, RoomMove move) {
        String pointer = texts.get(locale, "room.moved.pointer", incident.id(), move.to());
        unlessRefused("leave a pointer in the old room of", incident,
                () -> slack.postMessage(key("moved-pointer", incident), move.from(), pointer, null));
        if (move.fromSummaryTs() != null) {
            String summary = texts.get(locale, "room.moved.summary", incident.id(), move.to());
            unlessRefused("replace the old summary of", incident, () -> slack.updateMessage(
                    key("moved-summary-left", incident), move.from(), move.fromSummaryTs(), summary,
                    List.of(section(s -> s.text(markdownText(summary))))));
        }
        unlessRefused("archive the old room of", incident,
                () -> slack.archive(key("moved-archive", incident), move.from()));
    }

    /**
     * Does a step of leaving that Slack may refuse for good (a message deleted, archiving not allowed): the move goes
     * on without it, as trying again would be refused again. A step Slack did not answer is thrown, to be resumed.
     */
    private static void unlessRefused(String what, Incident incident, Runnable step) {
        try {
            step.run();
        } catch (SlackCallRejected e) {
            log.warn("Slack refused to {} {}: {}; the move goes on", what, incident.id(), e.error());
        }
    }

    /** Why the incident is restricted: confidential, its TLP, or both. */
    private String restrictions(Incident incident) {
        List<String> why = new ArrayList<>();
        if (incident.confidential()) {
            why.add(texts.get(locale, "classification.restricted.confidential"));
        }
        if (incident.tlp().restrictsRoom()) {
            why.add("TLP:" + incident.tlp().label());
        }
        return String.join(", ", why);
    }

    private static SideEffectKey key(String what, Incident incident) {
        return SideEffectKey.of(what, incident.id());
    }
}
