package org.csirtbot.playbook.slack;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.csirtbot.playbook.PlaybookRun;
import org.csirtbot.playbooks.model.FieldDef;
import org.csirtbot.playbooks.model.FieldType;
import org.csirtbot.playbooks.model.Step;
import org.csirtbot.slack.ModalParts;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;

import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.BlockElements;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;

/**
 * The forms of playbook steps: the fields a step records (one input each, a menu for a choice, required as the
 * playbook says), a decision (its options, the rationale and the fields it records), and a reason for skipping or
 * rejecting. Each input's block ID is the field's variable, so the engine's refusal of a value lands beside it.
 */
@SlackComponent
public class PlaybookModals {

    public static final String FIELDS = "playbook_fields";
    public static final String CHOOSE = "playbook_choose";
    public static final String SKIP = "playbook_skip";
    public static final String REJECT = "playbook_reject";
    public static final String INPUTS = "playbook_inputs";
    /** What a form of the playbook's inputs carries where a step's form carries the step's ID. */
    static final String INPUTS_TARGET = "inputs";
    static final String OPTION = "option";
    static final String RATIONALE = "rationale";
    static final String REASON = "reason";
    /** Slack's limits: a plain_text_input's length, an input's label and hint, a placeholder. */
    static final int VALUE_MAX = 3000;
    private static final int LABEL_MAX = 2000;
    private static final int PLACEHOLDER_MAX = 150;
    private static final int OPTIONS_MAX = 100;

    private final Texts texts;

    PlaybookModals(Texts texts) {
        this.texts = texts;
    }

    /** The fields the step collects or records. */
    View fields(Locale locale, PlaybookRun run, Step step) {
        List<LayoutBlock> blocks = intro(locale, step);
        step.fields().forEach(field -> blocks.add(input(locale, field, run.state().values().get(field.key()))));
        return view(FIELDS, "playbook.modal.fields", "playbook.modal.save", locale, run, step, blocks);
    }

    /** The decision: which option, why, and what it records. */
    View decision(Locale locale, PlaybookRun run, Step step) {
        List<LayoutBlock> blocks = intro(locale, step);
        List<OptionObject> options = step.decision().options().stream().limit(OPTIONS_MAX)
                .map(o -> ModalParts.option(PlaybookWords.plain(o.label(), locale), o.id(), null)).toList();
        blocks.add(InputBlock.builder().blockId(OPTION).label(plainText(Mrkdwn.cut(PlaybookWords.plain(
                        step.decision().question(), locale), LABEL_MAX)))
                .element(BlockElements.staticSelect(s -> s.actionId(ModalParts.VALUE).options(options))).build());
        blocks.add(ModalParts.textInput(RATIONALE, texts.get(locale, "playbook.modal.rationale"), null, VALUE_MAX, true,
                !step.decision().rationaleRequired()));
        step.fields().forEach(field -> blocks.add(input(locale, field, run.state().values().get(field.key()))));
        return view(CHOOSE, "playbook.modal.choose", "playbook.modal.decide", locale, run, step, blocks);
    }

    /** Why the step is skipped ({@link #SKIP}) or its approval rejected ({@link #REJECT}). */
    View reason(Locale locale, PlaybookRun run, Step step, String callback) {
        List<LayoutBlock> blocks = intro(locale, step);
        String kind = SKIP.equals(callback) ? "skip" : "reject";
        blocks.add(ModalParts.textInput(REASON, texts.get(locale, "playbook.modal.reason." + kind), null, VALUE_MAX,
                true, false));
        return view(callback, "playbook.modal." + kind, "playbook.modal." + kind + ".submit", locale, run, step, blocks);
    }

    /** The playbook's inputs, each with its value so far. */
    View inputs(Locale locale, PlaybookRun run) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText(Mrkdwn.cut(texts.get(locale, "playbook.inputs.intro",
                PlaybookWords.text(run.playbook().name(), locale)), StepMessages.SECTION_MAX)))));
        run.playbook().inputs().forEach(field -> blocks.add(input(locale, field, run.state().values().get(field.key()))));
        return ModalParts.modal(INPUTS, texts.get(locale, "playbook.modal.inputs"), texts.get(locale, "playbook.modal.save"),
                        texts.get(locale, "modal.cancel"))
                .privateMetadata(new StepRef(run.id(), INPUTS_TARGET).value()).blocks(blocks).build();
    }

    /** The values given, by variable: the typed text, or the option chosen; fields left empty are left out. */
    static Map<String, String> values(ViewState state, List<FieldDef> fields) {
        Map<String, String> values = new LinkedHashMap<>();
        fields.forEach(field -> {
            String value = ModalParts.selected(state, field.key()).orElseGet(() -> ModalParts.text(state, field.key()));
            if (!value.isEmpty()) {
                values.put(field.key(), value);
            }
        });
        return values;
    }

    private List<LayoutBlock> intro(Locale locale, Step step) {
        List<LayoutBlock> blocks = new ArrayList<>();
        String text = "*" + PlaybookWords.text(step.name(), locale) + "*\n" + PlaybookWords.text(step.instructions(), locale);
        blocks.add(section(s -> s.text(markdownText(Mrkdwn.cut(text, StepMessages.SECTION_MAX)))));
        return blocks;
    }

    private InputBlock input(Locale locale, FieldDef field, String current) {
        String label = Mrkdwn.cut(PlaybookWords.plain(field.label(), locale), LABEL_MAX);
        String initial = current != null ? current : field.defaultValue();
        var hint = field.help() == null ? null : plainText(Mrkdwn.cut(PlaybookWords.plain(field.help(), locale), LABEL_MAX));
        List<String> choices = field.type() == FieldType.BOOL ? List.of("true", "false") : field.enumValues();
        if (field.type() == FieldType.ENUM || field.type() == FieldType.BOOL) {
            List<OptionObject> options = choices.stream().limit(OPTIONS_MAX).map(v -> ModalParts.option(
                    texts.getOrElse(locale, "playbook.value." + v, v), v, null)).toList();
            OptionObject selected = options.stream().filter(o -> o.getValue().equals(initial)).findFirst().orElse(null);
            return InputBlock.builder().blockId(field.key()).label(plainText(label)).hint(hint).optional(!field.required())
                    .element(BlockElements.staticSelect(s -> s.actionId(ModalParts.VALUE).options(options)
                            .initialOption(selected))).build();
        }
        boolean multiline = field.multiple() || field.type() == FieldType.TEXT;
        String example = texts.getOrElse(locale, "playbook.example." + field.type().name().toLowerCase(Locale.ROOT), "");
        return InputBlock.builder().blockId(field.key()).label(plainText(label)).hint(hint).optional(!field.required())
                .element(BlockElements.plainTextInput(p -> p.actionId(ModalParts.VALUE).multiline(multiline)
                        .maxLength(VALUE_MAX).placeholder(example.isEmpty() ? null
                                : plainText(Mrkdwn.cut(example, PLACEHOLDER_MAX)))
                        .initialValue(initial == null || initial.isEmpty() ? null : Mrkdwn.cut(initial, VALUE_MAX))))
                .build();
    }

    private View view(String callback, String titleKey, String submitKey, Locale locale, PlaybookRun run, Step step,
                      List<LayoutBlock> blocks) {
        return ModalParts.modal(callback, texts.get(locale, titleKey), texts.get(locale, submitKey),
                        texts.get(locale, "modal.cancel"))
                .privateMetadata(FormRound.metadata(new StepRef(run.id(), step.id()), FormRound.of(run, step.id())))
                .blocks(blocks).build();
    }
}
