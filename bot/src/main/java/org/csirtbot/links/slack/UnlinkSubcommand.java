package org.csirtbot.links.slack;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;

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

/** {@code /incident unlink INC-…} in an incident's room undoes a link, as {@link LinkSubcommand} made it. */
@SlackComponent
class UnlinkSubcommand implements IncidentSubcommand {

    private final RoomCommands room;
    private final IncidentLinks links;
    private final LinkRooms rooms;
    private final Texts texts;
    private final Executor work;

    UnlinkSubcommand(RoomCommands room, IncidentLinks links, LinkRooms rooms, Texts texts,
                     @Qualifier("slackWork") Executor work) {
        this.room = room;
        this.links = links;
        this.rooms = rooms;
        this.texts = texts;
        this.work = work;
    }

    @Override
    public String name() {
        return "unlink";
    }

    @Override
    public Response handle(Invocation invocation, SlashCommandContext ctx) {
        String otherId = invocation.argument() == null ? "" : invocation.argument().strip().split("\\s+", 2)[0];
        if (otherId.isEmpty()) {
            return ctx.ack(texts.get(invocation.locale(), "unlink.usage"));
        }
        return room.run(invocation, ctx, new RoomCommands.RoomAction(CsirtAction.ADD_NOTE, "link.pending",
                "error.not-recorded", (incident, locale) -> unlink(incident, otherId, invocation.userId(), locale)));
    }

    private String unlink(Incident incident, String otherId, String user, Locale locale) {
        Optional<Incident> found = rooms.readable(otherId, user);
        if (found.isEmpty()) {
            return texts.get(locale, "link.unknown", Mrkdwn.escapeAndCut(otherId, 40));
        }
        Incident other = found.get();
        if (!links.unlink(incident, other, user)) {
            return texts.get(locale, "unlink.not-linked", incident.id(), other.id());
        }
        work.execute(() -> {
            rooms.tell(incident, other, "unlink.room", user, null, "incident-unlinked");
            rooms.tell(other, incident, "unlink.room", user, null, "incident-unlinked");
        });
        return texts.get(locale, "unlink.done", incident.id(), other.id());
    }
}
