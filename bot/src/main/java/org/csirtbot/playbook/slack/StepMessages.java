package org.csirtbot.playbook.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.slack.SummaryMessage;
import org.csirtbot.playbook.PlaybookRun;
import org.csirtbot.playbooks.model.Step;
import org.csirtbot.playbooks.model.StepType;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;

/**
 * A playbook step as a message: its name, instructions, what it asks (a question, fields, a message to send), owner
 * and due time, and the buttons that work it; once done, the same without buttons and with who did what, when.
 */
@SlackComponent
public class StepMessages {

    public static final String COMPLETE = "playbook_complete";
    public static final String SKIP = "playbook_skip";
    public static final String CHOOSE = "playbook_choose";
    public static final String APPROVE = "playbook_approve";
    public static final String REJECT = "playbook_reject";
    public static final String INPUTS = "playbook_inputs";
    /** Room left in a section for labels; Slack allows 3000 characters. */
    static final int SECTION_MAX = 2800;

    private final PlaybookWords words;
    private final Texts texts;
    private final NotifyLines notifyLines;
    private final PartnerLines partnerLines;
    private final ReportedMailLines mailLines;

    StepMessages(PlaybookWords words, NotifyLines notifyLines, PartnerLines partnerLines, ReportedMailLines mailLines) {
        this.words = words;
        this.mailLines = mailLines;
        this.texts = words.texts();
        this.notifyLines = notifyLines;
        this.partnerLines = partnerLines;
    }

    String fallback(Locale locale, PlaybookRun run, Step step) {
        return texts.get(locale, "playbook.step.fallback", PlaybookWords.plain(run.playbook().name(), locale),
                PlaybookWords.plain(step.name(), locale));
    }

    /** The step waiting for someone, with its buttons; {@code dueAt} null when it has no due time. */
    List<LayoutBlock> open(Locale locale, Incident incident, PlaybookRun run, Step step, Instant dueAt) {
        List<LayoutBlock> blocks = body(locale, incident, run, step, dueAt);
        List<BlockElement> buttons = buttons(locale, run, step);
        if (!buttons.isEmpty()) {
            blocks.add(actions(a -> a.blockId("playbook_step").elements(buttons)));
        }
        return blocks;
    }

    /** The step once done (or waiting no more), without buttons, with what became of it. */
    List<LayoutBlock> closed(Locale locale, Incident incident, PlaybookRun run, Step step, String outcome) {
        List<LayoutBlock> blocks = body(locale, incident, run, step, null);
        blocks.add(context(c -> c.elements(List.of(markdownText(Mrkdwn.cut(outcome, SECTION_MAX))))));
        return blocks;
    }

    /** For an approver, by direct message: the step, the room, Approve and Reject. */
    List<LayoutBlock> approvalRequest(Locale locale, Incident incident, PlaybookRun run, Step step) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText(texts.get(locale, "playbook.approval.request",
                Mrkdwn.escape(incident.id()), "<#" + incident.room().channelId() + ">")))));
        blocks.addAll(body(locale, incident, run, step, null));
        String value = new StepRef(run.id(), step.id()).value();
        blocks.add(actions(a -> a.blockId("playbook_step").elements(List.of(
                button(texts.get(locale, "playbook.action.approve"), APPROVE, value, "primary"),
                button(texts.get(locale, "playbook.action.reject"), REJECT, value, "danger")))));
        return blocks;
    }

    String inputsFallback(Locale locale, PlaybookRun run) {
        return texts.get(locale, "playbook.inputs.fallback", PlaybookWords.plain(run.playbook().name(), locale));
    }

    /** The playbook's inputs not given yet, asked for once it starts: what it needs, and a button to give them. */
    List<LayoutBlock> inputs(Locale locale, Incident incident, PlaybookRun run) {
        String needs = run.playbook().inputs().stream().filter(f -> !run.state().values().containsKey(f.key()))
                .map(f -> PlaybookWords.text(f.label(), locale)
                + (f.required() ? " *" : "")).collect(Collectors.joining(", "));
        String text = texts.get(locale, "playbook.inputs.needed", PlaybookWords.text(run.playbook().name(), locale), needs)
                + mailLines.forInputs(locale, incident, run);
        return List.of(section(s -> s.text(markdownText(Mrkdwn.cut(text, SECTION_MAX)))),
                actions(a -> a.blockId("playbook_inputs").elements(List.of(button(texts.get(locale,
                        "playbook.action.inputs"), INPUTS, new StepRef(run.id(), PlaybookModals.INPUTS_TARGET).value(),
                        "primary")))));
    }

    private List<LayoutBlock> body(Locale locale, Incident incident, PlaybookRun run, Step step, Instant dueAt) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(Mrkdwn.cut(PlaybookWords.plain(step.name(), locale),
                SummaryMessage.HEADER_MAX)))));
        String what = PlaybookWords.text(step.instructions(), locale) + asks(locale, incident, run, step)
                + mailLines.forStep(locale, incident, step);
        if (!what.isBlank()) {
            blocks.add(section(s -> s.text(markdownText(Mrkdwn.cut(what, SECTION_MAX)))));
        }
        String partners = partnerLines.of(locale, step).strip();
        if (!partners.isEmpty()) {
            blocks.add(section(s -> s.text(markdownText(Mrkdwn.cut(partners, SECTION_MAX)))));
        }
        blocks.add(context(c -> c.elements(List.of(markdownText(Mrkdwn.cut(about(locale, incident, run, step, dueAt),
                SECTION_MAX))))));
        return blocks;
    }

    /** What the step asks beyond its instructions: a question, fields to record, a message to send. */
    private String asks(Locale locale, Incident incident, PlaybookRun run, Step step) {
        StringBuilder asks = new StringBuilder();
        if (step.decision() != null) {
            asks.append("\n\n*").append(PlaybookWords.text(step.decision().question(), locale)).append("*\n")
                    .append(step.decision().options().stream().map(o -> texts.get(locale, "text.list-item", PlaybookWords.text(o.label(), locale)))
                            .collect(Collectors.joining("\n")))
                    .append(words.reserved(locale, incident, run.playbook(), step.decision()));
        }
        if (step.fields().findAny().isPresent()) {
            asks.append("\n").append(texts.get(locale, "playbook.step.fields", step.fields()
                    .map(f -> PlaybookWords.text(f.label(), locale)).collect(Collectors.joining(", "))));
        }
        if (step.notification() != null) {
            asks.append(notifyLines.of(locale, incident, run, step, approved(run, step)));
        }
        if (step.approval() != null) {
            asks.append("\n").append(texts.get(locale, "playbook.step.approval",
                    words.role(incident, run.playbook(), step.approval().approver(), locale)));
        }
        return asks.toString();
    }

    private String about(Locale locale, Incident incident, PlaybookRun run, Step step, Instant dueAt) {
        List<String> parts = new ArrayList<>();
        parts.add(PlaybookWords.text(run.playbook().name(), locale));
        if (step.owner() != null) {
            parts.add(texts.get(locale, "playbook.step.owner", words.role(incident, run.playbook(), step.owner(), locale)));
        }
        if (dueAt != null) {
            parts.add(texts.get(locale, "playbook.step.due", Mrkdwn.when(dueAt)));
        }
        parts.add(texts.get(locale, step.mandatory() ? "playbook.step.mandatory" : "playbook.step.optional"));
        return String.join(" · ", parts);
    }

    private List<BlockElement> buttons(Locale locale, PlaybookRun run, Step step) {
        String value = new StepRef(run.id(), step.id()).value();
        List<BlockElement> buttons = new ArrayList<>();
        boolean awaitsApproval = step.type() == StepType.APPROVAL || step.notification() != null
                && step.notification().requiresApprovalBy() != null && !approved(run, step);
        if (step.type() == StepType.DECISION) {
            buttons.add(button(texts.get(locale, "playbook.action.choose"), CHOOSE, value, "primary"));
        } else if (awaitsApproval) {
            buttons.add(button(texts.get(locale, "playbook.action.approve"), APPROVE, value, "primary"));
            buttons.add(button(texts.get(locale, "playbook.action.reject"), REJECT, value, null));
        } else {
            String label = step.type() == StepType.NOTIFY ? "playbook.action.sent"
                    : step.fields().findAny().isPresent() ? "playbook.action.fill" : "playbook.action.complete";
            buttons.add(button(texts.get(locale, label), COMPLETE, value, "primary"));
        }
        if (step.skippable()) {
            buttons.add(button(texts.get(locale, step.mandatory() ? "playbook.action.waive" : "playbook.action.skip"),
                    SKIP, value, null));
        }
        return buttons;
    }

    private static boolean approved(PlaybookRun run, Step step) {
        var state = run.state().steps().get(step.id());
        return state != null && state.approved();
    }

    private static ButtonElement button(String text, String actionId, String value, String style) {
        return ButtonElement.builder().text(plainText(text)).actionId(actionId).value(value).style(style).build();
    }
}
