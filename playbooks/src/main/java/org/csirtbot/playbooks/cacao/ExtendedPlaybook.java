package org.csirtbot.playbooks.cacao;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** A CACAO playbook carrying the csirtbot extension: the extension data completed with the CACAO properties. */
final class ExtendedPlaybook {

    private ExtendedPlaybook() {
    }

    /** The csirt-playbook/1 document, problems added to {@code problems}. */
    static ObjectNode document(JsonNode cacao, ObjectNode data, List<String> problems) {
        ObjectNode document = data.deepCopy();
        Trees.putEnglish(document, "name", Trees.text(cacao, "name"));
        Trees.putEnglish(document, "description", Trees.text(cacao, "description"));
        copy(cacao, "playbook_types", document, "playbook_types");
        copy(cacao, "playbook_activities", document, "activities");
        if (cacao.path("priority").asInt() > 0) {
            document.set("priority_default", cacao.get("priority"));
        }
        copy(cacao, "impact", document, "impact_of_execution");
        references(cacao, document);
        String tlp = Markings.read(cacao);
        if (tlp != null) {
            document.put("tlp", tlp);
        }
        new WorkflowReader(cacao.path("workflow"), problems).fill(document);
        return document;
    }

    /** The playbook's own references: all of them, or as many as the extension says (the rest are its steps'). */
    private static void references(JsonNode cacao, ObjectNode document) {
        JsonNode all = cacao.path("external_references");
        JsonNode own = document.remove("own_references");
        int count = own == null ? all.size() : Math.min(own.asInt(), all.size());
        ArrayNode references = Trees.array();
        for (int i = 0; i < count; i++) {
            references.add(all.get(i));
        }
        if (!references.isEmpty()) {
            document.set("references", references);
        }
    }

    private static void copy(JsonNode from, String fromField, ObjectNode to, String toField) {
        if (from.has(fromField)) {
            to.set(toField, from.get(fromField).deepCopy());
        }
    }
}
