package org.csirtbot.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.csirtbot.incident.LogEntry;
import org.junit.jupiter.api.Test;

/** Playbook steps by CSF 2.0 outcome, from the log and the steps' tags. */
class CsfRollupTests {

    private static final Map<String, List<String>> TAGS = Map.of(
            "a", List.of("RS.MA-02", "RS.AN-03"), "b", List.of("RC.RP-03"), "c", List.of("RS.CO-02"),
            "d", List.of("RC.CO-04"), "e", List.of("RS.CO-03"), "f", List.of("DE.AE-08"), "g", List.of("RS.AN-07"),
            "h", List.of("RS.MA-03"));
    private final List<Integer> versionsAsked = new ArrayList<>();
    private final CsfTags tags = (playbook, version, step) -> {
        versionsAsked.add(version);
        return Optional.ofNullable(TAGS.get(step)).map(csf -> new CsfTags.TaggedStep("Step " + step, csf));
    };
    private final List<LogEntry> log = new ArrayList<>();

    @Test
    void eachOutcomeListsItsStepsDoneSkippedAndWaivedAsTheirLastWordSays() {
        entry("playbook_started", Map.of("playbook", "p", "version", 2, "severity", "S2"));
        entry("playbook_step_completed", Map.of("playbook", "p", "step", "a", "fields", Map.of()));
        entry("playbook_step_skipped", Map.of("playbook", "p", "step", "b", "reason", "no backups", "waived", true));
        entry("playbook_step_skipped", Map.of("playbook", "p", "step", "c", "reason", "n/a", "waived", false));
        entry("playbook_decision", Map.of("playbook", "p", "step", "d", "option", "notify"));
        entry("playbook_approval", Map.of("playbook", "p", "step", "e", "verdict", "approved", "approvals", 1, "needed", 2));
        entry("playbook_step_completed", Map.of("playbook", "p", "step", "f"));
        entry("playbook_step_skipped", Map.of("playbook", "p", "step", "g", "reason", "later", "waived", false));
        entry("playbook_step_completed", Map.of("playbook", "p", "step", "g"));
        entry("playbook_approval", Map.of("playbook", "p", "step", "h", "verdict", "rejected", "comment", "no"));
        entry("note_added", Map.of("text", "not a step"));

        Map<String, CsfRollup.Outcome> by = CsfRollup.of(log, tags).outcomes();

        assertThat(by).containsOnlyKeys("RS.MA", "RS.AN", "RS.CO", "RC.RP", "RC.CO");
        assertThat(steps(by.get("RS.MA").done())).containsExactly("a");
        assertThat(steps(by.get("RS.AN").done())).as("a tagged for two outcomes counts for both; g redone")
                .containsExactly("a", "g");
        assertThat(by.get("RS.AN").skipped()).isEmpty();
        assertThat(steps(by.get("RS.CO").skipped())).containsExactly("c");
        assertThat(by.get("RS.CO").done()).as("e needs a second approval").isEmpty();
        assertThat(steps(by.get("RC.RP").waived())).containsExactly("b");
        assertThat(steps(by.get("RC.CO").done())).containsExactly("d");
        assertThat(by.get("RC.CO").done().get(0)).isEqualTo(new CsfRollup.Step("p", "d", "Step d", List.of("RC.CO-04")));
        assertThat(versionsAsked).as("the version that ran").containsOnly(2);
    }

    @Test
    void withoutPlaybooksEveryOutcomeIsEmpty() {
        entry("playbook_step_completed", Map.of("playbook", "p", "step", "a"));
        assertThat(CsfRollup.of(log, CsfTags.NONE).outcomes().values())
                .allSatisfy(o -> assertThat(o.done()).isEmpty());
        assertThat(CsfRollup.outcomeOf("rs.ma-02")).isEqualTo("RS.MA");
        assertThat(CsfRollup.outcomeOf("RS.MI-01")).isNull();
    }

    private void entry(String kind, Map<String, Object> data) {
        log.add(new LogEntry("INC-1", log.size() + 1, Instant.EPOCH.plusSeconds(log.size()), "U1", kind, data, null, null));
    }

    private static List<String> steps(List<CsfRollup.Step> steps) {
        return steps.stream().map(CsfRollup.Step::step).toList();
    }
}
