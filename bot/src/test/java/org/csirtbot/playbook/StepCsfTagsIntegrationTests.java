package org.csirtbot.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import org.csirtbot.metrics.CsfTags;
import org.csirtbot.playbooks.model.Phase;
import org.csirtbot.playbooks.model.Playbook;
import org.csirtbot.playbooks.model.Step;
import org.csirtbot.testkit.BotIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The bot reads the playbooks' {@code csf:} tags: a step's own, else its phase's; unknown steps have none. */
@BotIntegrationTest
class StepCsfTagsIntegrationTests {

    @Autowired
    CsfTags tags;
    @Autowired
    PlaybookCatalog catalog;

    @Test
    void everyBuiltInStepCarriesItsOwnTagsElseItsPhases() {
        for (Playbook playbook : catalog.all()) {
            for (Phase phase : playbook.phases()) {
                for (Step step : phase.steps()) {
                    CsfTags.TaggedStep tagged = tags.of(playbook.id(), playbook.version(), step.id()).orElseThrow();
                    assertThat(tagged.csf()).as("%s %s", playbook.id(), step.id())
                            .isEqualTo(step.csf().isEmpty() ? phase.csf() : step.csf());
                    assertThat(tagged.name()).contains(step.name().en(), playbook.name().en());
                }
            }
        }
        Playbook intake = catalog.find("core-intake").orElseThrow();
        assertThat(intake.steps().map(s -> tags.of("core-intake", null, s.id()).orElseThrow().csf())
                .flatMap(java.util.List::stream)).as("the built-ins are tagged").isNotEmpty();
        assertThat(tags.of("core-intake", intake.version(), "no-such-step")).isEmpty();
        assertThat(tags.of("no-such-playbook", 1, "c1")).isEmpty();
    }
}
