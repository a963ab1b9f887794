package org.csirtbot.decision.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.csirtbot.decision.IncidentDecision;
import org.csirtbot.decision.IncidentDecision.Approval;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.ButtonElement;

/**
 * Decisions as Slack messages: the record posted in the room, the request for approval with Approve and Reject,
 * the same request once decided (without buttons), and what became of it. User text is escaped and cut to fit.
 */
@SlackComponent
public class DecisionMessages {

    public static final String APPROVE = "decision_approve";
    public static final String REJECT = "decision_reject";
    /** Room left in a section for its label; Slack allows 3000 characters. */
    private static final int SECTION_TEXT_MAX = 2900;

    private final Texts texts;

    DecisionMessages(Texts texts) {
        this.texts = texts;
    }

    /** What a button carries: which decision it is about. */
    static String buttonValue(IncidentDecision d) {
        return d.incidentId() + "/" + d.decisionId();
    }

    String recordFallback(Locale locale, IncidentDecision d) {
        return texts.get(locale, "decide.record.fallback", d.decisionId(), Mrkdwn.escapeAndCut(d.question(), 200));
    }

    /** The decision as posted in the room: what was decided, by whom, and whose approval it waits for. */
    List<LayoutBlock> record(Locale locale, IncidentDecision d) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(texts.get(locale, "decide.record.header", d.decisionId())))));
        blocks.addAll(details(locale, d));
        String by = texts.get(locale, "decide.record.by", Mrkdwn.mention(d.proposedBy()));
        blocks.add(context(c -> c.elements(List.of(markdownText(by + " " + waitsFor(locale, d))))));
        return blocks;
    }

    String requestFallback(Locale locale, IncidentDecision d) {
        return texts.get(locale, "decide.request.fallback", d.decisionId(), d.incidentId());
    }

    /** Asks for the approval, with Approve and Reject. */
    List<LayoutBlock> request(Locale locale, IncidentDecision d, String roomId) {
        List<LayoutBlock> blocks = requestDetails(locale, d, roomId);
        blocks.add(actions(a -> a.blockId("decision").elements(List.of(
                button(texts.get(locale, "decide.action.approve"), APPROVE, buttonValue(d), "primary"),
                button(texts.get(locale, "decide.action.reject"), REJECT, buttonValue(d), "danger")))));
        return blocks;
    }

    /** The request once decided: no buttons, and who decided, when and why. */
    List<LayoutBlock> decided(Locale locale, IncidentDecision d, String roomId) {
        List<LayoutBlock> blocks = requestDetails(locale, d, roomId);
        blocks.add(context(c -> c.elements(List.of(markdownText(Mrkdwn.cut(outcome(locale, d), SECTION_TEXT_MAX))))));
        return blocks;
    }

    /** "DEC-3 was approved by @x: reason", for the room and the proposer. */
    String outcome(Locale locale, IncidentDecision d) {
        String reason = d.reason() == null || d.reason().isBlank() ? ""
                : texts.get(locale, "decide.outcome.reason", Mrkdwn.escapeAndCut(d.reason(), 1000));
        return texts.get(locale, "decide.outcome." + d.status().code(), d.decisionId(), d.incidentId(),
                Mrkdwn.mention(d.decidedBy()), Mrkdwn.when(d.decidedAt())) + reason;
    }

    /** For a second click or a late submission: who decided it already, and when. */
    String already(Locale locale, IncidentDecision d) {
        if (d.decidedBy() == null) {
            return texts.get(locale, "decide.already.no-approval", d.decisionId());
        }
        return texts.get(locale, "decide.already." + d.status().code(), d.decisionId(), Mrkdwn.mention(d.decidedBy()),
                Mrkdwn.when(d.decidedAt()));
    }

    private List<LayoutBlock> requestDetails(Locale locale, IncidentDecision d, String roomId) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(texts.get(locale, "decide.request.header", d.decisionId(),
                d.incidentId())))));
        String room = roomId == null ? Mrkdwn.escape(d.incidentId()) : "<#" + roomId + ">";
        String asks = texts.get(locale, "decide.request.asks." + d.approval().code(), Mrkdwn.mention(d.proposedBy()), room);
        blocks.add(section(s -> s.text(markdownText(asks))));
        blocks.addAll(details(locale, d));
        return blocks;
    }

    private List<LayoutBlock> details(Locale locale, IncidentDecision d) {
        String options = d.options().stream().map(o -> texts.get(locale, "text.list-item", o)).collect(Collectors.joining("\n"));
        return List.of(
                labelled(locale, "decide.field.question", d.question()),
                labelled(locale, "decide.label.chosen", d.chosen()),
                labelled(locale, "decide.label.options", options),
                labelled(locale, "decide.field.rationale", d.rationale()));
    }

    /** A bold label over the user's text, escaped and cut to fit one section. */
    private LayoutBlock labelled(Locale locale, String labelKey, String userText) {
        String label = "*" + texts.get(locale, labelKey) + "*\n";
        return section(s -> s.text(markdownText(label + Mrkdwn.escapeAndCut(userText, SECTION_TEXT_MAX - label.length()))));
    }

    private String waitsFor(Locale locale, IncidentDecision d) {
        if (d.approval() == Approval.NONE) {
            return texts.get(locale, "decide.record.no-approval");
        }
        return d.approverId() != null ? texts.get(locale, "decide.record.waits-for", Mrkdwn.mention(d.approverId()))
                : texts.get(locale, "decide.record.waits-for-" + d.approval().code());
    }


    private static ButtonElement button(String text, String actionId, String value, String style) {
        return ButtonElement.builder().text(plainText(text)).actionId(actionId).value(value).style(style).build();
    }
}
