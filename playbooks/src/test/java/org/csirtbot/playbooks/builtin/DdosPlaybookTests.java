package org.csirtbot.playbooks.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import org.csirtbot.playbooks.engine.Event;
import org.csirtbot.playbooks.model.Severity;
import org.csirtbot.playbooks.model.Playbook;
import org.csirtbot.playbooks.testing.BuiltIns;
import org.csirtbot.playbooks.testing.PlaybookWalks;
import org.csirtbot.playbooks.testing.Walked;
import org.junit.jupiter.api.Test;

/** PB-5: what responders see happen on the DDoS playbook's decisions. */
class DdosPlaybookTests {

    static final Playbook DDOS = BuiltIns.playbook("ddos");

    @Test
    void aLegitimateSurgeIsNotAnIncidentAndClosesThroughTheShortPath() {
        Walked walked = walk().walkTaking("p1.attack", "legitimate_surge");

        assertThat(walked.state().disposition()).isEqualTo("not-an-incident");
        assertThat(walked.outcomes("p2.mitigate")).isEmpty();
        assertThat(walked.outcomes("p5.not_attack")).containsExactly("completed");
        assertThat(walked.outcomes("p5.close")).isEmpty();
    }

    @Test
    void anAttackHasTheIspCalledRightAwayBeforeItIsCharacterised() {
        Walked walked = walk().walk();

        assertThat(walked.path()).containsSubsequence("p1.attack=ddos", "p2.mitigate", "p1.characterise", "p1.impact=medium",
                "p3.enforce");
    }

    @Test
    void aHighImpactRaisesTheSeverityToS1AndTheRegulatorReportWaitsForManagement() {
        Walked walked = walk().walkTaking("p1.impact", "high");

        assertThat(walked.eventsOf(Event.SeverityChanged.class)).singleElement()
                .satisfies(changed -> assertThat(changed.to()).isEqualTo(Severity.S1));
        assertThat(walked.outcomes("pc.regulator")).containsExactly("approved", "completed");
    }

    @Test
    void anExtortionDemandIsNeverPaidAndThePoliceAreToldOnceManagementApproves() {
        Walked walked = walk().walkTaking("p1.extortion", "no_pay_police");

        assertThat(walked.state().values()).containsEntry("__extortion__", "received").containsEntry("__police__", "report");
        assertThat(walked.outcomes("pc.police")).containsExactly("approved", "completed");
        assertThat(walked.state().values()).containsKey("__police_ref__");
    }

    @Test
    void withoutExtortionOrKnownSponsorsThePoliceStepIsPassedOver() {
        Walked walked = walk().walk();

        assertThat(walked.outcomes("p1.extortion")).containsExactly("passed_over");
        assertThat(walked.outcomes("pc.police")).containsExactly("passed_over");
        assertThat(walked.state().values()).containsKeys("__mitigations__", "__attack_end__", "__peak_traffic__");
    }

    static PlaybookWalks walk() {
        return PlaybookWalks.of(DDOS);
    }
}
