package org.csirtbot;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every text csirtbot shows, in English and in Japanese, with where it comes from: the message bundles, the
 * communication templates, the starter partner directory, and the {@code en:}/{@code ja:} texts of the built-in
 * playbooks and exercises (from the classpath, as the bot loads them).
 */
final class ShownTexts {

    /** One text: where it is (file and key or path), its language ({@code en} or {@code ja}) and the text. */
    record Text(String where, String language, String text) {
    }

    private static final PathMatchingResourcePatternResolver RESOLVER = new PathMatchingResourcePatternResolver();
    private static final YAMLMapper YAML = new YAMLMapper();

    private ShownTexts() {
    }

    static List<Text> all() throws IOException {
        List<Text> texts = new ArrayList<>();
        bundle("messages.properties", "en", texts);
        bundle("messages_ja.properties", "ja", texts);
        for (Resource template : RESOLVER.getResources("classpath*:comms/*.md")) {
            String name = template.getFilename();
            texts.add(new Text("comms/" + name, name.endsWith("_ja.md") ? "ja" : "en",
                    template.getContentAsString(StandardCharsets.UTF_8)));
        }
        for (String pattern : new String[] {"classpath*:playbooks/*.yaml", "classpath*:exercises/*.yaml",
                "classpath*:partners/starter.yaml"}) {
            for (Resource file : RESOLVER.getResources(pattern)) {
                yaml(file, texts);
            }
        }
        return texts;
    }

    /** The YAML files of the built-in playbooks, by file name. */
    static Map<String, JsonNode> playbooks() throws IOException {
        Map<String, JsonNode> playbooks = new TreeMap<>();
        for (Resource file : RESOLVER.getResources("classpath*:playbooks/*.yaml")) {
            try (InputStream in = file.getInputStream()) {
                playbooks.put(file.getFilename(), YAML.readTree(in));
            }
        }
        return playbooks;
    }

    private static void bundle(String name, String language, List<Text> texts) throws IOException {
        Properties properties = new Properties();
        try (var in = ShownTexts.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (String key : new TreeMap<>(properties).keySet().stream().map(String::valueOf).toList()) {
            texts.add(new Text(name + " " + key, language, properties.getProperty(key)));
        }
    }

    private static void yaml(Resource file, List<Text> texts) throws IOException {
        try (InputStream in = file.getInputStream()) {
            walk(file.getFilename(), YAML.readTree(in), texts);
        }
    }

    private static void walk(String where, JsonNode node, List<Text> texts) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                String at = where + "/" + field.getKey();
                boolean language = field.getKey().equals("en") || field.getKey().equals("ja");
                if (language && field.getValue().isTextual()) {
                    texts.add(new Text(at, field.getKey(), field.getValue().asText()));
                } else {
                    walk(at, field.getValue(), texts);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                JsonNode item = node.get(i);
                walk(where + "[" + (item.hasNonNull("id") ? item.get("id").asText() : i) + "]", item, texts);
            }
        }
    }
}
