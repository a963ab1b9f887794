package org.csirtbot.policy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The policy as files give it: the built-in starter ({@code policy/starter.yaml}: the decisions the playbooks reserve to
 * a role and the organisation-level ones, nobody named yet), then the organisation's file, whose authorities fill in
 * the starter's with the same {@code id} field by field or add to them, and whose log sources are the inventory. A
 * problem anywhere refuses the whole file, naming the file, the line and what to fix.
 */
final class PolicyFiles {

    static final String STARTER = "policy/starter.yaml";

    /** What the files give: the authorities and the log sources, each in the files' order. */
    record Loaded(List<Authority> authorities, List<LogSource> logSources) {
    }

    Loaded load(Path file) {
        PolicyYaml yaml = new PolicyYaml();
        Map<String, List<PolicyYaml.Entry>> starter = yaml.read(STARTER, starter());
        Map<String, List<PolicyYaml.Entry>> own = Map.of();
        if (file != null) {
            try {
                own = yaml.read(file.toString(), Files.readString(file));
            } catch (IOException e) {
                throw new PolicyYaml.Refused("The policy file " + file + " (CSIRTBOT_POLICY_FILE) cannot be read: "
                        + e.getMessage());
            }
        }
        List<String> problems = new ArrayList<>();
        Map<String, Located> authorities = new LinkedHashMap<>();
        collect(STARTER, starter.get("authorities"), authorities, problems);
        collect(String.valueOf(file), own.get("authorities"), authorities, problems);
        Map<String, Located> sources = new LinkedHashMap<>();
        collect(String.valueOf(file), own.get("logSources"), sources, problems);
        List<Authority> readAuthorities = read(authorities, PolicyFields::authority, problems);
        List<LogSource> readSources = read(sources, PolicyFields::logSource, problems);
        if (!problems.isEmpty()) {
            throw new PolicyYaml.Refused("The organisation policy cannot be used; fix:\n  "
                    + String.join("\n  ", problems));
        }
        return new Loaded(readAuthorities, readSources);
    }

    /** An entry, as merged, and where its last part was written. */
    private record Located(String where, int line, ObjectNode node) {
    }

    private static void collect(String where, List<PolicyYaml.Entry> entries, Map<String, Located> into,
                                List<String> problems) {
        List<String> seen = new ArrayList<>();
        for (PolicyYaml.Entry entry : entries == null ? List.<PolicyYaml.Entry>of() : entries) {
            String id = entry.node().path("id").asText("");
            if (!(entry.node() instanceof ObjectNode node) || !PolicyFields.ID.matcher(id).matches()) {
                problems.add(where + " line " + entry.line() + ": an entry needs an id of 2 to 63 lower-case letters, "
                        + "digits, dashes and underscores");
            } else if (seen.contains(id)) {
                problems.add(where + " line " + entry.line() + ": the id " + id + " is listed twice");
            } else {
                seen.add(id);
                Located was = into.get(id);
                ObjectNode merged = was == null ? node.deepCopy() : was.node().deepCopy().setAll(node);
                into.put(id, new Located(where, entry.line(), merged));
            }
        }
    }

    private static <T> List<T> read(Map<String, Located> entries, BiFunction<PolicyFields, JsonNode,
            T> reader, List<String> problems) {
        List<T> read = new ArrayList<>();
        entries.forEach((id, located) -> {
            PolicyFields fields = new PolicyFields();
            T value = reader.apply(fields, located.node());
            fields.problems().forEach(p -> problems.add(located.where() + " line " + located.line() + " (" + id + "): "
                    + p));
            read.add(value);
        });
        return read;
    }

    private static String starter() {
        try (InputStream in = PolicyFiles.class.getClassLoader().getResourceAsStream(STARTER)) {
            if (in == null) {
                throw new IllegalStateException(STARTER + " is missing from the bot");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(STARTER + " cannot be read", e);
        }
    }
}
