package org.csirtbot.playbooks.cacao;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.csirtbot.playbooks.model.Playbook;

/**
 * Reads a CACAO 2.0 playbook (JSON). One exported by csirtbot comes back equal to the playbook exported, from the
 * CACAO properties plus the csirtbot extension. Any other becomes a usable playbook as far as CACAO says enough
 * (CACAO.md, "Importing other CACAO playbooks"); otherwise a {@link CacaoImportException} says what is missing. The
 * result passes the same checks as a playbook file.
 */
public final class CacaoImport {

    /** The playbook; throws {@link CacaoImportException} with every problem found. */
    public Playbook read(String json) {
        JsonNode cacao;
        try {
            cacao = PlaybookTree.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            // a limit of Jackson's (nesting, length) says no location
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
            throw new CacaoImportException("the CACAO playbook", List.of("the JSON cannot be read ("
                    + e.getOriginalMessage() + ")" + where));
        }
        String source = "CACAO playbook " + (Trees.text(cacao, "id") != null ? Trees.text(cacao, "id") : "without id");
        List<String> problems = required(cacao);
        if (!problems.isEmpty()) {
            throw new CacaoImportException(source, problems);
        }
        ObjectNode data = CsirtbotExtension.dataOf(cacao, "playbook_extensions");
        String version = Trees.text(cacao.path("extension_definitions").path(CsirtbotExtension.ID), "version");
        if (data != null && version != null && !version.startsWith(CsirtbotExtension.VERSION.substring(0, 2))) {
            throw new CacaoImportException(source, List.of("the csirtbot extension is version " + version
                    + ", this csirtbot reads " + CsirtbotExtension.VERSION + ": import it with a csirtbot that knows it"));
        }
        ObjectNode document = data != null
                ? ExtendedPlaybook.document(cacao, data, problems)
                : new ForeignPlaybook(cacao, problems).document();
        if (!problems.isEmpty()) {
            throw new CacaoImportException(source, problems);
        }
        return PlaybookTree.read(document, source);
    }

    /** What every CACAO playbook has and the import cannot do without. */
    private static List<String> required(JsonNode cacao) {
        List<String> problems = new ArrayList<>();
        if (!cacao.isObject()) {
            problems.add("the JSON is no object: a CACAO playbook is a JSON object with \"type\": \"playbook\"");
            return problems;
        }
        if (!"playbook".equals(Trees.text(cacao, "type"))) {
            problems.add("\"type\" is " + shown(cacao.path("type")) + ", not \"playbook\": this is no CACAO playbook");
        }
        if (!"cacao-2.0".equals(Trees.text(cacao, "spec_version"))) {
            problems.add("\"spec_version\" is " + shown(cacao.path("spec_version")) + ": only \"cacao-2.0\" can be imported");
        }
        if (Trees.text(cacao, "name") == null) {
            problems.add("the playbook has no \"name\": add one");
        }
        JsonNode workflow = cacao.path("workflow");
        String start = Trees.text(cacao, "workflow_start");
        if (!workflow.isObject() || workflow.isEmpty()) {
            problems.add("the playbook has no \"workflow\": add its steps");
        } else if (start == null || !"start".equals(Trees.text(workflow.path(start), "type"))) {
            problems.add("\"workflow_start\" " + (start == null ? "is missing" : start + " is no start step of the workflow")
                    + ": name the workflow's start step");
        }
        return problems;
    }

    private static String shown(JsonNode value) {
        return value.isMissingNode() ? "missing" : value.toString();
    }
}
