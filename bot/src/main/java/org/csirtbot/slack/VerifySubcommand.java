package org.csirtbot.slack;

import java.util.Locale;

import org.csirtbot.incident.CsirtAction;
import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentLog;
import org.csirtbot.incident.Incidents;
import org.csirtbot.incident.LogVerification;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;

/** {@code /incident verify} in an incident's room: checks its log against the hash chain and says the result. */
@SlackComponent
class VerifySubcommand implements IncidentSubcommand {

    private final Incidents incidents;
    private final IncidentLog log;
    private final Permissions permissions;
    private final Texts texts;

    VerifySubcommand(Incidents incidents, IncidentLog log, Permissions permissions, Texts texts) {
        this.incidents = incidents;
        this.log = log;
        this.permissions = permissions;
        this.texts = texts;
    }

    @Override
    public String name() {
        return "verify";
    }

    @Override
    public Response handle(Invocation invocation, SlashCommandContext ctx) {
        Locale locale = invocation.locale();
        Incident incident = incidents.inChannel(invocation.channelId()).orElse(null);
        if (incident == null) {
            return ctx.ack(texts.get(locale, "incident.not-in-room"));
        }
        // Slack takes a command in a channel only from its members, so whoever runs it here is in the room
        String refusal = permissions.refusalInRoom(invocation.userId(), CsirtAction.READ_INCIDENT, incident, locale);
        if (refusal != null) {
            return ctx.ack(refusal);
        }
        LogVerification result = log.verify(incident.id());
        String id = Mrkdwn.escape(incident.id());
        return ctx.ack(result.valid()
                ? texts.get(locale, "verify.intact", id, String.valueOf(result.entries()))
                : texts.get(locale, "verify.altered", id, String.valueOf(result.firstInvalidSeq())));
    }
}
