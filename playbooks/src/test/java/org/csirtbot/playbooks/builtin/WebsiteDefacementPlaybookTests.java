package org.csirtbot.playbooks.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import org.csirtbot.playbooks.engine.Event;
import org.csirtbot.playbooks.model.Severity;
import org.csirtbot.playbooks.testing.BuiltInWalker;
import org.csirtbot.playbooks.testing.BuiltInWalker.Target;
import org.csirtbot.playbooks.testing.WalkedRun;
import org.junit.jupiter.api.Test;

/** PB-8: where the change comes from, what kind it is, and what that starts. */
class WebsiteDefacementPlaybookTests {

    private final BuiltInWalker walker = new BuiltInWalker(AttackPlaybookWalkTests.playbook("website-defacement"));

    @Test
    void skimmingOnLoginOrPaymentPagesIsS1AndStartsTheInformationLeakPlaybook() {
        WalkedRun walk = walker.walk(new Target("p1.nature", "skimming"));

        assertThat(walk.events(Event.SeverityChanged.class)).singleElement()
                .satisfies(changed -> assertThat(changed.to()).isEqualTo(Severity.S1));
        assertThat(walk.events(Event.PlaybookRequested.class)).extracting(Event.PlaybookRequested::playbook)
                .contains("personal-data-breach");
    }

    @Test
    void suspectedLateralMovementStartsTheTargetedAttackPlaybook() {
        WalkedRun walk = walker.walk(new Target("p1.lateral", "suspected"));

        assertThat(walk.events(Event.PlaybookRequested.class)).filteredOn(r -> r.playbook().equals("targeted-attack"))
                .singleElement().extracting(Event.PlaybookRequested::step).isEqualTo("p1.lateral");
    }

    @Test
    void thirdPartyContentIsCutAtTheProviderAndOurServerIsLeftAlone() {
        WalkedRun walk = walker.walk(new Target("p1.origin", "third_party"));

        assertThat(walk.outcomes("p1.third_party")).containsExactly("completed");
        assertThat(walk.outcomes("p1.preserve")).containsExactly("passed_over");
        assertThat(walk.outcomes("p2.contain")).containsExactly("passed_over");
        assertThat(walk.outcomes("p3.clean")).containsExactly("passed_over");
    }

    @Test
    void evidenceIsPreservedBeforeTheServerIsCleaned() {
        WalkedRun walk = walker.mainPath();

        assertThat(walk.state().history()).extracting(h -> h.step())
                .containsSubsequence("p0.evidence", "p1.preserve", "p2.contain", "p3.clean");
    }

    @Test
    void usersAreToldToChangePasswordsOnlyWhenTheDecisionSaysSo() {
        assertThat(walker.mainPath().outcomes("p4.user_notice")).containsExactly("passed_over");
        assertThat(walker.walk(new Target("p4.passwords", "reset")).outcomes("p4.user_notice"))
                .containsExactly("approved", "completed");
    }
}
