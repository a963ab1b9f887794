package org.csirtbot.triage.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.csirtbot.intake.AdvisoryStatus;
import org.csirtbot.intake.IntakeItem;
import org.csirtbot.slack.ModalParts;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.model.view.View;

/**
 * An advisory as asked about in the triage channel ("Advisory: … — are we exposed?"): who sent it, its text (cut to
 * a section, with where to read all of it), its answer so far and the buttons Not affected, Checking and Open incident
 * (none once an incident is opened from it); and the form asking why we are not affected.
 */
@SlackComponent
class AdvisoryMessage {

    static final String NOT_AFFECTED = "advisory_not_affected";
    static final String CHECKING = "advisory_checking";
    static final String INCIDENT = "advisory_incident";
    static final String REASON_FORM = "advisory_reason";
    private static final int SECTION_MAX = 2900;
    private static final int SUBJECT_MAX = 300;

    private final Texts texts;
    private final NotifierText notifiers;

    AdvisoryMessage(Texts texts, NotifierText notifiers) {
        this.texts = texts;
        this.notifiers = notifiers;
    }

    String fallback(Locale locale, IntakeItem advisory) {
        return texts.get(locale, "advisory.question", Mrkdwn.escapeAndCut(advisory.subject(), SUBJECT_MAX));
    }

    List<LayoutBlock> blocks(Locale locale, IntakeItem advisory) {
        List<LayoutBlock> blocks = new ArrayList<>();
        String question = texts.get(locale, "advisory.question", Mrkdwn.escapeAndCut(advisory.subject(), SUBJECT_MAX));
        blocks.add(section(s -> s.text(markdownText("*" + question + "*"))));
        blocks.add(section(s -> s.text(markdownText(notifiers.of(locale, advisory.notifier())))));
        String pointer = "\n_" + texts.get(locale, "advisory.shortened", advisory.id()) + "_";
        String body = Mrkdwn.escape(advisory.body()).length() <= SECTION_MAX ? Mrkdwn.escape(advisory.body())
                : Mrkdwn.escapeAndCut(advisory.body(), SECTION_MAX - pointer.length()) + pointer;
        blocks.add(section(s -> s.text(markdownText(body))));
        if (advisory.status() != AdvisoryStatus.NEW) {
            String answer = texts.get(locale, "advisory.status." + advisory.status().code(),
                    Mrkdwn.mention(advisory.decidedBy()), Mrkdwn.escapeAndCut(advisory.reason(), SECTION_MAX - 200));
            blocks.add(context(c -> c.elements(List.of(markdownText(answer)))));
        }
        if (advisory.status() != AdvisoryStatus.INCIDENT) {
            List<BlockElement> buttons = List.of(
                    button(texts.get(locale, "advisory.action.not-affected"), NOT_AFFECTED, advisory.id(), null),
                    button(texts.get(locale, "advisory.action.checking"), CHECKING, advisory.id(), null),
                    button(texts.get(locale, "advisory.action.incident"), INCIDENT, advisory.id(), "danger"));
            blocks.add(actions(a -> a.blockId("advisory").elements(buttons)));
        }
        return blocks;
    }

    /** The form asking why we are not affected; its metadata is the advisory's ID. */
    View reasonForm(Locale locale, IntakeItem advisory) {
        return ModalParts.modal(REASON_FORM, texts.get(locale, "advisory.reason.title"),
                        texts.get(locale, "advisory.reason.submit"), texts.get(locale, "modal.cancel"))
                .privateMetadata(advisory.id()).blocks(List.of(
                        section(s -> s.text(plainText(Mrkdwn.cut(texts.get(locale, "advisory.reason.intro",
                                advisory.id(), advisory.subject()), SECTION_MAX)))),
                        ModalParts.textInput("reason", texts.get(locale, "advisory.reason.field"), null,
                                TriageModals.REASON_MAX, true, false))).build();
    }

    private static ButtonElement button(String text, String actionId, String value, String style) {
        return ButtonElement.builder().text(plainText(text)).actionId(actionId).value(value).style(style).build();
    }
}
