package org.csirtbot.classification.slack;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.csirtbot.classification.ClassificationChanges;
import org.csirtbot.classification.ClassificationChanges.ClassificationChange;
import org.csirtbot.incident.Incident;
import org.csirtbot.incident.SeverityChanges;
import org.csirtbot.incident.Tlp;
import org.csirtbot.slack.IncidentSubcommand;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;

/**
 * {@code /incident tlp <level> <reason>} in an incident's room: its commander or deputy changes the TLP, saying why.
 * The level in any case, {@code AMBER+STRICT} also as {@code amber-strict}, {@code amber_strict} or
 * {@code amber strict}. Without a level or a reason the levels are shown; nothing changes. AMBER+STRICT or RED moves
 * a public room to a private one ({@link ClassificationCommands}).
 */
@SlackComponent
class TlpSubcommand implements IncidentSubcommand {

    private final ClassificationCommands commands;
    private final ClassificationChanges changes;
    private final Texts texts;

    TlpSubcommand(ClassificationCommands commands, ClassificationChanges changes, Texts texts) {
        this.commands = commands;
        this.changes = changes;
        this.texts = texts;
    }

    @Override
    public String name() {
        return "tlp";
    }

    @Override
    public Response handle(Invocation invocation, SlashCommandContext ctx) {
        Locale locale = invocation.locale();
        String[] words = invocation.argument().strip().split("\\s+", 2);
        String level = words[0];
        String reason = words.length > 1 ? words[1].strip() : "";
        if ("amber".equalsIgnoreCase(level) && reason.matches("(?is)strict(\\s.*)?")) {
            level = "AMBER+STRICT";
            reason = reason.substring("strict".length()).strip();
        }
        if (level.isEmpty()) {
            return ctx.ack(levels(locale));
        }
        Optional<Tlp> to = ClassificationChanges.tlpNamed(level);
        if (to.isEmpty()) {
            return ctx.ack(texts.get(locale, "classification.tlp.unknown", Mrkdwn.escapeAndCut(level, 50),
                    Arrays.stream(Tlp.values()).map(t -> "`" + t.label() + "`").collect(Collectors.joining(", "))));
        }
        if (reason.isEmpty()) {
            return ctx.ack(levels(locale));
        }
        if (!ClassificationChanges.fits(reason)) {
            return ctx.ack(texts.get(locale, "incident.severity.reason-too-long", SeverityChanges.REASON_MAX));
        }
        String why = reason;
        String user = invocation.userId();
        return commands.run(invocation, ctx, incident -> changes.tlp(incident.id(), user, to.get(), why),
                new ClassificationCommands.Telling() {
                    @Override
                    public String changed(Locale locale, ClassificationChange change) {
                        return texts.get(locale, "classification.tlp.changed", change.incident().id(),
                                change.entry().data().get("from"), change.entry().data().get("to"));
                    }

                    @Override
                    public String unchanged(Locale locale, Incident incident) {
                        return texts.get(locale, "classification.tlp.unchanged", incident.id(), incident.tlp().label());
                    }

                    @Override
                    public String announced(Locale locale, ClassificationChange change) {
                        return texts.get(locale, "classification.tlp.announced", user, change.incident().id(),
                                change.entry().data().get("from"), change.entry().data().get("to"), Mrkdwn.escape(why));
                    }
                });
    }

    /** The levels with what each allows, as in the declare form, and how to give a reason. */
    private String levels(Locale locale) {
        StringBuilder text = new StringBuilder(texts.get(locale, "classification.tlp.levels"));
        for (Tlp t : Tlp.values()) {
            text.append("\n").append(texts.get(locale, "text.list-item",
                    "*TLP:" + t.label() + "*: " + texts.get(locale, "tlp." + t.name() + ".def")));
        }
        return text.append("\n").append(texts.get(locale, "classification.tlp.how")).toString();
    }
}
