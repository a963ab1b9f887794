package org.csirtbot.sandbox.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

/** The sandbox web's JSON mapper, and what it reads from the bot's answers. */
final class JsonNodes {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final ArrayNode EMPTY = MAPPER.createArrayNode();

    private JsonNodes() {
    }

    /** The body as JSON, or an empty object when it is empty or not JSON (a plain-text ack). */
    static JsonNode parseOrEmpty(String body) {
        try {
            JsonNode node = body == null || body.isBlank() ? null : MAPPER.readTree(body);
            return node == null ? MAPPER.createObjectNode() : node;
        } catch (java.io.IOException notJson) {
            return MAPPER.createObjectNode();
        }
    }
}
