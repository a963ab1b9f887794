package org.csirtbot.playbooks.cacao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;
import org.csirtbot.playbooks.model.Playbook;
import org.csirtbot.playbooks.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** What another CACAO tool sees in an export, and that csirtbot reads what such a tool changed. */
class CacaoExportTests {

    private static final String EXTENSION = "extension-definition--f9981609-8174-478a-a610-e91e14949724";

    private final Playbook phishing = Fixtures.playbook("phishing-report");
    private final Playbook everything = fixture("cacao/every-feature.yaml");
    private final CacaoExport export = new CacaoExport();

    @Test
    void idsAreUuidV5OfThePlaybookAndStepIds() {
        assertThat(CacaoIds.uuid5(UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "python.org"))
                .hasToString("886313e1-3b8a-5372-9b90-0c9aee199e5d");
        ObjectNode cacao = export.export(phishing);

        assertThat(cacao.get("id").asText()).isEqualTo("playbook--" + uuid5("phishing-report"));
        assertThat(cacao.get("workflow").has("action--" + uuid5("phishing-report/p1.verdict"))).isTrue();
        assertThat(export.export(everything).get("id").asText()).isEqualTo(everything.cacaoId());
        assertThat(export.export(everything).get("workflow").has("action--5a8b3c1d-2e4f-4a6b-8c9d-0e1f2a3b4c5d")).isTrue();
    }

    @Test
    void englishTextsAreCacaoPropertiesAndJapaneseOnesTravelInTheExtension() {
        ObjectNode cacao = export.export(phishing);
        JsonNode block = step(cacao, "p2.block");

        assertThat(cacao.get("name").asText()).isEqualTo("Phishing e-mail reported by an employee");
        assertThat(cacao.at("/playbook_extensions/" + EXTENSION + "/name").toString()).isEqualTo("{\"ja\":\"従業員からのフィッシングメール報告\"}");
        assertThat(block.get("name").asText()).isEqualTo("Block the sender and the URLs");
        assertThat(block.at("/commands/0").toString()).isEqualTo("{\"type\":\"manual\",\"command\":"
                + "\"Block the sender domain and the URLs at the mail gateway and the proxy.\"}");
        assertThat(block.at("/step_extensions/" + EXTENSION + "/instructions/ja").asText())
                .isEqualTo("送信元ドメインとURLをメールゲートウェイとプロキシで遮断してください。");
        assertThat(block.get("agent").asText()).startsWith("group--");
        assertThat(cacao.at("/agent_definitions/" + block.get("agent").asText() + "/name").asText()).isEqualTo("Handler");
    }

    @Test
    void aDecisionIsAnActionThenASwitchOnTheRecordedVariable() {
        ObjectNode cacao = export.export(phishing);
        JsonNode verdict = step(cacao, "p1.verdict");
        JsonNode choice = cacao.get("workflow").get(verdict.get("on_completion").asText());

        assertThat(choice.get("type").asText()).isEqualTo("switch-condition");
        assertThat(choice.get("switch").asText()).isEqualTo("__verdict__:value");
        assertThat(choice.get("cases").get("malicious").asText()).isEqualTo(idOf(cacao, "p2.block"));
        assertThat(choice.get("cases").get("need_info").asText()).isEqualTo(idOf(cacao, "p0.acknowledge"));
        assertThat(verdict.get("out_args").toString()).isEqualTo("[\"__verdict_confidence__\",\"__verdict__\"]");
    }

    @Test
    void anApprovalIsAnIfConditionAndAGuardAnotherOne() {
        ObjectNode cacao = export.export(phishing);
        JsonNode approved = cacao.get("workflow").get(step(cacao, "p2.sweep_approval").get("on_completion").asText());
        JsonNode guard = cacao.get("workflow").get(approved.get("on_false").asText());

        assertThat(approved.get("condition").asText()).isEqualTo("__purge_approved__:value = 'approved'");
        assertThat(approved.get("on_true").asText()).isEqualTo(idOf(cacao, "p2.sweep"));
        assertThat(guard.get("type").asText()).isEqualTo("if-condition");
        assertThat(guard.get("condition").asText()).startsWith("__verdict__ = 'credentials' OR");
        assertThat(guard.get("on_true").asText()).isEqualTo(idOf(cacao, "p2.warn_staff"));
        assertThat(guard.get("on_false").asText()).isEqualTo(idOf(cacao, "p2.observe"));
    }

    @Test
    void metadataMarkingsAndTheExtensionDefinitionAreThere() {
        ObjectNode cacao = export.export(everything);

        assertThat(cacao.get("created").asText()).isEqualTo("2025-04-01T00:00:00.000Z");
        assertThat(cacao.get("modified").asText()).isEqualTo("2025-06-30T09:30:15.123Z");
        assertThat(cacao.get("severity").asInt()).isEqualTo(90);
        assertThat(cacao.get("priority").asInt()).isEqualTo(10);
        assertThat(cacao.at("/data_marking_definitions/" + cacao.at("/markings/0").asText() + "/tlpv2_level").asText())
                .isEqualTo("TLP:AMBER+STRICT");
        assertThat(cacao.at("/extension_definitions/" + EXTENSION + "/version").asText()).isEqualTo("1.0.0");
        assertThat(cacao.at("/playbook_extensions/" + EXTENSION + "/clocks/0/id").asText()).isEqualTo("contain_by");
        assertThat(cacao.get("external_references")).hasSize(4);
        assertThat(step(cacao, "s.wait").get("delay").asLong()).isEqualTo((2 * 24 + 3) * 3_600_000L);
        assertThat(step(cacao, "s.close").get("playbook_id").asText()).isEqualTo("playbook--" + uuid5("core-close"));
        assertThat(step(cacao, "s.tell_police").get("targets")).hasSize(3);
    }

    @Test
    void whatAnotherToolChangesInTheCacaoPropertiesIsWhatCsirtbotReads() {
        ObjectNode cacao = export.export(phishing);
        ((ObjectNode) step(cacao, "p2.block")).put("name", "Block the sender");
        JsonNode verdict = step(cacao, "p1.verdict");
        ((ObjectNode) cacao.get("workflow").get(verdict.get("on_completion").asText()).get("cases"))
                .put("need_info", idOf(cacao, "p2.block"));

        Playbook read = new CacaoImport().read(cacao.toString());

        assertThat(read.step("p2.block").orElseThrow().name().en()).isEqualTo("Block the sender");
        assertThat(read.step("p2.block").orElseThrow().name().ja()).isEqualTo("送信元とURLの遮断");
        assertThat(read.step("p1.verdict").orElseThrow().decision().option("need_info").orElseThrow().next())
                .isEqualTo("p2.block");
    }

    @Test
    void aWorkflowThatLostAStepIsRefusedWithWhatIsMissing() {
        ObjectNode cacao = export.export(phishing);
        String blockId = idOf(cacao, "p2.block");
        ((ObjectNode) cacao.get("workflow")).remove(blockId);
        ((ObjectNode) cacao.at("/extension_definitions/" + EXTENSION)).put("version", "2.0.0");

        assertThatThrownBy(() -> new CacaoImport().read(cacao.toString())).hasMessageEndingWith(": the csirtbot extension "
                + "is version 2.0.0, this csirtbot reads 1.0.0: import it with a csirtbot that knows it");
        ((ObjectNode) cacao.at("/extension_definitions/" + EXTENSION)).put("version", "1.1.0");
        assertThatThrownBy(() -> new CacaoImport().read(cacao.toString()))
                .isInstanceOfSatisfying(CacaoImportException.class, e -> assertThat(e.problems()).containsExactly(
                        "step 'p1.verdict' leads to " + blockId + ", which is no step of this playbook's workflow",
                        "step 'p2.block' is listed in a phase but missing from the workflow"));
    }

    @Test
    void theSchemaCheckCatchesWhatIsWrong() {
        ObjectNode cacao = export.export(phishing);
        ((ObjectNode) step(cacao, "p2.block")).remove("agent");
        ((ObjectNode) step(cacao, "p2.sweep")).put("owner", "handler");
        cacao.put("created", "2025-01-01T00:00:00+09:00");

        assertThat(String.join("\n", CacaoSchema.violations(cacao)))
                .contains("required property 'agent' not found")
                .contains("property 'owner' is not evaluated")
                .contains("/created: does not match the regex pattern");
    }

    private static JsonNode step(ObjectNode cacao, String stepId) {
        return cacao.get("workflow").get(idOf(cacao, stepId));
    }

    /** The workflow id of a step's main object (found through its extension data). */
    private static String idOf(ObjectNode cacao, String stepId) {
        var ids = cacao.get("workflow").fieldNames();
        while (ids.hasNext()) {
            String id = ids.next();
            if (stepId.equals(cacao.get("workflow").get(id).at("/step_extensions/" + EXTENSION + "/id").asText())) {
                return id;
            }
        }
        throw new AssertionError("no step " + stepId);
    }

    private static UUID uuid5(String name) {
        return CacaoIds.uuid5(CacaoIds.NAMESPACE, name);
    }

    private static Playbook fixture(String path) {
        return Fixtures.read(path).playbook();
    }
}
