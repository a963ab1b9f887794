package org.csirtbot.playbooks.cacao;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** Small moves on JSON trees shared by export and import. */
final class Trees {

    private Trees() {
    }

    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    static ArrayNode array() {
        return JsonNodeFactory.instance.arrayNode();
    }

    /** The text at {@code field}, or null when absent or not a text. */
    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    /** Takes the English out of the bilingual text at {@code field}; the rest (Japanese) stays for the extension. */
    static String takeEnglish(ObjectNode holder, String field) {
        JsonNode text = holder.get(field);
        if (!(text instanceof ObjectNode bilingual) || !bilingual.has("en")) {
            return null;
        }
        return bilingual.remove("en").asText();
    }

    /** Puts the English back into the bilingual text at {@code field}, creating it if needed. */
    static void putEnglish(ObjectNode holder, String field, String english) {
        if (english == null) {
            return;
        }
        ObjectNode merged = object().put("en", english);
        if (holder.get(field) instanceof ObjectNode rest) {
            merged.setAll(rest);
            merged.put("en", english);
        }
        holder.set(field, merged);
    }

    /** Moves {@code from.fromField} to {@code to.toField} when present. */
    static void move(ObjectNode from, String fromField, ObjectNode to, String toField) {
        JsonNode value = from.remove(fromField);
        if (value != null) {
            to.set(toField, value);
        }
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        if (array != null) {
            array.forEach(item -> texts.add(item.asText()));
        }
        return texts;
    }

    static ArrayNode arrayOf(List<String> texts) {
        ArrayNode array = array();
        texts.forEach(array::add);
        return array;
    }
}
