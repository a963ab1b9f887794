package org.csirtbot.playbooks.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every text is written in English and Japanese. Runs on the YAML tree: the schema allows only en and ja in a
 * text, so an object with nothing else is a text.
 */
final class TranslationCheck {

    private static final Set<String> LANGUAGES = Set.of("en", "ja");

    private TranslationCheck() {
    }

    static void check(JsonNode root, Findings findings) {
        walk(root, "", findings);
    }

    private static void walk(JsonNode node, String pointer, Findings findings) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), pointer + "/" + i, findings);
            }
        } else if (node.isObject() && !pointer.equals("/extensions")) {
            Set<String> names = new TreeSet<>();
            node.fieldNames().forEachRemaining(names::add);
            if (!names.isEmpty() && LANGUAGES.containsAll(names)) {
                missing(names, pointer, findings);
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                walk(field.getValue(), pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1"), findings);
            }
        }
    }

    private static void missing(Set<String> names, String pointer, Findings findings) {
        if (!names.contains("ja")) {
            findings.add(pointer, "missing Japanese text at " + Findings.yamlPath(pointer) + ": add ja: beside en:");
        }
        if (!names.contains("en")) {
            findings.add(pointer, "missing English text at " + Findings.yamlPath(pointer) + ": add en: beside ja:");
        }
    }
}
