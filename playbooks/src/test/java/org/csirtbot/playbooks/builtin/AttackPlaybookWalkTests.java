package org.csirtbot.playbooks.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.csirtbot.playbooks.engine.Event;
import org.csirtbot.playbooks.load.PlaybookLibrary;
import org.csirtbot.playbooks.model.Playbook;
import org.csirtbot.playbooks.model.Step;
import org.csirtbot.playbooks.testing.BuiltInWalker;
import org.csirtbot.playbooks.testing.WalkedRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** PB-5 to PB-8 of csirt-domain.md §4: each loads as shipped and every path through it reaches an end. */
class AttackPlaybookWalkTests {

    static final PlaybookLibrary LIBRARY = PlaybookLibrary.builtIn(null);

    static Stream<String> ids() {
        return Stream.of("ddos", "ransomware", "targeted-attack", "website-defacement");
    }

    static Playbook playbook(String id) {
        return LIBRARY.find(id).orElseThrow(() -> new AssertionError(id + " not loaded: " + LIBRARY.problems()));
    }

    @Test
    void reportCategoriesSuggestThem() {
        assertThat(LIBRARY.suggestedFor("dos")).extracting(Playbook::id).contains("ddos");
        assertThat(LIBRARY.suggestedFor("malware")).extracting(Playbook::id).contains("ransomware");
        assertThat(LIBRARY.suggestedFor("account_misuse")).extracting(Playbook::id).contains("targeted-attack");
        assertThat(LIBRARY.suggestedFor("other")).extracting(Playbook::id).contains("targeted-attack", "website-defacement");
        assertThat(LIBRARY.suggestedFor("suspicious_link")).extracting(Playbook::id).contains("website-defacement");
    }

    @ParameterizedTest
    @MethodSource("ids")
    void loadsWithoutProblems(String id) {
        assertThat(LIBRARY.problems()).filteredOn(p -> p.file().endsWith("/" + id + ".yaml")).isEmpty();
        assertThat(playbook(id).version()).isPositive();
    }

    @ParameterizedTest
    @MethodSource("ids")
    void theMainPathRunsIntakeThenClosingAndEnds(String id) {
        WalkedRun walk = new BuiltInWalker(playbook(id)).mainPath();

        assertThat(walk.state().finished()).isTrue();
        assertThat(walk.events(Event.PlaybookRequested.class)).extracting(Event.PlaybookRequested::playbook)
                .startsWith("core-intake").endsWith("core-close");
        assertThat(walk.events(Event.Refused.class)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("ids")
    void everyDecisionOptionAndRejectionReachesAnEnd(String id) {
        BuiltInWalker walker = new BuiltInWalker(playbook(id));

        for (BuiltInWalker.Target target : walker.branches()) {
            WalkedRun walk = walker.walk(target);

            assertThat(walk.state().finished()).as("%s ends", target).isTrue();
            assertThat(walk.outcomes(target.step())).as("%s taken", target)
                    .contains(target.option() == null ? "rejected" : "decided:" + target.option());
        }
    }

    @ParameterizedTest
    @MethodSource("ids")
    void everyStepCitesItsSourceAndFitsInOneSlackSection(String id) {
        List<Step> steps = playbook(id).steps().toList();

        assertThat(steps).filteredOn(step -> step.references().isEmpty()).extracting(Step::id).isEmpty();
        assertThat(steps).filteredOn(step -> step.instructions() != null)
                .filteredOn(step -> step.instructions().en().length() > 3000 || step.instructions().ja().length() > 3000)
                .extracting(Step::id).isEmpty();
    }
}
