package org.csirtbot.partners;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The directory as files give it: the built-in starter list ({@code partners/starter.yaml}), then the organisation's
 * file, whose entries add to it or override a starter entry with the same {@code id} field by field (a mapping such as
 * {@code office} merged key by key, a list or text replaced). Every entry is checked as the API checks one.
 */
final class PartnerFiles {

    static final String STARTER = "partners/starter.yaml";

    private final ObjectMapper yaml = new ObjectMapper(
            YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

    /** A file that cannot be used, with every problem found in it. */
    static final class Refused extends IllegalStateException {
        Refused(String message) {
            super(message);
        }
    }

    /** The entries by ID, in the order the files list them: the starter list, overridden and added to by {@code file}. */
    Map<String, Partner> load(Path file) {
        Map<String, ObjectNode> entries = entries(STARTER, starter());
        Set<String> fromFile = new LinkedHashSet<>();
        if (file != null) {
            JsonNode own;
            try {
                own = yaml.readTree(Files.readString(file));
            } catch (IOException e) {
                throw new Refused("The partners file " + file + " (CSIRTBOT_PARTNERS_FILE) cannot be read: "
                        + e.getMessage().lines().findFirst().orElse(""));
            }
            entries(file.toString(), own).forEach((id, entry) -> {
                fromFile.add(id);
                entries.merge(id, entry, PartnerFiles::merge);
            });
        }
        List<String> problems = new ArrayList<>();
        Map<String, Partner> partners = new LinkedHashMap<>();
        entries.forEach((id, entry) -> {
            Partner.Origin origin = fromFile.contains(id) ? Partner.Origin.FILE : Partner.Origin.STARTER;
            PartnerFields.Read read = PartnerFields.read(entry, origin);
            if (read.valid()) {
                partners.put(id, read.partner());
            } else {
                String where = origin == Partner.Origin.FILE ? String.valueOf(file) : STARTER;
                read.problems().forEach(p -> problems.add(where + ": " + id + ": " + p));
            }
        });
        if (!problems.isEmpty()) {
            throw new Refused("The directory of outside organisations cannot be used; fix:\n  "
                    + String.join("\n  ", problems));
        }
        return partners;
    }

    private JsonNode starter() {
        try (InputStream in = PartnerFiles.class.getClassLoader().getResourceAsStream(STARTER)) {
            if (in == null) {
                throw new IllegalStateException(STARTER + " is missing from the bot");
            }
            return yaml.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(STARTER + " cannot be read", e);
        }
    }

    /** The file's entries by ID; a file not shaped as {@code partners: [ {id: …}, … ]} is refused. */
    private static Map<String, ObjectNode> entries(String file, JsonNode root) {
        if (root == null || !root.isObject() || !EntryReading.known(root, Set.of("partners"))
                || !root.path("partners").isArray()) {
            throw new Refused("The partners file " + file + " must hold one key, partners, with a list of entries "
                    + "(- id: jpcert …)");
        }
        Map<String, ObjectNode> entries = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        int n = 0;
        for (JsonNode entry : root.path("partners")) {
            n++;
            String id = entry.path("id").asText("");
            if (!entry.isObject() || !PartnerFields.ID.matcher(id).matches()) {
                problems.add("entry " + n + ": needs an id of 2 to 63 lower-case letters, digits and dashes");
            } else if (entries.putIfAbsent(id, (ObjectNode) entry) != null) {
                problems.add("entry " + n + ": the id " + id + " is listed twice");
            }
        }
        if (!problems.isEmpty()) {
            throw new Refused("The partners file " + file + " cannot be used; fix:\n  " + String.join("\n  ", problems));
        }
        return entries;
    }

    /** {@code over} laid on {@code base}: mappings merged key by key, anything else replaced. */
    static ObjectNode merge(ObjectNode base, ObjectNode over) {
        ObjectNode merged = base.deepCopy();
        for (Iterator<Map.Entry<String, JsonNode>> fields = over.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode was = merged.get(field.getKey());
            if (was instanceof ObjectNode wasObject && field.getValue() instanceof ObjectNode overObject) {
                merged.set(field.getKey(), merge(wasObject, overObject));
            } else {
                merged.set(field.getKey(), field.getValue());
            }
        }
        return merged;
    }
}
