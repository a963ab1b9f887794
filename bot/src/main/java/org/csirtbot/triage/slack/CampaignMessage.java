package org.csirtbot.triage.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.csirtbot.campaigns.Campaign;
import org.csirtbot.report.Report;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;
import org.csirtbot.time.ReadableTimes;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.ButtonElement;

/**
 * A campaign in the triage channel: how many reports, the first and latest reporter, the observables they share, what
 * the first reporter wrote, and the triage actions, which act on the whole campaign through its first report.
 */
@SlackComponent
class CampaignMessage {

    static final int SHOWN_KEYS = 10;
    private static final int TEXT_MAX = 1500;

    private final Texts texts;
    private final ReadableTimes times;

    CampaignMessage(Texts texts, ReadableTimes times) {
        this.texts = texts;
        this.times = times;
    }

    String fallback(Locale locale, Campaign campaign) {
        return texts.get(locale, "campaign.fallback", campaign.id(), campaign.reportCount());
    }

    List<LayoutBlock> blocks(Locale locale, Campaign campaign, Report first) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(texts.get(locale, "campaign.header", campaign.id(),
                campaign.reportCount())))));
        blocks.add(section(s -> s.fields(List.of(
                markdownText(texts.get(locale, "campaign.first", Mrkdwn.mention(campaign.firstReporterId()),
                        times.format(campaign.firstAt()), campaign.firstReportId())),
                markdownText(texts.get(locale, "campaign.latest", Mrkdwn.mention(campaign.latestReporterId()),
                        times.format(campaign.latestAt()), campaign.latestReportId()))))));
        String shared = String.join("\n", campaign.keys().stream().limit(SHOWN_KEYS).toList());
        if (!shared.isEmpty()) {
            String more = campaign.keys().size() > SHOWN_KEYS
                    ? "\n" + texts.get(locale, "campaign.more-keys", campaign.keys().size() - SHOWN_KEYS) : "";
            blocks.add(section(s -> s.text(markdownText("*" + texts.get(locale, "campaign.shared") + "*\n```"
                    + Mrkdwn.escapeAndCut(shared, TEXT_MAX) + "```" + more))));
        }
        if (first != null && first.description() != null) {
            blocks.add(section(s -> s.text(markdownText("*" + texts.get(locale, "campaign.first-wrote") + "*\n"
                    + Mrkdwn.escapeAndCut(first.description(), TEXT_MAX)))));
        }
        blocks.add(campaign.isOpen() ? actions(a -> a.blockId("triage").elements(buttons(locale, campaign)))
                : context(c -> c.elements(List.of(markdownText(outcome(locale, campaign))))));
        return blocks;
    }

    private List<com.slack.api.model.block.element.BlockElement> buttons(Locale locale, Campaign campaign) {
        return List.of(
                button(texts.get(locale, "campaign.action.declare"), TriageMessage.DECLARE, campaign.firstReportId(),
                        "primary"),
                button(texts.get(locale, "campaign.action.attach"), TriageMessage.ATTACH, campaign.firstReportId(), null),
                button(texts.get(locale, "campaign.action.dismiss"), TriageMessage.DISMISS, campaign.firstReportId(),
                        "danger"));
    }

    private String outcome(Locale locale, Campaign campaign) {
        return switch (campaign.status()) {
            case DECLARED -> texts.get(locale, "campaign.outcome.incident", campaign.incidentId());
            case MERGED -> texts.get(locale, "campaign.outcome.merged", campaign.mergedInto());
            case DISMISSED -> texts.get(locale, "campaign.outcome.dismissed");
            case OPEN -> "";
        };
    }

    private static ButtonElement button(String text, String actionId, String value, String style) {
        return ButtonElement.builder().text(plainText(text)).actionId(actionId).value(value).style(style).build();
    }
}
