package org.csirtbot.slack;

import java.util.Locale;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;

/**
 * One subcommand of {@code /incident} ({@code declare}, …). Each registers itself as a bean; its help line
 * is the text {@code incident.help.<name>}. Handlers answer within Slack's three seconds.
 */
public interface IncidentSubcommand {

    String name();

    Response handle(Invocation invocation, SlashCommandContext ctx);

    /** Who ran it, where, with what after the subcommand's name, and the language to answer in. */
    record Invocation(String userId, String channelId, String triggerId, String argument, Locale locale) {
    }
}
