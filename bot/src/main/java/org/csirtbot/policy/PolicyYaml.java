package org.csirtbot.policy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * A policy file's lists ({@code authorities:}, {@code logSources:}), each entry with the line it starts on, so a
 * problem names the line to fix. A file not shaped so is refused.
 */
final class PolicyYaml {

    static final Set<String> SECTIONS = Set.of("authorities", "logSources");

    private final ObjectMapper yaml = new ObjectMapper(
            YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

    /** An entry of a list and the line (from 1) it starts on. */
    record Entry(int line, JsonNode node) {
    }

    /** A file that cannot be used, with every problem found in it. */
    static final class Refused extends IllegalStateException {
        Refused(String message) {
            super(message);
        }
    }

    Map<String, List<Entry>> read(String where, String text) {
        Map<String, List<Entry>> sections = new LinkedHashMap<>();
        try (JsonParser parser = yaml.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return sections;
            }
            if (first != JsonToken.START_OBJECT) {
                throw shape(where, parser.currentTokenLocation().getLineNr());
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                int line = parser.currentTokenLocation().getLineNr();
                JsonToken value = parser.nextToken();
                if (!SECTIONS.contains(name) || value != JsonToken.START_ARRAY && value != JsonToken.VALUE_NULL) {
                    throw shape(where, line);
                }
                List<Entry> entries = new ArrayList<>();
                while (value == JsonToken.START_ARRAY && parser.nextToken() != JsonToken.END_ARRAY) {
                    int at = parser.currentTokenLocation().getLineNr();
                    entries.add(new Entry(at, yaml.readTree(parser)));
                }
                sections.put(name, entries);
            }
        } catch (IOException e) {
            throw new Refused("The policy file " + where + " (CSIRTBOT_POLICY_FILE) cannot be read: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
        return sections;
    }

    private static Refused shape(String where, int line) {
        return new Refused("The policy file " + where + " line " + line + ": it must hold two lists, authorities "
                + "(- id: mgmt …) and logSources (- id: proxy …), and nothing else");
    }
}
