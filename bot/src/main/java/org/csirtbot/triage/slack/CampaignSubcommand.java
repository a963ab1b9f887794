package org.csirtbot.triage.slack;

import java.util.concurrent.Executor;

import org.csirtbot.campaigns.CampaignTriage;
import org.csirtbot.incident.access.CsirtAction;
import org.csirtbot.incident.slack.Permissions;
import org.csirtbot.slack.IncidentSubcommand;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;
import org.springframework.beans.factory.annotation.Qualifier;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;

/**
 * {@code /incident campaign split <RPT-…>} takes a report out of its campaign and posts it to triage on its own;
 * {@code /incident campaign merge <CMP-from> <CMP-into>} makes two campaigns one. Responders only.
 */
@SlackComponent
class CampaignSubcommand implements IncidentSubcommand {

    private final CampaignTriage campaigns;
    private final Permissions permissions;
    private final TriageChannel triage;
    private final Texts texts;
    private final Executor work;

    CampaignSubcommand(CampaignTriage campaigns, Permissions permissions, TriageChannel triage, Texts texts,
                       @Qualifier("slackWork") Executor work) {
        this.campaigns = campaigns;
        this.permissions = permissions;
        this.triage = triage;
        this.texts = texts;
        this.work = work;
    }

    @Override
    public String name() {
        return "campaign";
    }

    @Override
    public Response handle(Invocation invocation, SlashCommandContext ctx) {
        String refusal = permissions.refusal(invocation.userId(), CsirtAction.TRIAGE, null, invocation.locale());
        if (refusal != null) {
            return ctx.ack(refusal);
        }
        String[] words = invocation.argument().strip().split("\\s+");
        if (words.length == 2 && words[0].equals("split") && words[1].matches("RPT-\\d{4}-\\d{6}")) {
            return campaigns.split(words[1]).map(report -> {
                work.execute(() -> triage.post(report));
                return ctx.ack(texts.get(invocation.locale(), "campaign.split.done", report.id()));
            }).orElseGet(() -> reply(ctx, invocation, "campaign.split.not", words[1]));
        }
        if (words.length == 3 && words[0].equals("merge") && words[1].matches("CMP-\\d{4}-\\d{4}")
                && words[2].matches("CMP-\\d{4}-\\d{4}")) {
            return campaigns.merge(words[1], words[2], invocation.userId())
                    ? reply(ctx, invocation, "campaign.merge.done", words[1], words[2])
                    : reply(ctx, invocation, "campaign.merge.not", words[1], words[2]);
        }
        return reply(ctx, invocation, "campaign.usage");
    }

    private Response reply(SlashCommandContext ctx, Invocation invocation, String key, Object... args) {
        return ctx.ack(texts.get(invocation.locale(), key, args));
    }
}
