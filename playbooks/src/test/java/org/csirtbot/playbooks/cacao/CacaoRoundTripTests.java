package org.csirtbot.playbooks.cacao;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.csirtbot.playbooks.model.Playbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** For every playbook the library loads and every valid fixture: a valid CACAO export that comes back unchanged. */
class CacaoRoundTripTests {

    private final CacaoExport export = new CacaoExport();
    private final CacaoImport cacaoImport = new CacaoImport();

    static Stream<Arguments> playbooks() {
        return AllPlaybooks.arguments();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("playbooks")
    void theExportIsAValidCacaoPlaybook(String name, Playbook playbook) {
        assertThat(CacaoSchema.violations(export.export(playbook))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("playbooks")
    void importingTheExportGivesThePlaybookBack(String name, Playbook playbook) {
        assertThat(cacaoImport.read(export.write(playbook))).isEqualTo(playbook);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("playbooks")
    void theExportIsTheSameEveryTime(String name, Playbook playbook) {
        String first = export.write(playbook);

        assertThat(export.write(playbook)).isEqualTo(first);
        assertThat(export.write(cacaoImport.read(first))).isEqualTo(first);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("playbooks")
    void everyWorkflowIdIsAUuidV5UnlessTheStepKeptACacaoRef(String name, Playbook playbook) {
        JsonNode workflow = export.export(playbook).get("workflow");

        workflow.fieldNames().forEachRemaining(id -> {
            UUID uuid = UUID.fromString(id.substring(id.indexOf("--") + 2));
            boolean kept = playbook.steps().anyMatch(s -> id.equals(s.cacaoRef()));
            assertThat(uuid.version()).as(id).isEqualTo(kept ? 4 : 5);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("playbooks")
    void everyPathEndsInAnEndOfItsOwn(String name, Playbook playbook) {
        JsonNode workflow = export.export(playbook).get("workflow");
        List<String> references = references(workflow);

        workflow.properties().forEach(step -> {
            if ("end".equals(step.getValue().get("type").asText())) {
                assertThat(references).as(step.getKey()).containsOnlyOnce(step.getKey());
            } else if (!"start".equals(step.getValue().get("type").asText())) {
                assertThat(references).as("something leads to " + step.getKey()).contains(step.getKey());
            }
        });
    }

    /** Every place a workflow step names another. */
    static List<String> references(JsonNode workflow) {
        List<String> references = new ArrayList<>();
        for (JsonNode step : workflow) {
            for (String field : List.of("on_completion", "on_true", "on_false")) {
                if (step.has(field)) {
                    references.add(step.get(field).asText());
                }
            }
            step.path("cases").forEach(target -> references.add(target.asText()));
            step.path("next_steps").forEach(target -> references.add(target.asText()));
        }
        return references;
    }
}
