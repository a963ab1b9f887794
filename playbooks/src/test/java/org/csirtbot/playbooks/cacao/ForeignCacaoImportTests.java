package org.csirtbot.playbooks.cacao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.csirtbot.playbooks.engine.Action;
import org.csirtbot.playbooks.engine.Actor;
import org.csirtbot.playbooks.engine.Engine;
import org.csirtbot.playbooks.engine.RunState;
import org.csirtbot.playbooks.model.Decision;
import org.csirtbot.playbooks.model.Playbook;
import org.csirtbot.playbooks.model.Step;
import org.csirtbot.playbooks.model.StepType;
import org.csirtbot.playbooks.model.Tlp;
import org.csirtbot.playbooks.testing.Fixtures;
import org.csirtbot.playbooks.time.BusinessCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * CACAO playbooks that do not come from csirtbot. The fixture foreign-vulnerability-response.json was written for
 * these tests after the CISA vulnerability response flow in CACAO (Zych et al., csirt-domain.md §3.1).
 */
class ForeignCacaoImportTests {

    private static final String FOREIGN = "cacao/foreign-vulnerability-response.json";
    private static final Actor COMMANDER = Actor.of("U-cmd", "commander");

    private final CacaoImport cacaoImport = new CacaoImport();

    static Stream<Arguments> playbooks() {
        return AllPlaybooks.arguments();
    }

    @Test
    void theFixtureIsAValidCacaoPlaybook() throws Exception {
        assertThat(CacaoSchema.violations(new ObjectMapper().readTree(Fixtures.text(FOREIGN)))).isEmpty();
    }

    @Test
    void aForeignPlaybookBecomesOneWithDefaultsForWhatCacaoDoesNotSay() {
        Playbook playbook = cacaoImport.read(Fixtures.text(FOREIGN));

        assertThat(playbook.id()).isEqualTo("playbook--6513270e-269e-4d37-b2a7-4de452e6b438");
        assertThat(playbook.cacaoId()).isEqualTo(playbook.id());
        assertThat(playbook.name().en()).isEqualTo("Vulnerability response (after the CISA playbook)");
        assertThat(playbook.name().ja()).isEqualTo(playbook.name().en());
        assertThat(playbook.playbookTypes()).containsExactly("remediation");
        assertThat(playbook.tlp()).isEqualTo(Tlp.GREEN);
        assertThat(playbook.severityDefault().name()).isEqualTo("S2");
        assertThat(playbook.classification().rsit()).containsExactly("other/undetermined");
        assertThat(playbook.roles()).containsOnlyKeys("analyst", "ir_team", "responder");
        assertThat(playbook.references()).extracting(r -> r.name()).containsExactly("CISA Vulnerability Response Playbook");
    }

    @Test
    void eachCacaoStepBecomesAStepAndTheEndOfABranchLeadsOnAfterIt() {
        Playbook playbook = cacaoImport.read(Fixtures.text(FOREIGN));

        assertThat(playbook.steps().map(s -> s.id() + ":" + s.type() + ":" + s.name().en())).containsExactly(
                "s1:TASK:Identify the vulnerability", "s2:DECISION:Vulnerability present?",
                "s3:TASK:As directed, report status to CISA", "s4:PARALLEL:Remediate and hunt",
                "s5:SUBPLAYBOOK:Record why it does not apply", "s6:DECISION:CISA's answer", "s7:DECISION:Can you patch?",
                "s8:DECISION:Signs of exploitation?", "s9:TASK:Patch", "s10:TASK:Mitigate", "s11:TASK:Report to the IR team");
        Step identify = playbook.step("s1").orElseThrow();
        assertThat(identify.owner()).isEqualTo("analyst");
        assertThat(identify.instructions().en()).isEqualTo("Find out whether the reported vulnerability affects us.\n"
                + "Check the asset inventory for the affected product.\nbash: nmap -sV 192.0.2.10");
        assertThat(identify.record()).extracting(f -> f.key()).containsExactly("__vuln_id__");
        assertThat(identify.cacaoRef()).isEqualTo("action--9531985d-5d9d-49f8-9818-e811892f902b");
        assertThat(options(playbook, "s2")).containsExactly("true->s4", "false->s5");
        assertThat(playbook.step("s4").orElseThrow().branches()).containsExactly("s7", "s8");
        assertThat(options(playbook, "s7")).containsExactly("true->s9", "false->s10");
        assertThat(options(playbook, "s8")).containsExactly("true->s11", "false->s3");
        assertThat(playbook.step("s9").orElseThrow().next()).isEqualTo("s3");
        assertThat(playbook.step("s10").orElseThrow().instructions().en()).isEqualTo("Apply the workaround.");
        assertThat(playbook.step("s5").orElseThrow().subplaybook().playbook())
                .isEqualTo("playbook--9be4bcfc-49b6-4a08-b2e6-cc3ababced20");
        assertThat(options(playbook, "s6")).containsExactly("closed->end", "more_info->s3", "default->end");
        assertThat(playbook.step("s6").orElseThrow().decision().recordAs()).isEqualTo("__cisa_reply__");
    }

    @Test
    void theImportedPlaybookRunsToItsEnd() {
        Playbook playbook = cacaoImport.read(Fixtures.text(FOREIGN));
        Engine engine = new Engine(BusinessCalendar.japan(List.of()));
        Instant now = Instant.parse("2025-06-02T01:00:00Z");

        RunState state = engine.start(playbook, null, now).state();
        state = engine.apply(playbook, state, new Action.Complete(COMMANDER, "s1", Map.of("__vuln_id__", "CVE-2024-0001")), now).state();
        state = choose(engine, playbook, state, "s2", "true");
        state = choose(engine, playbook, state, "s7", "false");
        state = choose(engine, playbook, state, "s8", "false");
        state = engine.apply(playbook, state, new Action.Complete(COMMANDER, "s10", Map.of()), now).state();
        state = engine.apply(playbook, state, new Action.Complete(COMMANDER, "s3", Map.of()), now).state();
        state = choose(engine, playbook, state, "s6", "closed");

        assertThat(state.finished()).isTrue();
        assertThat(state.values()).containsEntry("__cisa_reply__", "closed").containsEntry("__vuln_id__", "CVE-2024-0001");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("playbooks")
    void ourOwnExportWithoutTheExtensionStillImports(String name, Playbook playbook) {
        ObjectNode cacao = new CacaoExport().export(playbook);
        cacao.remove("playbook_extensions");
        cacao.get("workflow").forEach(step -> ((ObjectNode) step).remove("step_extensions"));

        Playbook read = cacaoImport.read(cacao.toString());

        assertThat(read.name().en()).isEqualTo(playbook.name().en());
        assertThat(read.tlp()).isEqualTo(playbook.tlp());
        assertThat(read.steps().filter(s -> s.type() == StepType.TASK).map(s -> s.name().en()))
                .isSubsetOf(playbook.steps().map(s -> s.name().en()).toList());
    }

    @Test
    void whatCannotBeImportedIsSaidAllAtOnce() {
        assertThatThrownBy(() -> cacaoImport.read("{\"type\": \"course-of-action\", \"name\": \"x\"}"))
                .isInstanceOfSatisfying(CacaoImportException.class, e -> assertThat(e.problems()).containsExactly(
                        "\"type\" is \"course-of-action\", not \"playbook\": this is no CACAO playbook",
                        "\"spec_version\" is missing: only \"cacao-2.0\" can be imported",
                        "the playbook has no \"workflow\": add its steps"));
        assertThatThrownBy(() -> cacaoImport.read("[1, 2"))
                .isInstanceOf(CacaoImportException.class).hasMessageStartingWith("cannot import the CACAO playbook: "
                        + "the JSON cannot be read (");
    }

    @Test
    void aBrokenWorkflowIsRefusedWithWhatToFix() throws Exception {
        ObjectNode cacao = (ObjectNode) new ObjectMapper().readTree(Fixtures.text(FOREIGN));
        JsonNode workflow = cacao.get("workflow");
        ((ObjectNode) workflow.get("action--a170b338-3926-4059-b28c-105d1fb17c23"))
                .put("on_completion", "action--00000000-0000-4000-8000-000000000000");
        ((ObjectNode) workflow.get("action--0cb1e29c-658c-4a14-95e6-0af593bd04cf")).put("type", "automation");

        assertThatThrownBy(() -> cacaoImport.read(cacao.toString()))
                .isInstanceOfSatisfying(CacaoImportException.class, e -> assertThat(e.problems()).containsExactly(
                        "step s9 leads to action--00000000-0000-4000-8000-000000000000, which is not in the workflow: "
                                + "add it or fix the reference",
                        "step action--0cb1e29c-658c-4a14-95e6-0af593bd04cf has the type \"automation\", which csirtbot "
                                + "cannot import: use action, playbook-action, parallel, if-, while- or switch-condition"));
        cacao.put("workflow_start", "action--9531985d-5d9d-49f8-9818-e811892f902b");
        assertThatThrownBy(() -> cacaoImport.read(cacao.toString())).hasMessage("cannot import CACAO playbook "
                + "playbook--6513270e-269e-4d37-b2a7-4de452e6b438: \"workflow_start\" "
                + "action--9531985d-5d9d-49f8-9818-e811892f902b is no start step of the workflow: name the workflow's start step");
    }

    private static RunState choose(Engine engine, Playbook playbook, RunState state, String step, String option) {
        return engine.apply(playbook, state, new Action.Choose(COMMANDER, step, option, "as seen", Map.of()),
                Instant.parse("2025-06-02T01:00:00Z")).state();
    }

    private static List<String> options(Playbook playbook, String step) {
        Decision decision = playbook.step(step).orElseThrow().decision();
        return decision.options().stream().map(o -> o.id() + "->" + o.next()).toList();
    }
}
