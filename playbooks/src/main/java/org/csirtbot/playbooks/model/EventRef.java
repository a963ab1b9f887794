package org.csirtbot.playbooks.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a clock or wait counts from: {@code run.started}, {@code step:ID.completed}, {@code decision:ID=OPTION}
 * or {@code field:__var__} (the date and time recorded in that field, e.g. the moment of awareness).
 */
public record EventRef(Kind kind, String subject, String option) {

    public enum Kind { RUN_STARTED, STEP_COMPLETED, DECISION, FIELD }

    private static final Pattern FORM = Pattern.compile(
            "run\\.started|step:(?<step>.+)\\.completed|decision:(?<decision>.+)=(?<option>.+)|field:(?<field>__.+__)");

    /** The reference, or null when the text is none of the four forms. */
    public static EventRef parse(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            return null;
        }
        if (m.group("step") != null) {
            return new EventRef(Kind.STEP_COMPLETED, m.group("step"), null);
        }
        if (m.group("decision") != null) {
            return new EventRef(Kind.DECISION, m.group("decision"), m.group("option"));
        }
        if (m.group("field") != null) {
            return new EventRef(Kind.FIELD, m.group("field"), null);
        }
        return new EventRef(Kind.RUN_STARTED, null, null);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case RUN_STARTED -> "run.started";
            case STEP_COMPLETED -> "step:" + subject + ".completed";
            case DECISION -> "decision:" + subject + "=" + option;
            case FIELD -> "field:" + subject;
        };
    }
}
