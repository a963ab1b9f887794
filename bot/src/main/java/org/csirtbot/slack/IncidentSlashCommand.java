package org.csirtbot.slack;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.slack.api.bolt.App;

/**
 * {@code /incident <subcommand>} for responders: finds the {@link IncidentSubcommand} by name; anything
 * else (or {@code help}) is answered with the list of subcommands.
 */
@SlackComponent
class IncidentSlashCommand implements SlackRoute {

    private final Map<String, IncidentSubcommand> subcommands = new TreeMap<>();
    private final UserLocales locales;
    private final Texts texts;
    private final String captureReaction;

    IncidentSlashCommand(List<IncidentSubcommand> subcommands, UserLocales locales, Texts texts,
                         CsirtbotProperties properties) {
        subcommands.forEach(s -> this.subcommands.put(s.name(), s));
        this.locales = locales;
        this.texts = texts;
        this.captureReaction = properties.captureReactionName();
    }

    @Override
    public void register(App app) {
        app.command("/incident", (req, ctx) -> {
            var payload = req.getPayload();
            String text = Mrkdwn.unescape(payload.getText()).strip();
            String name = text.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
            String argument = text.length() > name.length() ? text.substring(name.length()).strip() : "";
            Locale locale = locales.now(payload.getUserId());
            IncidentSubcommand subcommand = subcommands.get(name);
            if (subcommand == null) {
                return ctx.ack(help(locale, name));
            }
            return subcommand.handle(new IncidentSubcommand.Invocation(payload.getUserId(), payload.getChannelId(),
                    payload.getTriggerId(), argument, locale), ctx);
        });
    }

    private String help(Locale locale, String asked) {
        StringBuilder help = new StringBuilder(texts.get(locale, "incident.help.header"));
        subcommands.keySet().forEach(name -> help.append("\n").append(texts.get(locale, "text.list-item", texts.get(locale, "incident.help." + name))));
        help.append("\n").append(texts.get(locale, "text.list-item", texts.get(locale, "incident.help.help")));
        help.append("\n").append(texts.get(locale, "text.list-item",
                texts.get(locale, "incident.help.capture", Mrkdwn.escape(captureReaction))));
        help.append("\n").append(texts.get(locale, "incident.help.footer"));
        if (asked.isEmpty() || "help".equals(asked)) {
            return help.toString();
        }
        return texts.get(locale, "incident.unknown", Mrkdwn.escapeAndCut(asked, 50)) + "\n" + help;
    }
}
