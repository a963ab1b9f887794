package org.csirtbot.decision.slack;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.csirtbot.decision.IncidentDecision.Approval;
import org.csirtbot.decision.RecordDecision;
import org.csirtbot.incident.Incident;
import org.csirtbot.slack.ModalParts;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;

import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;

/**
 * The decision form: the question, the options considered (one a line), the option chosen (typed as one of them),
 * the rationale, and whether an approval is needed and from whom. Reading it checks each field on its own; who
 * may approve is checked against the incident when it is submitted.
 */
@SlackComponent
public class DecisionModal {

    public static final String CALLBACK = "incident_decide";
    /** Room for {@link RecordDecision#OPTIONS_MAX} options of {@link RecordDecision#OPTION_MAX}, bullets and all. */
    static final int OPTIONS_INPUT_MAX = 3000;
    /** A bullet someone may have typed before an option: {@code -}, {@code *}, {@code •} or {@code ・}. */
    private static final Pattern BULLET = Pattern.compile("^[-*•・]\\s*");

    private final Texts texts;

    DecisionModal(Texts texts) {
        this.texts = texts;
    }

    View form(Locale locale, Incident incident, String question) {
        List<OptionObject> approvals = Arrays.stream(Approval.values()).map(a -> ModalParts.option(
                texts.get(locale, "decide.approval." + a.code()), a.code(), null)).toList();
        return ModalParts.modal(CALLBACK, texts.get(locale, "decide.modal.title"),
                        texts.get(locale, "decide.modal.submit"), texts.get(locale, "modal.cancel"))
                .privateMetadata(incident.id())
                .blocks(List.of(
                        section(s -> s.text(plainText(texts.get(locale, "decide.modal.intro", incident.id())))),
                        ModalParts.textInput("question", texts.get(locale, "decide.field.question"), question,
                                RecordDecision.QUESTION_MAX, false, false),
                        ModalParts.textInput("options", texts.get(locale, "decide.field.options"), null,
                                OPTIONS_INPUT_MAX, true, false),
                        ModalParts.textInput("chosen", texts.get(locale, "decide.field.chosen"), null,
                                RecordDecision.OPTION_MAX, false, false),
                        ModalParts.textInput("rationale", texts.get(locale, "decide.field.rationale"), null,
                                RecordDecision.RATIONALE_MAX, true, false),
                        ModalParts.select("approval", texts.get(locale, "decide.field.approval"), approvals,
                                approvals.get(Approval.NONE.ordinal())),
                        ModalParts.userSelect("approver", texts.get(locale, "decide.field.approver"), true)))
                .build();
    }

    /** What a submitted form says, fit to record; or the error beside each bad field. */
    record Read(Draft draft, Map<String, String> errors) {
        boolean valid() {
            return errors.isEmpty();
        }
    }

    /** A decision as the form gives it; {@code chosen} written as in {@code options}. */
    record Draft(String question, List<String> options, String chosen, String rationale, Approval approval,
                 String approverId) {
    }

    Read read(ViewState state, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        String question = text(state, "question", RecordDecision.QUESTION_MAX, locale, errors);
        List<String> options = options(ModalParts.text(state, "options"), locale, errors);
        String chosen = text(state, "chosen", RecordDecision.OPTION_MAX, locale, errors);
        Optional<String> named = RecordDecision.optionNamed(options, chosen);
        if (!errors.containsKey("chosen") && !errors.containsKey("options") && named.isEmpty()) {
            errors.put("chosen", texts.get(locale, "decide.error.not-an-option"));
        }
        String rationale = text(state, "rationale", RecordDecision.RATIONALE_MAX, locale, errors);
        Optional<Approval> approval = ModalParts.selected(state, "approval").flatMap(Approval::ofCode);
        String approver = ModalParts.selectedUser(state, "approver").orElse(null);
        if (approval.isEmpty()) {
            errors.put("approval", texts.get(locale, "error.required"));
        } else if (approval.get() == Approval.NONE && approver != null) {
            errors.put("approver", texts.get(locale, "decide.error.approver-without-approval"));
        }
        if (!errors.isEmpty()) {
            return new Read(null, errors);
        }
        return new Read(new Draft(question, options, named.orElseThrow(), rationale, approval.get(), approver), Map.of());
    }

    private String text(ViewState state, String blockId, int max, Locale locale, Map<String, String> errors) {
        return ModalParts.required(state, blockId, max, texts, locale, errors);
    }

    /** One option a line, bullets and blank lines dropped, each once. */
    private List<String> options(String typed, Locale locale, Map<String, String> errors) {
        List<String> options = new ArrayList<>();
        for (String line : typed.split("\\R")) {
            String option = BULLET.matcher(line.strip()).replaceFirst("").strip();
            if (!option.isEmpty() && RecordDecision.optionNamed(options, option).isEmpty()) {
                options.add(option);
            }
        }
        if (options.isEmpty()) {
            errors.put("options", texts.get(locale, "decide.error.no-options"));
        } else if (typed.length() > OPTIONS_INPUT_MAX || options.size() > RecordDecision.OPTIONS_MAX) {
            errors.put("options", texts.get(locale, "decide.error.too-many-options", RecordDecision.OPTIONS_MAX,
                    OPTIONS_INPUT_MAX));
        } else if (options.stream().anyMatch(o -> !RecordDecision.fits(o, RecordDecision.OPTION_MAX))) {
            errors.put("options", texts.get(locale, "decide.error.option-too-long", RecordDecision.OPTION_MAX));
        }
        return options;
    }
}
