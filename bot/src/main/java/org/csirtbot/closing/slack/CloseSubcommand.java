package org.csirtbot.closing.slack;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

import org.csirtbot.closing.ClosureCriteria;
import org.csirtbot.closing.IncidentClosing;
import org.csirtbot.closing.IncidentClosing.Closing;
import org.csirtbot.closing.RoomClosing;
import org.csirtbot.incident.Incident;
import org.csirtbot.incident.access.CsirtAction;
import org.csirtbot.incident.slack.RoomCommands;
import org.csirtbot.incident.slack.SlackIncidentRooms;
import org.csirtbot.slack.IncidentSubcommand;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;

/**
 * {@code /incident close} in an incident's room: its commander or deputy closes it once the closure criteria are
 * met, or is told everything still missing at once. Once closed, the post-incident report is posted to the room and
 * the pinned summary shows the incident closed; the room is archived later ({@link RoomClosing}).
 */
@SlackComponent
class CloseSubcommand implements IncidentSubcommand {

    private static final Logger log = LoggerFactory.getLogger(CloseSubcommand.class);

    private final RoomCommands room;
    private final IncidentClosing closing;
    private final RoomClosing roomClosing;
    private final SlackIncidentRooms rooms;
    private final Texts texts;
    private final Clock clock;
    private final Executor work;

    CloseSubcommand(RoomCommands room, IncidentClosing closing, RoomClosing roomClosing, SlackIncidentRooms rooms,
                    Texts texts, Clock clock, @Qualifier("slackWork") Executor work) {
        this.room = room;
        this.closing = closing;
        this.roomClosing = roomClosing;
        this.rooms = rooms;
        this.texts = texts;
        this.clock = clock;
        this.work = work;
    }

    @Override
    public String name() {
        return "close";
    }

    @Override
    public Response handle(Invocation invocation, SlashCommandContext ctx) {
        return room.run(invocation, ctx, new RoomCommands.RoomAction(CsirtAction.CLOSE, "close.pending",
                "error.not-recorded", (incident, locale) -> close(incident, invocation, locale)));
    }

    private String close(Incident incident, Invocation invocation, Locale locale) {
        Closing closed = closing.close(incident.id(), invocation.userId());
        return switch (closed.outcome()) {
            case CLOSED -> {
                work.execute(() -> followUp(closed.incident()));
                yield texts.get(locale, "close.done", incident.id(), archiveWhen(closed.incident(), locale));
            }
            case MISSING -> texts.get(locale, "close.missing", incident.id(), missing(closed, locale));
            case CONTENDED -> texts.get(locale, "close.contended", incident.id());
        };
    }

    /** The report to the room, the summary showing the incident closed, and the room archived if due already. */
    private void followUp(Incident incident) {
        try {
            roomClosing.publishReport(incident.id());
        } catch (RuntimeException e) {
            log.warn("The report of {} is not posted yet; it will be with the next archive check: {}", incident.id(),
                    e.getMessage());
        }
        rooms.refreshSummaryNow(incident);
        if (!clock.instant().isBefore(roomClosing.archiveDueAt(incident))) {
            roomClosing.archiveDue();
        }
    }

    private String archiveWhen(Incident incident, Locale locale) {
        Instant due = roomClosing.archiveDueAt(incident);
        if (!due.isAfter(clock.instant())) {
            return texts.get(locale, "close.archive-now");
        }
        return texts.get(locale, "close.archive-at",
                "<!date^" + due.getEpochSecond() + "^{date_short_pretty} {time}|" + due + ">");
    }

    private String missing(Closing closed, Locale locale) {
        return closed.missing().stream().map(m -> "\n" + texts.get(locale, "text.list-item", missing(m, closed.incident(), locale))).collect(Collectors.joining());
    }

    private String missing(ClosureCriteria.Missing missing, Incident incident, Locale locale) {
        String key = "close.missing." + missing.criterion().name().toLowerCase(Locale.ROOT);
        return switch (missing.criterion()) {
            case POST_INCIDENT -> texts.get(locale, key, texts.get(locale, "status." + incident.status().code()));
            case LESSONS -> texts.get(locale, key, texts.get(locale, "severity." + incident.severity().name()),
                    questions(missing.items(), locale));
            case MANDATORY_STEPS, PLAYBOOK_CRITERIA, RUNNING_CLOCKS, PLAYBOOKS_NOT_STARTED -> texts.get(locale, key,
                    missing.items().stream().map(Mrkdwn::escape).collect(Collectors.joining(", ")));
            default -> texts.get(locale, key);
        };
    }

    private String questions(List<String> ids, Locale locale) {
        return ids.stream().map(id -> "“" + texts.get(locale, "lessons.question." + id) + "”")
                .collect(Collectors.joining(", "));
    }
}
