package org.csirtbot.classification.slack;

import java.util.Locale;

import org.csirtbot.classification.ClassificationChanges;
import org.csirtbot.classification.ClassificationChanges.ClassificationChange;
import org.csirtbot.incident.Incident;
import org.csirtbot.incident.SeverityChanges;
import org.csirtbot.slack.IncidentSubcommand;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;

/**
 * {@code /incident confidential on|off <reason>} in an incident's room: its commander or deputy makes the incident
 * confidential or not, saying why. Without {@code on}/{@code off} or a reason, how to is shown; nothing changes. Made
 * confidential, a public room moves to a private one ({@link ClassificationCommands}).
 */
@SlackComponent
class ConfidentialSubcommand implements IncidentSubcommand {

    private final ClassificationCommands commands;
    private final ClassificationChanges changes;
    private final Texts texts;

    ConfidentialSubcommand(ClassificationCommands commands, ClassificationChanges changes, Texts texts) {
        this.commands = commands;
        this.changes = changes;
        this.texts = texts;
    }

    @Override
    public String name() {
        return "confidential";
    }

    @Override
    public Response handle(Invocation invocation, SlashCommandContext ctx) {
        Locale locale = invocation.locale();
        String[] words = invocation.argument().strip().split("\\s+", 2);
        String reason = words.length > 1 ? words[1].strip() : "";
        boolean on = "on".equalsIgnoreCase(words[0]);
        if (!on && !"off".equalsIgnoreCase(words[0]) || reason.isEmpty()) {
            return ctx.ack(texts.get(locale, "classification.confidential.how"));
        }
        if (!ClassificationChanges.fits(reason)) {
            return ctx.ack(texts.get(locale, "incident.severity.reason-too-long", SeverityChanges.REASON_MAX));
        }
        String user = invocation.userId();
        return commands.run(invocation, ctx, incident -> changes.confidential(incident.id(), user, on, reason),
                new ClassificationCommands.Telling() {
                    @Override
                    public String changed(Locale locale, ClassificationChange change) {
                        return texts.get(locale, "classification.confidential.changed." + onOff(on), change.incident().id());
                    }

                    @Override
                    public String unchanged(Locale locale, Incident incident) {
                        return texts.get(locale, "classification.confidential.unchanged." + onOff(on), incident.id());
                    }

                    @Override
                    public String announced(Locale locale, ClassificationChange change) {
                        return texts.get(locale, "classification.confidential.announced." + onOff(on), user,
                                change.incident().id(), Mrkdwn.escape(reason));
                    }
                });
    }

    private static String onOff(boolean on) {
        return on ? "on" : "off";
    }
}
