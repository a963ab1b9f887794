package org.csirtbot.playbook.slack;

import java.util.Map;

import org.csirtbot.playbooks.engine.Event;

import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;

/** Where a playbook form's error is shown: beside the field it is about, else beside the form's first input. */
final class FormErrors {

    /** Stands for "the first input" until the form's blocks are known. */
    static final String ANY = "";

    private FormErrors() {
    }

    /** The block a refusal is about: the field, the option, the rationale or the reason; else {@link #ANY}. */
    static String blockOf(Event.Refused refused) {
        String detail = refused.detail() == null ? "" : refused.detail();
        return switch (refused.reason()) {
            case MISSING_FIELD, INVALID_FIELD, UNKNOWN_FIELD, UNKNOWN_INPUT -> detail.contains(" ")
                    ? detail.substring(0, detail.indexOf(' ')) : detail;
            case RATIONALE_REQUIRED -> PlaybookModals.RATIONALE;
            case REASON_REQUIRED -> PlaybookModals.REASON;
            case UNKNOWN_OPTION -> PlaybookModals.OPTION;
            default -> ANY;
        };
    }

    /** The first input block of the form, where errors about the whole form go. */
    static String firstBlock(View view) {
        return view.getBlocks() == null ? PlaybookModals.REASON : view.getBlocks().stream()
                .filter(b -> "input".equals(b.getType())).map(b -> b.getBlockId()).findFirst()
                .orElse(PlaybookModals.REASON);
    }

    /** The errors with each on a block the form has. */
    static Map<String, String> placed(Map<String, String> errors, String firstBlock, ViewState state) {
        if (errors.isEmpty()) {
            return errors;
        }
        var entry = errors.entrySet().iterator().next();
        boolean known = state != null && state.getValues() != null && state.getValues().containsKey(entry.getKey());
        return Map.of(known ? entry.getKey() : firstBlock, entry.getValue());
    }
}
