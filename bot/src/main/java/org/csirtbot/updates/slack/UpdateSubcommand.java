package org.csirtbot.updates.slack;

import org.csirtbot.incident.access.CsirtAction;
import org.csirtbot.incident.slack.RoomCommands;
import org.csirtbot.slack.IncidentSubcommand;
import org.csirtbot.slack.SlackComponent;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;

/**
 * {@code /incident update} in an incident's room: its commander, deputy or comms opens the status update form; anyone
 * else, or anyone in the room of a closed incident, is told why not and sees no form.
 */
@SlackComponent
class UpdateSubcommand implements IncidentSubcommand {

    private final RoomCommands room;
    private final UpdateModal modal;

    UpdateSubcommand(RoomCommands room, UpdateModal modal) {
        this.room = room;
        this.modal = modal;
    }

    @Override
    public String name() {
        return "update";
    }

    @Override
    public Response handle(Invocation invocation, SlashCommandContext ctx) {
        return room.openForm(invocation, ctx, CsirtAction.POST_UPDATE, "update.slow",
                (incident, locale) -> modal.form(locale, incident));
    }
}
