package org.csirtbot.sandbox.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Checks message blocks and views against Slack's documented Block Kit limits (the table in
 * /work/shared/docs/slack-facts.md §4) and returns the violations, empty when everything fits. Real Slack rejects
 * such payloads with {@code invalid_blocks} (chat.*) or {@code invalid_arguments} (views.*); it may also reject
 * payloads that pass here (e.g. {@code msg_blocks_too_long} at ~13k cumulative characters, an undocumented limit).
 * <p>
 * Lengths are counted in Unicode code points. A {@link Violation} prints like Slack's error strings:
 * {@code must be less than 3001 characters [json-pointer:/blocks/0/text/text]}. Pointers start at {@code /blocks}
 * for message blocks, at {@code /text} for message text and at {@code /view} for a view.
 */
public final class BlockKitLimits {

    /** Blocks per message: 50 (docs.slack.dev/reference/block-kit/blocks). */
    public static final int MAX_MESSAGE_BLOCKS = 50;
    /** Blocks per modal or Home tab: 100 (same page; python-slack-sdk views blocks_max_length=100). */
    public static final int MAX_VIEW_BLOCKS = 100;
    /** Message {@code text}: truncated above 40,000 (Slack changelog 2018-04, [secondary] in slack-facts §4). */
    public static final int MAX_MESSAGE_TEXT = 40_000;
    /** Section {@code text}: 3000 (docs section block; python SectionBlock.text_max_length). */
    public static final int MAX_SECTION_TEXT = 3000;
    /** Section {@code fields}: 10 items (docs section block; python fields_max_length). */
    public static final int MAX_SECTION_FIELDS = 10;
    /** Each section field: 2000 (docs section block). */
    public static final int MAX_SECTION_FIELD_TEXT = 2000;
    /** Header text, plain_text only: 150 (python HeaderBlock.text_max_length; JSS javadoc's 3000 is wrong). */
    public static final int MAX_HEADER_TEXT = 150;
    /** Button text: 75 (python ButtonElement). */
    public static final int MAX_BUTTON_TEXT = 75;
    /** Button value: 2000 (python ButtonElement). */
    public static final int MAX_BUTTON_VALUE = 2000;
    /** Button url: 3000 (python ButtonElement). */
    public static final int MAX_BUTTON_URL = 3000;
    /** action_id and block_id: 255 (python InteractiveElement.action_id_max_length, Block.block_id_max_length). */
    public static final int MAX_ID = 255;
    /** Option text: 75 (python Option); description: 75 (python Option.description_max_length, not in the §4 table). */
    public static final int MAX_OPTION_TEXT = 75;
    /** Option value: 150 (python Option). */
    public static final int MAX_OPTION_VALUE = 150;
    /** Options / option groups per select: 100 (python StaticSelectElement). */
    public static final int MAX_OPTIONS = 100;
    /** Overflow menu options: 5 (python OverflowMenuElement). */
    public static final int MAX_OVERFLOW_OPTIONS = 5;
    /** Context block elements: 10 (python ContextBlock). */
    public static final int MAX_CONTEXT_ELEMENTS = 10;
    /** Actions block elements: 25 (python ActionsBlock; docs actions block). */
    public static final int MAX_ACTIONS_ELEMENTS = 25;
    /** Input block label: 2000 (python InputBlock.label_max_length; asked for by the kit's brief, not in the §4 table). */
    public static final int MAX_INPUT_LABEL = 2000;
    /** plain_text_input max_length 1–3000, min_length 0–3000 (docs plain-text-input-element). */
    public static final int MAX_INPUT_LENGTH = 3000;
    /** file_input max_files 1–10; the element only inside an input block (docs file-input-element). */
    public static final int MAX_FILES = 10;
    /** plain_text_input placeholder: 150 (docs plain-text-input-element). */
    public static final int MAX_PLACEHOLDER = 150;
    /** Confirm dialog title / text / confirm / deny: 100 / 300 / 30 / 30 (python ConfirmObject). */
    public static final int MAX_CONFIRM_TITLE = 100;
    /** See {@link #MAX_CONFIRM_TITLE}. */
    public static final int MAX_CONFIRM_TEXT = 300;
    /** See {@link #MAX_CONFIRM_TITLE}. */
    public static final int MAX_CONFIRM_BUTTON = 30;
    /** markdown blocks: 12,000 characters cumulative per message (docs markdown block; api-ref markdown_text). */
    public static final int MAX_MARKDOWN_TOTAL = 12_000;
    /** View title / submit / close: 24 each (python views title_max_length etc.). */
    public static final int MAX_VIEW_BUTTON_TEXT = 24;
    /** View private_metadata: 3000 (python views private_metadata_max_length). */
    public static final int MAX_PRIVATE_METADATA = 3000;
    /** View callback_id and external_id: 255 (python views; api-ref views.update external_id). */
    public static final int MAX_CALLBACK_ID = 255;

    /** One exceeded limit: where (a JSON pointer) and what, in Slack's words. */
    public record Violation(String pointer, String message) {
        @Override
        public String toString() {
            return message + " [json-pointer:" + pointer + "]";
        }
    }

    private BlockKitLimits() {
    }

    /** Checks a message's {@code blocks} array (null means no blocks). */
    public static List<Violation> checkBlocks(JsonNode blocks) {
        List<Violation> out = new ArrayList<>();
        if (blocks != null) {
            BlockKitChecks checks = new BlockKitChecks(out);
            checks.blocks(blocks, "/blocks", MAX_MESSAGE_BLOCKS);
            checks.markdownTotal(blocks, "/blocks");
        }
        return out;
    }

    /** Checks a message's blocks given as the JSON string the Web API receives. */
    public static List<Violation> checkBlocks(String blocksJson) {
        return checkBlocks(parse(blocksJson));
    }

    /** Checks a message's {@code text} (may be null) and {@code blocks} (may be null). */
    public static List<Violation> checkMessage(String text, JsonNode blocks) {
        List<Violation> out = new ArrayList<>();
        if (text != null) {
            new BlockKitChecks(out).length(text, "/text", MAX_MESSAGE_TEXT);
        }
        out.addAll(checkBlocks(blocks));
        return out;
    }

    /** Checks a modal or Home tab view (the {@code view} param of views.open/push/update/publish). */
    public static List<Violation> checkView(JsonNode view) {
        List<Violation> out = new ArrayList<>();
        BlockKitChecks checks = new BlockKitChecks(out);
        for (String field : List.of("title", "submit", "close")) {
            checks.text(view.path(field), "/view/" + field, MAX_VIEW_BUTTON_TEXT);
        }
        checks.length(view.path("private_metadata").asText(null), "/view/private_metadata", MAX_PRIVATE_METADATA);
        checks.length(view.path("callback_id").asText(null), "/view/callback_id", MAX_CALLBACK_ID);
        checks.length(view.path("external_id").asText(null), "/view/external_id", MAX_CALLBACK_ID);
        checks.blocks(view.path("blocks"), "/view/blocks", MAX_VIEW_BLOCKS);
        return out;
    }

    /** Checks a view given as the JSON string the Web API receives. */
    public static List<Violation> checkView(String viewJson) {
        return checkView(parse(viewJson));
    }

    private static JsonNode parse(String json) {
        try {
            return SlackSamples.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: " + json, e);
        }
    }
}
