package org.csirtbot.testkit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Checks a message or a view against Slack's Block Kit limits (docs/slack-facts.md §4), as Slack would before
 * answering {@code invalid_blocks} or {@code invalid_arguments}. Lengths are counted in UTF-16 units, which is
 * never fewer than the characters Slack counts. Each violation names its JSON pointer.
 */
public final class BlockKitLimits {

    public static final int MESSAGE_BLOCKS = 50;
    public static final int MODAL_BLOCKS = 100;
    public static final int MESSAGE_TEXT = 40_000;
    public static final int SECTION_TEXT = 3000;
    public static final int FIELDS = 10;
    public static final int FIELD_TEXT = 2000;
    public static final int HEADER_TEXT = 150;
    public static final int CONTEXT_ELEMENTS = 10;
    public static final int ACTIONS_ELEMENTS = 25;
    public static final int OPTION_TEXT = 75;
    public static final int OPTION_VALUE = 150;
    public static final int SELECT_OPTIONS = 100;
    public static final int CHECKBOX_OPTIONS = 10;
    public static final int BUTTON_TEXT = 75;
    public static final int BUTTON_VALUE = 2000;
    public static final int URL = 3000;
    public static final int ID = 255;
    public static final int INPUT_MAX_LENGTH = 3000;
    public static final int PLACEHOLDER = 150;
    public static final int LABEL = 2000;
    public static final int VIEW_LABEL = 24;
    public static final int PRIVATE_METADATA = 3000;
    public static final int VIEW_BYTES = 250 * 1024;
    public static final int MARKDOWN_BLOCKS_TEXT = 12_000;

    private static final Set<String> TEXT_TYPES = Set.of("plain_text", "mrkdwn");

    private final List<String> violations = new ArrayList<>();
    private int markdownText;

    private BlockKitLimits() {
    }

    /** What is wrong with a message's fallback text and blocks (either may be null). */
    public static List<String> message(String text, JsonNode blocks) {
        BlockKitLimits check = new BlockKitLimits();
        if (text != null && text.length() > MESSAGE_TEXT) {
            check.fail("/text", "message text has " + text.length() + " characters, more than " + MESSAGE_TEXT);
        }
        if ((text == null || text.isEmpty()) && (blocks == null || blocks.isEmpty())) {
            check.fail("", "a message needs text or blocks (no_text)");
        }
        if (blocks != null) {
            check.blocks("/blocks", blocks, MESSAGE_BLOCKS);
        }
        return check.violations;
    }

    /** What is wrong with a view (a modal). */
    public static List<String> view(JsonNode view) {
        BlockKitLimits check = new BlockKitLimits();
        int bytes = view.toString().getBytes(StandardCharsets.UTF_8).length;
        if (bytes > VIEW_BYTES) {
            check.fail("", "view is " + bytes + " bytes, more than 250 kB (view_too_large)");
        }
        if (!"modal".equals(view.path("type").asText()) && !"home".equals(view.path("type").asText())) {
            check.fail("/type", "view type must be modal or home");
        }
        if ("modal".equals(view.path("type").asText())) {
            check.textObject("/title", view.get("title"), VIEW_LABEL, true, true);
        }
        check.textObject("/submit", view.get("submit"), VIEW_LABEL, false, true);
        check.textObject("/close", view.get("close"), VIEW_LABEL, false, true);
        check.max("/private_metadata", view.get("private_metadata"), PRIVATE_METADATA);
        check.max("/callback_id", view.get("callback_id"), ID);
        check.max("/external_id", view.get("external_id"), ID);
        JsonNode blocks = view.get("blocks");
        if (blocks == null || !blocks.isArray()) {
            check.fail("/blocks", "a view needs blocks");
        } else {
            check.blocks("/blocks", blocks, MODAL_BLOCKS);
            boolean hasInput = false;
            for (JsonNode block : blocks) {
                hasInput |= "input".equals(block.path("type").asText());
            }
            if (hasInput && view.get("submit") == null) {
                check.fail("/submit", "a modal with input blocks needs a submit button");
            }
        }
        return check.violations;
    }

    private void blocks(String at, JsonNode blocks, int maxBlocks) {
        if (!blocks.isArray()) {
            fail(at, "blocks must be an array");
            return;
        }
        if (blocks.size() > maxBlocks) {
            fail(at, blocks.size() + " blocks, more than " + maxBlocks);
        }
        for (int i = 0; i < blocks.size(); i++) {
            block(at + "/" + i, blocks.get(i));
        }
        if (markdownText > MARKDOWN_BLOCKS_TEXT) {
            fail(at, "markdown blocks have " + markdownText + " characters together, more than " + MARKDOWN_BLOCKS_TEXT);
        }
    }

    private void block(String at, JsonNode block) {
        max(at + "/block_id", block.get("block_id"), ID);
        String type = block.path("type").asText();
        switch (type) {
            case "section" -> {
                JsonNode fields = block.get("fields");
                if (block.get("text") == null && fields == null) {
                    fail(at, "a section needs text or fields");
                }
                textObject(at + "/text", block.get("text"), SECTION_TEXT, false, false);
                if (fields != null) {
                    if (fields.size() > FIELDS) {
                        fail(at + "/fields", fields.size() + " fields, more than " + FIELDS);
                    }
                    for (int i = 0; i < fields.size(); i++) {
                        textObject(at + "/fields/" + i, fields.get(i), FIELD_TEXT, true, false);
                    }
                }
                if (block.get("accessory") != null) {
                    element(at + "/accessory", block.get("accessory"));
                }
            }
            case "header" -> textObject(at + "/text", block.get("text"), HEADER_TEXT, true, true);
            case "context" -> {
                JsonNode elements = block.path("elements");
                if (elements.isEmpty() || elements.size() > CONTEXT_ELEMENTS) {
                    fail(at + "/elements", "a context needs 1 to " + CONTEXT_ELEMENTS + " elements, has " + elements.size());
                }
                for (int i = 0; i < elements.size(); i++) {
                    JsonNode e = elements.get(i);
                    if (TEXT_TYPES.contains(e.path("type").asText())) {
                        textObject(at + "/elements/" + i, e, SECTION_TEXT, true, false);
                    }
                }
            }
            case "actions" -> {
                JsonNode elements = block.path("elements");
                if (elements.isEmpty() || elements.size() > ACTIONS_ELEMENTS) {
                    fail(at + "/elements", "actions need 1 to " + ACTIONS_ELEMENTS + " elements, has " + elements.size());
                }
                for (int i = 0; i < elements.size(); i++) {
                    element(at + "/elements/" + i, elements.get(i));
                }
            }
            case "input" -> {
                textObject(at + "/label", block.get("label"), LABEL, true, true);
                textObject(at + "/hint", block.get("hint"), LABEL, false, true);
                if (block.get("element") == null) {
                    fail(at + "/element", "an input needs an element");
                } else {
                    element(at + "/element", block.get("element"));
                }
            }
            case "markdown" -> {
                String text = block.path("text").asText();
                markdownText += text.length();
            }
            case "divider", "image", "rich_text", "video", "file" -> {
                // nothing the bot fills from user text
            }
            default -> fail(at + "/type", "unknown block type '" + type + "'");
        }
    }

    private void element(String at, JsonNode element) {
        max(at + "/action_id", element.get("action_id"), ID);
        textObject(at + "/placeholder", element.get("placeholder"), PLACEHOLDER, false, true);
        String type = element.path("type").asText();
        switch (type) {
            case "button" -> {
                textObject(at + "/text", element.get("text"), BUTTON_TEXT, true, true);
                max(at + "/value", element.get("value"), BUTTON_VALUE);
                max(at + "/url", element.get("url"), URL);
            }
            case "static_select", "multi_static_select" -> {
                JsonNode options = element.path("options");
                if (options.isEmpty() || options.size() > SELECT_OPTIONS) {
                    fail(at + "/options", "a select needs 1 to " + SELECT_OPTIONS + " options, has " + options.size());
                }
                options(at + "/options", options);
                JsonNode initial = element.get("initial_option");
                if (initial != null && !initial.isNull()) {
                    option(at + "/initial_option", initial);
                    if (!contains(options, initial)) {
                        fail(at + "/initial_option", "initial_option is not one of the options");
                    }
                }
            }
            case "checkboxes", "radio_buttons" -> {
                JsonNode options = element.path("options");
                if (options.isEmpty() || options.size() > CHECKBOX_OPTIONS) {
                    fail(at + "/options", type + " need 1 to " + CHECKBOX_OPTIONS + " options, has " + options.size());
                }
                options(at + "/options", options);
            }
            case "plain_text_input" -> {
                JsonNode maxLength = element.get("max_length");
                JsonNode minLength = element.get("min_length");
                int limit = INPUT_MAX_LENGTH;
                if (maxLength != null) {
                    if (maxLength.asInt() < 1 || maxLength.asInt() > INPUT_MAX_LENGTH) {
                        fail(at + "/max_length", "max_length " + maxLength + " is not within 1–" + INPUT_MAX_LENGTH);
                    }
                    limit = Math.min(limit, maxLength.asInt());
                }
                if (minLength != null && (minLength.asInt() < 0 || minLength.asInt() > INPUT_MAX_LENGTH)) {
                    fail(at + "/min_length", "min_length " + minLength + " is not within 0–" + INPUT_MAX_LENGTH);
                }
                max(at + "/initial_value", element.get("initial_value"), limit);
            }
            default -> {
                // other elements are not used by the bot
            }
        }
    }

    private void options(String at, JsonNode options) {
        for (int i = 0; i < options.size(); i++) {
            option(at + "/" + i, options.get(i));
        }
    }

    private void option(String at, JsonNode option) {
        textObject(at + "/text", option.get("text"), OPTION_TEXT, true, false);
        textObject(at + "/description", option.get("description"), OPTION_TEXT, false, false);
        if (!option.hasNonNull("value")) {
            fail(at + "/value", "an option needs a value");
        }
        max(at + "/value", option.get("value"), OPTION_VALUE);
    }

    private static boolean contains(JsonNode options, JsonNode option) {
        for (JsonNode o : options) {
            if (o.path("value").equals(option.path("value"))) {
                return true;
            }
        }
        return false;
    }

    private void textObject(String at, JsonNode text, int maxLength, boolean required, boolean plainOnly) {
        if (text == null || text.isNull()) {
            if (required) {
                fail(at, "missing");
            }
            return;
        }
        String type = text.path("type").asText();
        if (!TEXT_TYPES.contains(type) || (plainOnly && !"plain_text".equals(type))) {
            fail(at + "/type", "text type '" + type + "' is not allowed here");
        }
        JsonNode value = text.get("text");
        if (value == null || !value.isTextual() || value.asText().isEmpty()) {
            fail(at + "/text", "text must have at least 1 character");
            return;
        }
        max(at + "/text", value, maxLength);
    }

    private void max(String at, JsonNode value, int maxLength) {
        if (value != null && value.isTextual() && value.asText().length() > maxLength) {
            fail(at, "has " + value.asText().length() + " characters, more than " + maxLength);
        }
    }

    private void fail(String at, String what) {
        violations.add(at + ": " + what);
    }
}
