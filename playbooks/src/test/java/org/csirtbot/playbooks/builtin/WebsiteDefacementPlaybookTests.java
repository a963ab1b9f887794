package org.csirtbot.playbooks.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import org.csirtbot.playbooks.engine.Event;
import org.csirtbot.playbooks.model.Severity;
import org.csirtbot.playbooks.model.Playbook;
import org.csirtbot.playbooks.testing.BuiltIns;
import org.csirtbot.playbooks.testing.PlaybookWalks;
import org.csirtbot.playbooks.testing.Walked;
import org.junit.jupiter.api.Test;

/** PB-8: where the change comes from, what kind it is, and what that starts. */
class WebsiteDefacementPlaybookTests {

    static final Playbook DEFACEMENT = BuiltIns.playbook("website-defacement");

    @Test
    void skimmingOnLoginOrPaymentPagesIsS1AndStartsTheInformationLeakPlaybook() {
        Walked walked = walk().walkTaking("p1.nature", "skimming");

        assertThat(walked.eventsOf(Event.SeverityChanged.class)).singleElement()
                .satisfies(changed -> assertThat(changed.to()).isEqualTo(Severity.S1));
        assertThat(walked.requested()).contains("personal-data-breach");
    }

    @Test
    void suspectedLateralMovementStartsTheTargetedAttackPlaybook() {
        Walked walked = walk().walkTaking("p1.lateral", "suspected");

        assertThat(walked.eventsOf(Event.PlaybookRequested.class)).filteredOn(r -> r.playbook().equals("targeted-attack"))
                .singleElement().extracting(Event.PlaybookRequested::step).isEqualTo("p1.lateral");
    }

    @Test
    void thirdPartyContentIsCutAtTheProviderAndOurServerIsLeftAlone() {
        Walked walked = walk().walkTaking("p1.origin", "third_party");

        assertThat(walked.outcomes("p1.third_party")).containsExactly("completed");
        assertThat(walked.outcomes("p1.preserve")).containsExactly("passed_over");
        assertThat(walked.outcomes("p2.contain")).containsExactly("passed_over");
        assertThat(walked.outcomes("p3.clean")).containsExactly("passed_over");
    }

    @Test
    void evidenceIsPreservedBeforeTheServerIsCleaned() {
        Walked walked = walk().walk();

        assertThat(walked.state().history()).extracting(h -> h.step())
                .containsSubsequence("p0.evidence", "p1.preserve", "p2.contain", "p3.clean");
    }

    @Test
    void usersAreToldToChangePasswordsOnlyWhenTheDecisionSaysSo() {
        assertThat(walk().walk().outcomes("p4.user_notice")).containsExactly("passed_over");
        assertThat(walk().walkTaking("p4.passwords", "reset").outcomes("p4.user_notice"))
                .containsExactly("approved", "completed");
    }

    static PlaybookWalks walk() {
        return PlaybookWalks.of(DEFACEMENT);
    }
}
