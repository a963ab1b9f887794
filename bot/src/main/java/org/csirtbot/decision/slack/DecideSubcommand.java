package org.csirtbot.decision.slack;

import org.csirtbot.incident.access.CsirtAction;
import org.csirtbot.incident.slack.RoomCommands;
import org.csirtbot.slack.IncidentSubcommand;
import org.csirtbot.slack.SlackComponent;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;

/** {@code /incident decide [question]} in an incident's room: its commander or deputy opens the decision form. */
@SlackComponent
class DecideSubcommand implements IncidentSubcommand {

    private final RoomCommands room;
    private final DecisionModal modal;

    DecideSubcommand(RoomCommands room, DecisionModal modal) {
        this.room = room;
        this.modal = modal;
    }

    @Override
    public String name() {
        return "decide";
    }

    @Override
    public Response handle(Invocation invocation, SlashCommandContext ctx) {
        return room.openForm(invocation, ctx, CsirtAction.DECIDE, "decide.slow",
                (incident, locale) -> modal.form(locale, incident, invocation.argument()));
    }
}
