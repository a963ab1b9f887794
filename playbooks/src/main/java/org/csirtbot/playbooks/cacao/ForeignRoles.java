package org.csirtbot.playbooks.cacao;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.text.Normalizer;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The roles of an imported playbook: one for each agent a step names, and "responder" for steps that name none. */
final class ForeignRoles {

    static final String RESPONDER = "responder";
    private static final Set<String> KINDS = Set.of("individual", "group", "organization");

    private final JsonNode agents;
    private final Map<String, String> keyOfAgent = new HashMap<>();
    private final ObjectNode definitions = Trees.object();

    ForeignRoles(JsonNode agents) {
        this.agents = agents;
    }

    /** The role key for a CACAO agent id (null: the responder role). */
    String of(String agentId) {
        if (agentId == null) {
            return responder();
        }
        return keyOfAgent.computeIfAbsent(agentId, id -> {
            JsonNode agent = agents.path(id);
            String name = Trees.text(agent, "name") != null ? Trees.text(agent, "name") : id;
            String key = unique(slug(name, "agent"), keys());
            ObjectNode role = definitions.putObject(key);
            role.set("label", ForeignPlaybook.both(name));
            if (Trees.text(agent, "description") != null) {
                role.set("description", ForeignPlaybook.both(Trees.text(agent, "description")));
            }
            if (KINDS.contains(Trees.text(agent, "type"))) {
                role.put("kind", Trees.text(agent, "type"));
            }
            return key;
        });
    }

    String responder() {
        if (!definitions.has(RESPONDER)) {
            definitions.putObject(RESPONDER).set("label", Trees.object().put("en", "Responder").put("ja", "対応者"));
        }
        return RESPONDER;
    }

    /** The roles, at least the responder (a playbook needs one). */
    ObjectNode definitions() {
        if (definitions.isEmpty()) {
            responder();
        }
        return definitions;
    }

    private Set<String> keys() {
        Set<String> keys = new java.util.HashSet<>();
        definitions.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    /** A key of lower-case letters, digits and _ that starts with a letter (accents dropped), or {@code fallback}. */
    static String slug(String text, String fallback) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (slug.isEmpty() || !Character.isLetter(slug.charAt(0))) {
            slug = slug.isEmpty() ? fallback : fallback + "_" + slug;
        }
        return slug.length() > 36 ? slug.substring(0, 36) : slug;
    }

    /** {@code base}, or base_2, base_3… when taken. */
    static String unique(String base, Collection<String> taken) {
        String candidate = base;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = base + "_" + n;
        }
        return candidate;
    }
}
