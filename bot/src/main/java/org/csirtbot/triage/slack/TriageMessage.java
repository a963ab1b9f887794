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

import org.csirtbot.report.Report;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;

/** A report as posted in the triage channel: its details and the triage actions. */
@SlackComponent
public class TriageMessage {

    public static final String DECLARE = "triage_declare";
    public static final String ATTACH = "triage_attach";
    public static final String DISMISS = "triage_dismiss";
    public static final String GROUP = "triage_group";
    /** Room left in a section for the label; Slack allows 3000 characters. */
    private static final int SECTION_TEXT_MAX = 2900;
    private static final int FIELD_MAX = 1900;
    private static final int NAME_MAX = 200;

    private final Texts texts;
    private final NotifierText notifiers;

    TriageMessage(Texts texts, NotifierText notifiers) {
        this.texts = texts;
        this.notifiers = notifiers;
    }

    String fallback(Locale locale, Report report) {
        return texts.get(locale, "triage.fallback", report.id());
    }

    /** Shown on a report's own message when a campaign took it in while it was being posted. */
    String groupedInto(Locale locale, String campaignId) {
        return texts.get(locale, "triage.outcome.grouped", campaignId);
    }

    List<LayoutBlock> open(Locale locale, Report report, String lookalike) {
        List<LayoutBlock> blocks = open(locale, report);
        if (lookalike != null) {
            blocks.add(blocks.size() - 1, context(c -> c.elements(List.of(markdownText(
                    texts.get(locale, "triage.lookalike", lookalike))))));
            ActionsBlock actions = (ActionsBlock) blocks.get(blocks.size() - 1);
            List<BlockElement> buttons = new ArrayList<>(actions.getElements());
            buttons.add(0, button(texts.get(locale, "triage.action.group", lookalike), GROUP, report.id(), "primary"));
            buttons.set(1, button(texts.get(locale, "triage.action.declare"), DECLARE, report.id(), null));
            actions.setElements(buttons);
        }
        return blocks;
    }

    /** The report and the three actions. */
    List<LayoutBlock> open(Locale locale, Report report) {
        List<LayoutBlock> blocks = details(locale, report);
        blocks.add(actions(a -> a.blockId("triage").elements(List.of(
                button(texts.get(locale, "triage.action.declare"), DECLARE, report.id(), "primary"),
                button(texts.get(locale, "triage.action.attach"), ATTACH, report.id(), null),
                button(texts.get(locale, "triage.action.dismiss"), DISMISS, report.id(), "danger")))));
        return blocks;
    }

    /** The report and what became of it, without actions. */
    List<LayoutBlock> closed(Locale locale, Report report, String outcome) {
        List<LayoutBlock> blocks = details(locale, report);
        blocks.add(context(c -> c.elements(List.of(markdownText(Mrkdwn.cut(outcome, SECTION_TEXT_MAX))))));
        return blocks;
    }

    private List<LayoutBlock> details(Locale locale, Report report) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(texts.get(locale, report.notifier() == null ? "triage.header"
                : "triage.header.external", report.id())))));
        if (report.notifier() != null) {
            blocks.add(section(s -> s.text(markdownText("*" + texts.get(locale, "triage.field.notifier") + "*\n"
                    + notifiers.of(locale, report.notifier())))));
        } else {
            List<TextObject> fields = List.of(
                    field(locale, "triage.field.category", texts.get(locale, "category." + report.category().code())),
                    markdownText("*" + texts.get(locale, "triage.field.reporter") + "*\n"
                            + Mrkdwn.mention(report.reporterId())),
                    field(locale, "triage.field.when", report.occurredAt()),
                    field(locale, "triage.field.system", report.affectedSystem()));
            blocks.add(section(s -> s.fields(fields)));
        }
        blocks.add(section(s -> s.text(markdownText("*" + texts.get(locale, "triage.field.what") + "*\n"
                + cutWithPointer(locale, report.description(), report.id())))));
        if (report.observables() != null && !report.observables().isEmpty()) {
            String observables = Mrkdwn.escapeAndCut(String.join("\n", report.observables()), SECTION_TEXT_MAX - 8);
            blocks.add(section(s -> s.text(markdownText("*" + texts.get(locale, "triage.field.observables")
                    + "*\n```" + observables + "```"))));
        }
        if (report.mail() != null) {
            blocks.add(section(s -> s.text(markdownText(texts.get(locale, "triage.mail-attached",
                    Mrkdwn.link(report.mail().permalink(), report.mail().shownName(), NAME_MAX))))));
        }
        return blocks;
    }

    /** The text escaped; when too long for one section, cut with an ellipsis and where to read all of it. */
    private String cutWithPointer(Locale locale, String text, String reportId) {
        String escaped = Mrkdwn.escape(text);
        if (escaped.length() <= SECTION_TEXT_MAX) {
            return escaped;
        }
        String pointer = "\n_" + texts.get(locale, "text.shortened", reportId) + "_";
        return Mrkdwn.escapeAndCut(text, SECTION_TEXT_MAX - pointer.length()) + pointer;
    }

    private TextObject field(Locale locale, String labelKey, String userText) {
        return markdownText("*" + texts.get(locale, labelKey) + "*\n" + Mrkdwn.escapeAndCut(userText, FIELD_MAX));
    }

    private static ButtonElement button(String text, String actionId, String value, String style) {
        return ButtonElement.builder().text(plainText(text)).actionId(actionId).value(value).style(style).build();
    }
}
