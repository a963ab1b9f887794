package org.csirtbot.testkit.fakeslack;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Finds Slack control sequences ({@code <!channel>}, {@code <@U…>}, {@code <#C…>}, {@code <https://…|…>},
 * {@code <mailto:…>}, {@code <!date^…>}) in text Slack renders as mrkdwn. Any unescaped {@code <} counts, unless
 * the caller allows that exact sequence (the bot's own mentions of IDs it got from Slack). Text in
 * {@code plain_text} objects and in fields Slack never renders (values, IDs, an input's initial value,
 * private_metadata) is inert and not looked at.
 */
public final class LiveMarkup {

    /** Fields of blocks and views that Slack does not render as mrkdwn. */
    private static final Set<String> INERT = Set.of("type", "block_id", "action_id", "value", "style",
            "initial_value", "private_metadata", "callback_id", "external_id", "url", "image_url", "alt_text",
            "initial_date", "initial_time", "initial_user", "initial_conversation", "initial_channel", "hash",
            "id", "team_id", "app_id", "bot_id", "root_view_id", "previous_view_id");

    private LiveMarkup() {
    }

    /** Each {@code <…>} (or a lone {@code <} to the end) in mrkdwn text that the predicate does not allow. */
    public static List<String> in(String mrkdwn, Predicate<String> allowed) {
        List<String> live = new ArrayList<>();
        if (mrkdwn == null) {
            return live;
        }
        for (int i = mrkdwn.indexOf('<'); i >= 0; i = mrkdwn.indexOf('<', i + 1)) {
            int end = mrkdwn.indexOf('>', i);
            String sequence = end < 0 ? mrkdwn.substring(i) : mrkdwn.substring(i, end + 1);
            if (!allowed.test(sequence)) {
                live.add(sequence.length() > 80 ? sequence.substring(0, 80) + "…" : sequence);
            }
        }
        return live;
    }

    /** The texts Slack renders as mrkdwn in blocks or a view, by JSON pointer. */
    public static Map<String, String> renderedTexts(JsonNode json, String at) {
        Map<String, String> texts = new LinkedHashMap<>();
        collect(json, at, texts);
        return texts;
    }

    private static void collect(JsonNode node, String at, Map<String, String> texts) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), at + "/" + i, texts);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        String type = node.path("type").asText();
        if ("plain_text".equals(type)) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (INERT.contains(field.getKey())) {
                continue;
            }
            if (field.getValue().isTextual()) {
                texts.put(at + "/" + field.getKey(), field.getValue().asText());
            } else {
                collect(field.getValue(), at + "/" + field.getKey(), texts);
            }
        }
    }
}
