package org.csirtbot.playbooks.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.csirtbot.playbooks.model.Severity;
import org.csirtbot.playbooks.model.StepType;
import org.csirtbot.playbooks.model.Tlp;
import org.csirtbot.playbooks.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PlaybookReaderTests {

    @Test
    void readsTheExamplePlaybookIntoTheModel() {
        ReadResult result = Fixtures.read("valid/phishing-report.yaml");

        assertThat(result.problems()).isEmpty();
        var playbook = result.playbook();
        assertThat(playbook.id()).isEqualTo("phishing-report");
        assertThat(playbook.name().ja()).isEqualTo("従業員からのフィッシングメール報告");
        assertThat(playbook.severityDefault()).isEqualTo(Severity.S3);
        assertThat(playbook.caseDefaults().tlp()).isEqualTo(Tlp.AMBER_STRICT);
        assertThat(playbook.suggestedFor("phishing_mail")).isTrue();
        var verdict = playbook.step("p1.verdict").orElseThrow();
        assertThat(verdict.type()).isEqualTo(StepType.DECISION);
        assertThat(verdict.decision().option("credentials").orElseThrow().spawns()).containsExactly("account-compromise");
        assertThat(verdict.sla().dueFor(Severity.S1)).hasValue(java.time.Duration.ofMinutes(30));
        assertThat(playbook.step("p2.warn_staff").orElseThrow().notification().requiresApprovalBy()).isEqualTo("mgmt");
    }

    @Test
    void readsThePersonalDataPlaybookWithItsClocks() {
        var playbook = Fixtures.playbook("personal-data-breach");

        assertThat(playbook.clocks()).extracting(c -> c.id())
                .containsExactly("appi_preliminary", "appi_final", "appi_final_unlawful", "gdpr_sa", "internal_report");
    }

    static Stream<Arguments> invalidFixtures() {
        return Stream.of(
                Arguments.of("syntax-error", "21:30: the YAML cannot be read (while parsing a flow mapping: expected ',' "
                        + "or '}', but got <stream end>): fix the syntax here; quote a text that holds ': ', ' #', or '?' "
                        + "or ',' inside { }"),
                Arguments.of("duplicate-key", "21:18: 'mandatory' is written twice in one mapping: keep one"),
                Arguments.of("unknown-field", "21:15: unknown field 'ownr' in phases[0].steps[0]: remove it or fix its spelling"),
                Arguments.of("missing-owner", "15:9: phases[0].steps[0] lacks the required field 'owner': add it"),
                Arguments.of("bad-severity", "7:19: 'S5' is not allowed at severity_default: use one of [\"S1\",\"S2\",\"S3\",\"S4\"]"),
                Arguments.of("unknown-step", "21:15: unknown step 's9': use the id of a step in this playbook, or 'end'"),
                Arguments.of("unknown-role", "21:22: unknown role 'commander': declare it under roles: (declared: handler)"),
                Arguments.of("duplicate-step-id", "21:13: duplicate step id 's1' (first used at phases[0].steps[0]): "
                        + "give each step its own id"),
                Arguments.of("missing-translation", "5:7: missing Japanese text at name: add ja: beside en:"),
                Arguments.of("bad-condition", "21:15: cannot read the condition: expected a value at the end at character 16; "
                        + "write e.g. __var__ = 'value' AND NOT __other__ IN ['a', 'b']"),
                Arguments.of("tlp-above-party", "25:16: the message is TLP:AMBER but party 'public' may receive at most "
                        + "TLP:CLEAR: lower the message's TLP or leave the party out"),
                Arguments.of("unknown-template", "25:21: 'press_release' is not allowed at phases[0].steps[0].notify.template: "
                        + "use one of [\"employees\",\"customers\",\"individuals\",\"public\",\"media\"]"),
                Arguments.of("bad-partner", "25:29: 'JPCERT' at phases[0].steps[0].notify.partner[1] is not written as "
                        + "expected: it must match ^[a-z0-9][a-z0-9-]{1,62}$ (see FORMAT.md)"),
                Arguments.of("unreachable-step", "22:13: step 's2' is unreachable: no step leads to it; point a next, "
                        + "an option or a branch at it, or remove it"),
                Arguments.of("unknown-variable", "21:15: unknown variable '__nope__': no input, field, decision or option "
                        + "sets it; declare it or fix the name"),
                Arguments.of("clock-from-text", "14:16: field '__seen__' is not a datetime: a clock, wait or SLA counts only "
                        + "from a field of type datetime"),
                Arguments.of("loop-without-exit", "15:13: steps [s1, s2] loop with no way out: none of them leads outside "
                        + "the loop or to 'end'; give one of them a next or an option that leaves the loop"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidFixtures")
    void refusesAnInvalidPlaybookSayingWhereAndWhatToFix(String fixture, String expected) {
        String file = "invalid/" + fixture + ".yaml";

        ReadResult result = Fixtures.read(file);

        assertThat(result.accepted()).isFalse();
        assertThat(result.problems()).first().hasToString(file + ":" + expected);
    }

    @Test
    void aLoopWithNoWayOutAlsoLeavesTheStepsAfterItUnreachable() {
        ReadResult result = Fixtures.read("invalid/loop-without-exit.yaml");

        assertThat(result.problems()).extracting(Problem::line).containsExactly(15, 32);
    }
}
