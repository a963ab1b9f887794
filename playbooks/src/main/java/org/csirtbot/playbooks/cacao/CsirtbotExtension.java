package org.csirtbot.playbooks.cacao;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The CACAO extension that carries what CACAO has no place for (Japanese texts, roles, clocks, SLAs, fields,
 * mandatory/waivable, approvals, audiences, phases…). Its data are csirt-playbook/1 fragments: see CACAO.md.
 */
final class CsirtbotExtension {

    /** Fixed for good: importers recognise our data by it. */
    static final String ID = "extension-definition--f9981609-8174-478a-a610-e91e14949724";
    static final String VERSION = "1.0.0";
    static final String PRODUCER = "csirtbot";

    private CsirtbotExtension() {
    }

    /** The STIX identity id CACAO wants for {@code created_by}, derived from the producer's name. */
    static String identity(String producer) {
        return CacaoIds.of("identity", "identity:" + producer);
    }

    static ObjectNode definition() {
        ObjectNode definition = JsonNodeFactory.instance.objectNode();
        definition.put("type", "extension-definition");
        definition.put("name", "csirtbot csirt-playbook/1");
        definition.put("description", "What a csirtbot playbook holds beyond CACAO: English and Japanese texts, "
                + "phases, roles and parties, inputs, regulatory clocks, step SLAs, fields to record, mandatory or "
                + "waivable steps, decisions, approvals and notification audiences. Lets csirtbot import its own "
                + "exports without loss.");
        definition.put("created_by", identity(PRODUCER));
        definition.put("schema", "Text: the playbook extension holds the csirt-playbook/1 document (playbooks/FORMAT.md, "
                + "csirt-playbook-1.schema.json in the csirtbot sources) less what the CACAO properties carry; each "
                + "step extension holds one csirt-playbook/1 step likewise. playbooks/CACAO.md lists the mapping.");
        definition.put("version", VERSION);
        return definition;
    }

    /** Our data on a playbook or step object, or null when it carries none. */
    static ObjectNode dataOf(JsonNode object, String extensionsField) {
        JsonNode data = object.path(extensionsField).path(ID);
        return data.isObject() ? (ObjectNode) data : null;
    }
}
