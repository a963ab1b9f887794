package org.csirtbot.playbooks.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A value asked for (playbook input, collect field) or recorded on completing a step. {@code min} and {@code max}
 * bound an {@code int} field's value (both included; null: unbounded).
 */
public record FieldDef(
        String key,
        LText label,
        LText help,
        FieldType type,
        boolean multiple,
        boolean required,
        @JsonProperty("enum") List<String> enumValues,
        @JsonProperty("default") String defaultValue,
        boolean sensitive,
        boolean evidence,
        String source,
        Integer min,
        Integer max) {

    public FieldDef {
        enumValues = Lists.orEmpty(enumValues);
    }
}
