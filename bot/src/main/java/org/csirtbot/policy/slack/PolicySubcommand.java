package org.csirtbot.policy.slack;

import java.util.stream.Collectors;

import org.csirtbot.policy.OrganisationPolicy;
import org.csirtbot.slack.IncidentSubcommand;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;

/**
 * {@code /incident policy}, anywhere: the organisation policy's decision authorities, who holds each, the deputies and
 * the document, and how many log sources the inventory has; only to the person who asked. Read from the policy the
 * bot started with, so it answers at once.
 */
@SlackComponent
class PolicySubcommand implements IncidentSubcommand {

    /** A message's text is cut well inside what Slack shows whole. */
    static final int ANSWER_MAX = 3900;

    private final OrganisationPolicy policy;
    private final AuthorityLines lines;
    private final Texts texts;

    PolicySubcommand(OrganisationPolicy policy, AuthorityLines lines, Texts texts) {
        this.policy = policy;
        this.lines = lines;
        this.texts = texts;
    }

    @Override
    public String name() {
        return "policy";
    }

    @Override
    public Response handle(Invocation invocation, SlashCommandContext ctx) {
        var locale = invocation.locale();
        String table = policy.authorities().stream().map(a -> lines.line(locale, a)).collect(Collectors.joining("\n"));
        String answer = Mrkdwn.cut(texts.get(locale, "policy.header") + "\n" + table + "\n"
                + texts.get(locale, "policy.footer", String.valueOf(policy.logSources().size())), ANSWER_MAX);
        return ctx.ack(r -> r.responseType("ephemeral").text(answer));
    }
}
