package org.csirtbot.incident.slack;

import java.util.Locale;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentLog;
import org.csirtbot.incident.LogVerification;
import org.csirtbot.incident.access.CsirtAction;
import org.csirtbot.slack.IncidentSubcommand;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;

/** {@code /incident verify} in an incident's room: checks the log's hash chain and names the first bad entry. */
@SlackComponent
class VerifySubcommand implements IncidentSubcommand {

    private final RoomCommands room;
    private final IncidentLog log;
    private final Texts texts;

    VerifySubcommand(RoomCommands room, IncidentLog log, Texts texts) {
        this.room = room;
        this.log = log;
        this.texts = texts;
    }

    @Override
    public String name() {
        return "verify";
    }

    @Override
    public Response handle(Invocation invocation, SlashCommandContext ctx) {
        return room.run(invocation, ctx, new RoomCommands.RoomAction(CsirtAction.READ_INCIDENT, "verify.pending",
                "error.not-read", this::verify));
    }

    private String verify(Incident incident, Locale locale) {
        LogVerification result = log.verify(incident);
        String id = Mrkdwn.escape(incident.id());
        return result.valid()
                ? texts.get(locale, "verify.intact", id, String.valueOf(result.entries()))
                : texts.get(locale, "verify.altered", id, String.valueOf(result.firstInvalidSeq()));
    }
}
