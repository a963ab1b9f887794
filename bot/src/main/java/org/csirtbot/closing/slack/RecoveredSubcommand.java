package org.csirtbot.closing.slack;

import java.util.Locale;
import java.util.stream.Collectors;

import org.csirtbot.closing.RecoveryGate;
import org.csirtbot.incident.Incident;
import org.csirtbot.incident.access.CsirtAction;
import org.csirtbot.incident.slack.RoomCommands;
import org.csirtbot.slack.IncidentSubcommand;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;

/**
 * {@code /incident recovered <how the criteria were verified>} in an incident's room: its commander or deputy declares
 * recovery complete ({@link RecoveryGate}) while it is recovering or in post-incident. Without the text, the criteria
 * are shown and nothing is recorded; in another phase, the phases it can be declared in.
 */
@SlackComponent
class RecoveredSubcommand implements IncidentSubcommand {

    /** How the criteria were verified: a paragraph; the log keeps it whole. */
    static final int EVIDENCE_MAX = 2000;

    private final RoomCommands room;
    private final RecoveryGate gate;
    private final Texts texts;

    RecoveredSubcommand(RoomCommands room, RecoveryGate gate, Texts texts) {
        this.room = room;
        this.gate = gate;
        this.texts = texts;
    }

    @Override
    public String name() {
        return "recovered";
    }

    @Override
    public Response handle(Invocation invocation, SlashCommandContext ctx) {
        String evidence = invocation.argument() == null ? "" : invocation.argument().strip();
        return room.run(invocation, ctx, new RoomCommands.RoomAction(CsirtAction.CHANGE_STATUS, "recovery.pending",
                "recovery.not-recorded", (incident, locale) -> record(incident, invocation.userId(), evidence, locale),
                evidence.isEmpty() ? null : evidence));
    }

    private String record(Incident incident, String user, String evidence, Locale locale) {
        if (!RecoveryGate.DECLARABLE.contains(incident.status())) {
            return texts.get(locale, "recovery.not-now", incident.id(),
                    texts.get(locale, "status." + incident.status().code()), criteria(locale));
        }
        if (evidence.isEmpty()) {
            return texts.get(locale, "recovery.usage", criteria(locale));
        }
        if (evidence.codePointCount(0, evidence.length()) > EVIDENCE_MAX) {
            return texts.get(locale, "recovery.too-long", EVIDENCE_MAX);
        }
        gate.record(incident, user, evidence);
        return texts.get(locale, "recovery.recorded", incident.id(), Mrkdwn.mention(user), criteria(locale),
                Mrkdwn.escapeAndCut(evidence, EVIDENCE_MAX));
    }

    private String criteria(Locale locale) {
        return RecoveryGate.CRITERIA.stream().map(c -> "\n• " + texts.get(locale, "recovery.criterion." + c))
                .collect(Collectors.joining());
    }
}
