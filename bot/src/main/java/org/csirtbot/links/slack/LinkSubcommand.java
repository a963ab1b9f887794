package org.csirtbot.links.slack;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.access.CsirtAction;
import org.csirtbot.incident.slack.RoomCommands;
import org.csirtbot.links.IncidentLinks;
import org.csirtbot.slack.IncidentSubcommand;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;
import org.springframework.beans.factory.annotation.Qualifier;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;

/**
 * {@code /incident link INC-… [why]} in an incident's room links it to another incident both ways (those who may add
 * notes to it, and may read the other: a restricted one only its room's members); both rooms are told, a restricted
 * incident never named in the other's room. {@code /incident link} alone lists the links the person may see.
 */
@SlackComponent
class LinkSubcommand implements IncidentSubcommand {

    private final RoomCommands room;
    private final IncidentLinks links;
    private final LinkRooms rooms;
    private final Texts texts;
    private final Executor work;

    LinkSubcommand(RoomCommands room, IncidentLinks links, LinkRooms rooms, Texts texts,
                   @Qualifier("slackWork") Executor work) {
        this.room = room;
        this.links = links;
        this.rooms = rooms;
        this.texts = texts;
        this.work = work;
    }

    @Override
    public String name() {
        return "link";
    }

    @Override
    public Response handle(Invocation invocation, SlashCommandContext ctx) {
        String argument = invocation.argument() == null ? "" : invocation.argument().strip();
        if (argument.isEmpty()) {
            return room.run(invocation, ctx, new RoomCommands.RoomAction(CsirtAction.READ_INCIDENT, "link.pending",
                    "error.not-read", (incident, locale) -> list(incident, invocation.userId(), locale)));
        }
        String[] parts = argument.split("\\s+", 2);
        String reason = parts.length > 1 ? parts[1].strip() : "";
        if (reason.codePointCount(0, reason.length()) > IncidentLinks.REASON_MAX) {
            return ctx.ack(texts.get(invocation.locale(), "incident.severity.reason-too-long", IncidentLinks.REASON_MAX));
        }
        return room.run(invocation, ctx, new RoomCommands.RoomAction(CsirtAction.ADD_NOTE, "link.pending",
                "error.not-recorded", (incident, locale) -> link(incident, parts[0], invocation.userId(), reason, locale),
                argument));
    }

    private String link(Incident incident, String otherId, String user, String reason, Locale locale) {
        Optional<Incident> found = rooms.readable(otherId, user);
        if (found.isEmpty()) {
            return texts.get(locale, "link.unknown", Mrkdwn.escapeAndCut(otherId, 40));
        }
        Incident other = found.get();
        if (other.id().equals(incident.id())) {
            return texts.get(locale, "link.itself", incident.id());
        }
        if (!links.link(incident, other, user, reason)) {
            return texts.get(locale, "link.already", incident.id(), other.id());
        }
        work.execute(() -> {
            rooms.tell(incident, other, "link.room", user, reason, "incident-linked");
            rooms.tell(other, incident, "link.room", user, reason, "incident-linked");
        });
        return texts.get(locale, "link.done", incident.id(), other.id());
    }

    private String list(Incident incident, String user, Locale locale) {
        String listed = links.linked(incident.id()).stream().map(id -> rooms.readable(id, user))
                .flatMap(Optional::stream)
                .map(other -> "\n" + texts.get(locale, "text.list-item", texts.get(locale, "link.list-item", other.id(),
                        Mrkdwn.escapeAndCut(other.title() == null ? "" : other.title(), 150),
                        texts.get(locale, "status." + other.status().code()))))
                .collect(Collectors.joining());
        return listed.isEmpty() ? texts.get(locale, "link.none", incident.id())
                : texts.get(locale, "link.list", incident.id(), listed);
    }
}
