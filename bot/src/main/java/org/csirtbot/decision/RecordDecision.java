package org.csirtbot.decision;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.csirtbot.decision.IncidentDecision.Approval;

/**
 * A decision to record: {@code key} makes a repeated submission land once; {@code chosen} is one of
 * {@code options}; {@code approverId} (optional) only when an approval is needed.
 */
public record RecordDecision(String key, String incidentId, String proposedBy, String question, List<String> options,
                             String chosen, String rationale, Approval approval, String approverId) {

    /** The longest question, option and rationale, in characters; the most options. */
    public static final int QUESTION_MAX = 300;
    public static final int OPTION_MAX = 200;
    public static final int OPTIONS_MAX = 10;
    public static final int RATIONALE_MAX = 2000;

    public RecordDecision {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(incidentId, "incidentId");
        Objects.requireNonNull(proposedBy, "proposedBy");
        Objects.requireNonNull(approval, "approval");
        options = List.copyOf(options);
        if (!fits(question, QUESTION_MAX) || !fits(rationale, RATIONALE_MAX) || options.isEmpty()
                || options.size() > OPTIONS_MAX || !options.stream().allMatch(o -> fits(o, OPTION_MAX))
                || !options.contains(chosen) || approverId != null && approval == Approval.NONE) {
            throw new IllegalArgumentException("not a complete decision: " + key);
        }
    }

    /** Whether {@code text} is not blank and at most {@code max} characters (code points). */
    public static boolean fits(String text, int max) {
        return text != null && !text.isBlank() && text.codePointCount(0, text.length()) <= max;
    }

    /** The option {@code typed} names, ignoring case and surrounding spaces, as the option is written. */
    public static Optional<String> optionNamed(List<String> options, String typed) {
        String wanted = typed == null ? "" : typed.strip();
        return options.stream().filter(o -> o.strip().equalsIgnoreCase(wanted)).findFirst();
    }
}
