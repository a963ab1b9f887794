package org.csirtbot.sandbox.workspace;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.csirtbot.sandbox.workspace.BlockKitLimits.Violation;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.util.json.GsonFactory;

/** {@link BlockKitLimits} on blocks built with the Slack SDK model and serialised as the SDK sends them. */
class BlockKitLimitsTests {

    @Test
    void blocksWithinTheLimitsPass() {
        List<LayoutBlock> blocks = List.of(
                header(h -> h.text(plainText("h".repeat(150)))),
                section(s -> s.blockId("b".repeat(255)).text(markdownText("s".repeat(3000)))
                        .fields(java.util.Collections.nCopies(10, markdownText("f".repeat(2000))))),
                actions(a -> a.elements(List.of(button(b -> b.actionId("a".repeat(255)).text(plainText("t".repeat(75)))
                        .value("v".repeat(2000)))))));
        assertThat(BlockKitLimits.checkMessage("m".repeat(40_000), blocks(blocks))).isEmpty();
        assertThat(BlockKitLimits.checkBlocks((JsonNode) null)).isEmpty();
    }

    @Test
    void sectionHeaderAndButtonLimits() {
        List<LayoutBlock> blocks = List.of(
                section(s -> s.text(markdownText("s".repeat(3001)))),
                header(h -> h.text(plainText("h".repeat(151)))),
                section(s -> s.text(markdownText("x")).fields(java.util.Collections.nCopies(11, markdownText("f")))),
                section(s -> s.fields(List.of(markdownText("f".repeat(2001))))),
                actions(a -> a.blockId("b".repeat(256)).elements(List.of(button(b -> b.actionId("a".repeat(256))
                        .text(plainText("t".repeat(76))).value("v".repeat(2001)))))));
        assertThat(BlockKitLimits.checkBlocks(blocks(blocks))).extracting(Violation::toString).containsExactly(
                "must be less than 3001 characters [json-pointer:/blocks/0/text/text]",
                "must be less than 151 characters [json-pointer:/blocks/1/text/text]",
                "must be less than 11 items [json-pointer:/blocks/2/fields]",
                "must be less than 2001 characters [json-pointer:/blocks/3/fields/0/text]",
                "must be less than 256 characters [json-pointer:/blocks/4/block_id]",
                "must be less than 256 characters [json-pointer:/blocks/4/elements/0/action_id]",
                "must be less than 76 characters [json-pointer:/blocks/4/elements/0/text/text]",
                "must be less than 2001 characters [json-pointer:/blocks/4/elements/0/value]");
    }

    @Test
    void headerMustBePlainText() {
        JsonNode blocks = json("[{\"type\":\"header\",\"text\":{\"type\":\"mrkdwn\",\"text\":\"*x*\"}}]");
        assertThat(BlockKitLimits.checkBlocks(blocks)).containsExactly(new Violation("/blocks/0/text/type", "must be plain_text"));
    }

    @Test
    void countsOfBlocksElementsAndOptions() {
        ArrayNode many = SlackSamples.MAPPER.createArrayNode();
        for (int i = 0; i < 51; i++) {
            many.addObject().put("type", "divider");
        }
        assertThat(BlockKitLimits.checkBlocks(many)).containsExactly(new Violation("/blocks", "must be less than 51 items"));

        List<LayoutBlock> blocks = List.of(
                actions(a -> a.elements(java.util.Collections.nCopies(26, button(b -> b.text(plainText("b")).actionId("x"))))),
                context(c -> c.elements(java.util.Collections.nCopies(11, plainText("c")))),
                actions(a -> a.elements(List.of(staticSelect(s -> s.actionId("sel")
                        .options(java.util.Collections.nCopies(101, option(plainText("o"), "v"))))))),
                actions(a -> a.elements(List.of(staticSelect(s -> s.actionId("sel2")
                        .options(List.of(option(plainText("o".repeat(76)), "v".repeat(151)))))))));
        assertThat(BlockKitLimits.checkBlocks(blocks(blocks))).extracting(Violation::toString).containsExactly(
                "must be less than 26 items [json-pointer:/blocks/0/elements]",
                "must be less than 11 items [json-pointer:/blocks/1/elements]",
                "must be less than 101 items [json-pointer:/blocks/2/elements/0/options]",
                "must be less than 76 characters [json-pointer:/blocks/3/elements/0/options/0/text/text]",
                "must be less than 151 characters [json-pointer:/blocks/3/elements/0/options/0/value]");
    }

    @Test
    void optionDescriptionAndMessageText() {
        JsonNode blocks = json("[{\"type\":\"section\",\"text\":{\"type\":\"mrkdwn\",\"text\":\"x\"},\"accessory\":"
                + "{\"type\":\"overflow\",\"action_id\":\"o\",\"options\":[{\"text\":{\"type\":\"plain_text\",\"text\":\"a\"},"
                + "\"value\":\"a\",\"description\":{\"type\":\"plain_text\",\"text\":\"" + "d".repeat(76) + "\"}}]}}]");
        assertThat(BlockKitLimits.checkMessage("m".repeat(40_001), blocks)).extracting(Violation::toString).containsExactly(
                "must be less than 40001 characters [json-pointer:/text]",
                "must be less than 76 characters [json-pointer:/blocks/0/accessory/options/0/description/text]");
    }

    @Test
    void charactersAreCodePoints() {
        String emoji = "\uD83D\uDD25"; // one code point, two UTF-16 chars
        JsonNode blocks = blocks(List.of(header(h -> h.text(plainText(emoji.repeat(150))))));
        assertThat(BlockKitLimits.checkBlocks(blocks)).isEmpty();
    }

    @Test
    void viewLimits() {
        View ok = view(v -> v.type("modal").callbackId("c".repeat(255)).privateMetadata("p".repeat(3000))
                .title(viewTitle(t -> t.type("plain_text").text("t".repeat(24))))
                .submit(viewSubmit(t -> t.type("plain_text").text("s".repeat(24))))
                .close(viewClose(t -> t.type("plain_text").text("c".repeat(24))))
                .blocks(java.util.Collections.nCopies(100, section(s -> s.text(markdownText("x"))))));
        assertThat(BlockKitLimits.checkView(GsonFactory.createSnakeCase().toJson(ok))).isEmpty();

        View bad = view(v -> v.type("modal").callbackId("c".repeat(256)).privateMetadata("p".repeat(3001))
                .externalId("e".repeat(256))
                .title(viewTitle(t -> t.type("plain_text").text("t".repeat(25))))
                .submit(viewSubmit(t -> t.type("plain_text").text("s".repeat(25))))
                .close(viewClose(t -> t.type("plain_text").text("c".repeat(25))))
                .blocks(List.of(input(i -> i.label(plainText("l".repeat(2001))).element(plainTextInput(p -> p
                        .actionId("in").maxLength(10).initialValue("i".repeat(11))
                        .placeholder(plainText("p".repeat(151)))))))));
        assertThat(BlockKitLimits.checkView(GsonFactory.createSnakeCase().toJson(bad))).extracting(Violation::toString)
                .containsExactly(
                        "must be less than 25 characters [json-pointer:/view/title/text]",
                        "must be less than 25 characters [json-pointer:/view/submit/text]",
                        "must be less than 25 characters [json-pointer:/view/close/text]",
                        "must be less than 3001 characters [json-pointer:/view/private_metadata]",
                        "must be less than 256 characters [json-pointer:/view/callback_id]",
                        "must be less than 256 characters [json-pointer:/view/external_id]",
                        "must be less than 2001 characters [json-pointer:/view/blocks/0/label/text]",
                        "must be less than 11 characters [json-pointer:/view/blocks/0/element/initial_value]",
                        "must be less than 151 characters [json-pointer:/view/blocks/0/element/placeholder/text]");
    }

    @Test
    void modalsHoldAtMost100BlocksAndInputMaxLengthAtMost3000() {
        ObjectNode view = (ObjectNode) json("{\"type\":\"modal\",\"title\":{\"type\":\"plain_text\",\"text\":\"t\"}}");
        ArrayNode blocks = view.putArray("blocks");
        for (int i = 0; i < 101; i++) {
            blocks.addObject().put("type", "divider");
        }
        blocks.set(0, json("{\"type\":\"input\",\"label\":{\"type\":\"plain_text\",\"text\":\"l\"},"
                + "\"element\":{\"type\":\"plain_text_input\",\"action_id\":\"a\",\"max_length\":3001,\"min_length\":-1}}"));
        assertThat(BlockKitLimits.checkView(view)).extracting(Violation::toString).containsExactly(
                "must be less than 101 items [json-pointer:/view/blocks]",
                "must be between 1 and 3000 [json-pointer:/view/blocks/0/element/max_length]",
                "must be between 0 and 3000 [json-pointer:/view/blocks/0/element/min_length]");
    }

    /** A file_input (the report form's mail) lives in an input block and takes 1 to 10 files (docs file-input-element). */
    @Test
    void aFileInputTakesOneToTenFilesInsideAnInputBlock() {
        ObjectNode view = (ObjectNode) json("{\"type\":\"modal\",\"title\":{\"type\":\"plain_text\",\"text\":\"t\"}}");
        ArrayNode blocks = view.putArray("blocks");
        blocks.add(json("{\"type\":\"input\",\"label\":{\"type\":\"plain_text\",\"text\":\"l\"},\"optional\":true,"
                + "\"element\":{\"type\":\"file_input\",\"action_id\":\"a\",\"filetypes\":[\"eml\",\"msg\"],\"max_files\":1}}"));
        assertThat(BlockKitLimits.checkView(view)).isEmpty();

        blocks.add(json("{\"type\":\"input\",\"label\":{\"type\":\"plain_text\",\"text\":\"l\"},"
                + "\"element\":{\"type\":\"file_input\",\"action_id\":\"a\",\"max_files\":11}}"));
        blocks.add(json("{\"type\":\"actions\",\"elements\":[{\"type\":\"file_input\",\"action_id\":\"a\"}]}"));
        assertThat(BlockKitLimits.checkView(view)).extracting(Violation::toString).containsExactly(
                "must be between 1 and 10 [json-pointer:/view/blocks/1/element/max_files]",
                "file_input must be inside an input block [json-pointer:/view/blocks/2/elements/0/type]");
    }

    @Test
    void markdownBlocksShare12000Characters() {
        ArrayNode blocks = SlackSamples.MAPPER.createArrayNode();
        blocks.addObject().put("type", "markdown").put("text", "a".repeat(6000));
        blocks.addObject().put("type", "markdown").put("text", "b".repeat(6000));
        assertThat(BlockKitLimits.checkBlocks(blocks)).isEmpty();
        blocks.addObject().put("type", "markdown").put("text", "c");
        assertThat(BlockKitLimits.checkBlocks(blocks)).singleElement()
                .satisfies(v -> assertThat(v.pointer()).isEqualTo("/blocks"));
    }

    /** The blocks JSON exactly as the SDK puts it in the {@code blocks} form param. */
    private static JsonNode blocks(List<LayoutBlock> blocks) {
        return json(GsonFactory.createSnakeCase().toJson(blocks));
    }

    private static JsonNode json(String text) {
        try {
            return SlackSamples.MAPPER.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
