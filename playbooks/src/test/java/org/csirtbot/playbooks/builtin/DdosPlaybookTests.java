package org.csirtbot.playbooks.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import org.csirtbot.playbooks.engine.Event;
import org.csirtbot.playbooks.model.Severity;
import org.csirtbot.playbooks.testing.BuiltInWalker;
import org.csirtbot.playbooks.testing.WalkedRun;
import org.csirtbot.playbooks.testing.BuiltInWalker.Target;
import org.junit.jupiter.api.Test;

/** PB-5: what responders see happen on the DDoS playbook's decisions. */
class DdosPlaybookTests {

    private final BuiltInWalker walker = new BuiltInWalker(AttackPlaybookWalkTests.playbook("ddos"));

    @Test
    void aLegitimateSurgeIsNotAnIncidentAndGoesStraightToClosing() {
        WalkedRun walk = walker.walk(new Target("p1.attack", "legitimate_surge"));

        assertThat(walk.state().disposition()).isEqualTo("not-an-incident");
        assertThat(walk.outcomes("p2.mitigate")).isEmpty();
        assertThat(walk.outcomes("p5.close")).containsExactly("completed");
    }

    @Test
    void aHighImpactRaisesTheSeverityToS1AndTheRegulatorReportWaitsForManagement() {
        WalkedRun walk = walker.walk(new Target("p1.impact", "high"));

        assertThat(walk.events(Event.SeverityChanged.class)).singleElement()
                .satisfies(changed -> assertThat(changed.to()).isEqualTo(Severity.S1));
        assertThat(walk.outcomes("pc.regulator")).containsExactly("approved", "completed");
    }

    @Test
    void anExtortionDemandIsNeverPaidAndThePoliceAreToldOnceManagementApproves() {
        WalkedRun walk = walker.walk(new Target("p1.extortion", "no_pay_police"));

        assertThat(walk.state().values()).containsEntry("__extortion__", "received").containsEntry("__police__", "report");
        assertThat(walk.outcomes("pc.police")).containsExactly("approved", "completed");
        assertThat(walk.state().values()).containsKey("__police_ref__");
    }

    @Test
    void withoutExtortionOrKnownSponsorsThePoliceStepIsPassedOver() {
        WalkedRun walk = walker.mainPath();

        assertThat(walk.outcomes("p1.extortion")).containsExactly("passed_over");
        assertThat(walk.outcomes("pc.police")).containsExactly("passed_over");
        assertThat(walk.state().values()).containsKeys("__mitigations__", "__attack_end__", "__peak_traffic__");
    }
}
