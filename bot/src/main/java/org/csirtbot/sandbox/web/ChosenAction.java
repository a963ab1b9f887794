package org.csirtbot.sandbox.web;

import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The {@code actions[0]} of a block_actions payload, made from the interactive element the person used (found in the
 * message's or view's blocks) and what the browser says was chosen: a button sends its own value, a select the
 * option with that value, a date or time picker the date or time.
 */
final class ChosenAction {

    private ChosenAction() {
    }

    /** The element with this action_id in the block with this block_id: in actions, as an accessory, or an input's. */
    static Optional<JsonNode> find(JsonNode blocks, String blockId, String actionId) {
        for (JsonNode block : blocks == null ? JsonNodes.EMPTY : blocks) {
            if (blockId != null && !blockId.equals(block.path("block_id").asText())) {
                continue;
            }
            for (JsonNode element : elementsOf(block)) {
                if (actionId.equals(element.path("action_id").asText())) {
                    return Optional.of(element);
                }
            }
        }
        return Optional.empty();
    }

    /** The action Slack reports for this element and choice. */
    static ObjectNode of(JsonNode element, String blockId, String value) {
        ObjectNode action = JsonNodes.MAPPER.createObjectNode().put("type", element.path("type").asText())
                .put("action_id", element.path("action_id").asText()).put("block_id", blockId);
        switch (element.path("type").asText()) {
            case "button" -> {
                action.set("text", element.path("text"));
                action.put("value", element.path("value").asText(null));
                copy(element, action, "style");
            }
            case "static_select", "overflow", "radio_buttons" -> action.set("selected_option", option(element, value));
            case "checkboxes" -> action.putArray("selected_options").add(option(element, value));
            case "datepicker" -> action.put("selected_date", value);
            case "timepicker" -> action.put("selected_time", value);
            case "users_select" -> action.put("selected_user", value);
            case "conversations_select", "channels_select" -> action.put("selected_conversation", value);
            default -> action.put("value", value);
        }
        return action;
    }

    private static Iterable<JsonNode> elementsOf(JsonNode block) {
        if (block.has("elements")) {
            return block.path("elements");
        }
        JsonNode single = block.has("accessory") ? block.path("accessory") : block.path("element");
        return single.isMissingNode() ? JsonNodes.EMPTY : JsonNodes.MAPPER.createArrayNode().add(single);
    }

    private static JsonNode option(JsonNode element, String value) {
        for (JsonNode option : element.path("options")) {
            if (option.path("value").asText().equals(value)) {
                return option;
            }
        }
        for (JsonNode group : element.path("option_groups")) {
            for (JsonNode option : group.path("options")) {
                if (option.path("value").asText().equals(value)) {
                    return option;
                }
            }
        }
        return JsonNodes.MAPPER.createObjectNode().put("value", value);
    }

    private static void copy(JsonNode from, ObjectNode to, String field) {
        if (from.has(field)) {
            to.set(field, from.get(field));
        }
    }
}
