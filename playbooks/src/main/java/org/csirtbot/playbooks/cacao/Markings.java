package org.csirtbot.playbooks.cacao;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.csirtbot.playbooks.model.Playbook;

/** The playbook's own TLP as a CACAO {@code marking-tlp}, and back. */
final class Markings {

    private Markings() {
    }

    /** Moves {@code tlp} out of the document into {@code markings} and {@code data_marking_definitions}. */
    static void write(Playbook playbook, ObjectNode document, ObjectNode cacao) {
        document.remove("tlp");
        String label = playbook.tlp().label();
        String id = CacaoIds.of("marking-tlp", "marking:" + label);
        cacao.putArray("markings").add(id);
        cacao.putObject("data_marking_definitions").putObject(id).put("type", "marking-tlp").put("id", id)
                .put("name", label).put("created_by", CsirtbotExtension.identity(CsirtbotExtension.PRODUCER))
                .put("created", CacaoExport.NO_TIME).put("tlpv2_level", label);
    }

    /** The TLP level of the first TLP marking the playbook carries, or null when it carries none. */
    static String read(JsonNode cacao) {
        for (JsonNode id : cacao.path("markings")) {
            JsonNode marking = cacao.path("data_marking_definitions").path(id.asText());
            if ("marking-tlp".equals(Trees.text(marking, "type")) && marking.has("tlpv2_level")) {
                return marking.get("tlpv2_level").asText();
            }
        }
        return null;
    }
}
