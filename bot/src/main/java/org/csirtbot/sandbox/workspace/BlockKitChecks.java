package org.csirtbot.sandbox.workspace;

import static org.csirtbot.sandbox.workspace.BlockKitLimits.*;

import java.util.List;
import java.util.Set;

import org.csirtbot.sandbox.workspace.BlockKitLimits.Violation;

import com.fasterxml.jackson.databind.JsonNode;

/** The walk behind {@link BlockKitLimits}: blocks, their elements and composition objects; adds to one list. */
final class BlockKitChecks {

    private static final Set<String> OPTION_ELEMENTS = Set.of("static_select", "multi_static_select",
            "radio_buttons", "checkboxes", "overflow");

    private final List<Violation> out;

    BlockKitChecks(List<Violation> out) {
        this.out = out;
    }

    /** A blocks array: count, then each block. */
    void blocks(JsonNode blocks, String ptr, int max) {
        if (!blocks.isArray()) {
            return;
        }
        items(blocks, ptr, max);
        for (int i = 0; i < blocks.size(); i++) {
            block(blocks.get(i), ptr + "/" + i);
        }
    }

    /** The cumulative text of markdown blocks in one message. */
    void markdownTotal(JsonNode blocks, String ptr) {
        int total = 0;
        for (JsonNode b : blocks) {
            if ("markdown".equals(b.path("type").asText())) {
                String text = b.path("text").asText("");
                total += text.codePointCount(0, text.length());
            }
        }
        if (total > MAX_MARKDOWN_TOTAL) {
            out.add(new Violation(ptr, "markdown blocks must be less than " + (MAX_MARKDOWN_TOTAL + 1)
                    + " characters in total"));
        }
    }

    private void block(JsonNode b, String ptr) {
        length(b.path("block_id").asText(null), ptr + "/block_id", MAX_ID);
        switch (b.path("type").asText()) {
            case "section" -> {
                text(b.path("text"), ptr + "/text", MAX_SECTION_TEXT);
                JsonNode fields = b.path("fields");
                items(fields, ptr + "/fields", MAX_SECTION_FIELDS);
                for (int i = 0; i < fields.size(); i++) {
                    text(fields.get(i), ptr + "/fields/" + i, MAX_SECTION_FIELD_TEXT);
                }
                element(b.path("accessory"), ptr + "/accessory");
            }
            case "header" -> {
                JsonNode text = b.path("text");
                if (!text.isMissingNode() && !"plain_text".equals(text.path("type").asText())) {
                    out.add(new Violation(ptr + "/text/type", "must be plain_text"));
                }
                text(text, ptr + "/text", MAX_HEADER_TEXT);
            }
            case "actions" -> elements(b.path("elements"), ptr + "/elements", MAX_ACTIONS_ELEMENTS, true);
            case "context" -> elements(b.path("elements"), ptr + "/elements", MAX_CONTEXT_ELEMENTS, false);
            case "input" -> {
                text(b.path("label"), ptr + "/label", MAX_INPUT_LABEL);
                element(b.path("element"), ptr + "/element");
            }
            default -> {
                // divider, image, markdown, rich_text, file, video: nothing checked here
            }
        }
    }

    private void elements(JsonNode elements, String ptr, int max, boolean interactive) {
        items(elements, ptr, max);
        if (interactive) {
            for (int i = 0; i < elements.size(); i++) {
                element(elements.get(i), ptr + "/" + i);
            }
        }
    }

    private void element(JsonNode e, String ptr) {
        if (!e.isObject()) {
            return;
        }
        String type = e.path("type").asText();
        length(e.path("action_id").asText(null), ptr + "/action_id", MAX_ID);
        confirm(e.path("confirm"), ptr + "/confirm");
        if (type.equals("button")) {
            text(e.path("text"), ptr + "/text", MAX_BUTTON_TEXT);
            length(e.path("value").asText(null), ptr + "/value", MAX_BUTTON_VALUE);
            length(e.path("url").asText(null), ptr + "/url", MAX_BUTTON_URL);
        } else if (OPTION_ELEMENTS.contains(type)) {
            options(e.path("options"), ptr + "/options", type.equals("overflow") ? MAX_OVERFLOW_OPTIONS : MAX_OPTIONS);
            JsonNode groups = e.path("option_groups");
            items(groups, ptr + "/option_groups", MAX_OPTIONS);
            for (int i = 0; i < groups.size(); i++) {
                options(groups.get(i).path("options"), ptr + "/option_groups/" + i + "/options", MAX_OPTIONS);
            }
        } else if (type.equals("plain_text_input")) {
            plainTextInput(e, ptr);
        } else if (type.equals("file_input")) {
            if (!ptr.endsWith("/element")) {
                out.add(new Violation(ptr + "/type", "file_input must be inside an input block"));
            }
            if (e.has("max_files")) {
                range(e.get("max_files").asInt(), 1, MAX_FILES, ptr + "/max_files");
            }
        }
    }

    private void plainTextInput(JsonNode e, String ptr) {
        int maxLength = MAX_INPUT_LENGTH;
        if (e.has("max_length")) {
            maxLength = e.get("max_length").asInt();
            range(maxLength, 1, MAX_INPUT_LENGTH, ptr + "/max_length");
        }
        if (e.has("min_length")) {
            range(e.get("min_length").asInt(), 0, MAX_INPUT_LENGTH, ptr + "/min_length");
        }
        length(e.path("initial_value").asText(null), ptr + "/initial_value", Math.min(maxLength, MAX_INPUT_LENGTH));
        text(e.path("placeholder"), ptr + "/placeholder", MAX_PLACEHOLDER);
    }

    private void options(JsonNode options, String ptr, int max) {
        items(options, ptr, max);
        for (int i = 0; i < options.size(); i++) {
            JsonNode o = options.get(i);
            text(o.path("text"), ptr + "/" + i + "/text", MAX_OPTION_TEXT);
            text(o.path("description"), ptr + "/" + i + "/description", MAX_OPTION_TEXT);
            length(o.path("value").asText(null), ptr + "/" + i + "/value", MAX_OPTION_VALUE);
        }
    }

    private void confirm(JsonNode c, String ptr) {
        if (c.isObject()) {
            text(c.path("title"), ptr + "/title", MAX_CONFIRM_TITLE);
            text(c.path("text"), ptr + "/text", MAX_CONFIRM_TEXT);
            text(c.path("confirm"), ptr + "/confirm", MAX_CONFIRM_BUTTON);
            text(c.path("deny"), ptr + "/deny", MAX_CONFIRM_BUTTON);
        }
    }

    /** A text object's {@code text} (a plain string node is checked as is). */
    void text(JsonNode textObject, String ptr, int max) {
        if (textObject.isTextual()) {
            length(textObject.asText(), ptr, max);
        } else if (textObject.isObject()) {
            length(textObject.path("text").asText(null), ptr + "/text", max);
        }
    }

    void length(String value, String ptr, int max) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            out.add(new Violation(ptr, "must be less than " + (max + 1) + " characters"));
        }
    }

    private void items(JsonNode array, String ptr, int max) {
        if (array.isArray() && array.size() > max) {
            out.add(new Violation(ptr, "must be less than " + (max + 1) + " items"));
        }
    }

    private void range(int value, int min, int max, String ptr) {
        if (value < min || value > max) {
            out.add(new Violation(ptr, "must be between " + min + " and " + max));
        }
    }
}
