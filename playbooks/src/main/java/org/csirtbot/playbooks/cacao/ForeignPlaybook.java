package org.csirtbot.playbooks.cacao;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.csirtbot.playbooks.model.Severity;

/**
 * A CACAO playbook without the csirtbot extension, made into a csirt-playbook/1 document with the defaults CACAO.md
 * lists: English texts copied into Japanese until translated, classification other/undetermined, TLP:AMBER when
 * unmarked, one phase holding the steps in the order the workflow reaches them.
 */
final class ForeignPlaybook {

    private static final Set<String> PLAYBOOK_TYPES = Set.of("notification", "detection", "investigation", "prevention",
            "mitigation", "remediation", "attack");
    private static final String UNMARKED_TLP = "TLP:AMBER";

    private final JsonNode cacao;
    private final List<String> problems;

    ForeignPlaybook(JsonNode cacao, List<String> problems) {
        this.cacao = cacao;
        this.problems = problems;
    }

    ObjectNode document() {
        String id = Trees.text(cacao, "id") == null ? "" : Trees.text(cacao, "id").toLowerCase(Locale.ROOT);
        ObjectNode document = Trees.object().put("schema", "csirt-playbook/1");
        if (!id.matches("playbook--[0-9a-f-]{36}")) {
            problems.add("\"id\" " + cacao.path("id") + " is no CACAO playbook id (playbook--<uuid>): give the playbook one");
        }
        document.put("id", id).put("version", 1);
        if (cacao.path("revoked").asBoolean()) {
            document.put("status", "revoked");
        }
        for (String time : List.of("created", "modified", "valid_from", "valid_until")) {
            copyText(time, document, time);
        }
        document.put("cacao_id", id).put("lang", "en");
        document.set("name", both(Trees.text(cacao, "name")));
        if (Trees.text(cacao, "description") != null) {
            document.set("description", both(Trees.text(cacao, "description")));
        }
        known("playbook_types", PLAYBOOK_TYPES::contains, document, "playbook_types");
        known("playbook_activities", a -> a.matches("[a-z][a-z-]*"), document, "activities");
        numbers(document);
        document.putObject("classification").putArray("rsit").add("other/undetermined");
        document.put("severity_default", severity(cacao.path("severity").asInt()).name());
        String tlp = Markings.read(cacao);
        document.put("tlp", tlp != null ? tlp : UNMARKED_TLP);
        references(document);
        ForeignWorkflow workflow = new ForeignWorkflow(cacao, problems);
        ObjectNode phase = Trees.object().put("id", "workflow");
        phase.set("name", Trees.object().put("en", "Workflow").put("ja", "ワークフロー"));
        phase.set("steps", workflow.steps());
        document.set("roles", workflow.roles());
        document.putArray("phases").add(phase);
        return document;
    }

    /** An English text, also standing in for the Japanese one until someone translates it. */
    static ObjectNode both(String text) {
        return Trees.object().put("en", text).put("ja", text);
    }

    /** CACAO severity 1 (lowest) to 100 (highest); 0 or none means undefined, read as S3. */
    static Severity severity(int cacaoSeverity) {
        if (cacaoSeverity >= 80) {
            return Severity.S1;
        }
        if (cacaoSeverity >= 60) {
            return Severity.S2;
        }
        return cacaoSeverity > 0 && cacaoSeverity < 40 ? Severity.S4 : Severity.S3;
    }

    private void numbers(ObjectNode document) {
        if (cacao.path("priority").asInt() > 0) {
            document.put("priority_default", cacao.path("priority").asInt());
        }
        if (cacao.has("impact")) {
            document.put("impact_of_execution", cacao.path("impact").asInt());
        }
    }

    private void references(ObjectNode document) {
        ArrayNode references = Trees.array();
        cacao.path("external_references").forEach(reference -> {
            ObjectNode kept = Trees.object();
            for (String field : List.of("name", "source", "url", "external_id")) {
                if (Trees.text(reference, field) != null) {
                    kept.put(field, Trees.text(reference, field));
                }
            }
            if (kept.has("name")) {
                references.add(kept);
            }
        });
        if (!references.isEmpty()) {
            document.set("references", references);
        }
    }

    /** The values of a CACAO list that csirtbot knows (its vocabularies are closed where CACAO's are open). */
    private void known(String from, Predicate<String> known, ObjectNode to, String field) {
        ArrayNode values = Trees.array();
        cacao.path(from).forEach(value -> {
            if (known.test(value.asText()) && !Trees.texts(values).contains(value.asText())) {
                values.add(value.asText());
            }
        });
        if (!values.isEmpty()) {
            to.set(field, values);
        }
    }

    private void copyText(String from, ObjectNode to, String field) {
        if (Trees.text(cacao, from) != null) {
            to.put(field, Trees.text(cacao, from));
        }
    }
}
