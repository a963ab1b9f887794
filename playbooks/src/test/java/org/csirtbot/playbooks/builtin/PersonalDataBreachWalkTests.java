package org.csirtbot.playbooks.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.csirtbot.playbooks.engine.Event;
import org.csirtbot.playbooks.model.Playbook;
import org.csirtbot.playbooks.model.Severity;
import org.csirtbot.playbooks.testing.BuiltIns;
import org.csirtbot.playbooks.testing.PlaybookWalks;
import org.csirtbot.playbooks.testing.Walked;
import org.junit.jupiter.api.Test;

/** PB-4, information leak or personal data breach: its paths through the APPI and GDPR duties. */
class PersonalDataBreachWalkTests {

    static final Playbook BREACH = BuiltIns.playbook("personal-data-breach");

    @Test
    void aReportableLeakIsReportedToThePpcTwiceTheDataSubjectsToldAndAStatementPublishedEachAfterApproval() {
        Walked walked = walk().walk();

        assertThat(walked.path()).containsSubsequence("p0.intake", "p0.awareness=occurred", "p1.stop_exposure",
                "p0.involve", "p1.data", "p1.cause=human_error", "p1.secondary", "p1.appi=reportable",
                "p1.appi_approval=approve", "p1.gdpr=not_applicable", "p1.other_duties", "p2.contain", "p4.recover",
                "p5.documentation", "p5.close");
        assertThat(walked.path()).containsSubsequence("pc.ppc_preliminary=approve", "pc.ppc_preliminary",
                "pc.ppc_final=approve", "pc.ppc_final");
        assertThat(walked.path()).contains("pc.subjects=approve", "pc.subjects", "pc.announce_decision=announce",
                "pc.announce=approve", "pc.announce");
        assertThat(walked.passedOver()).containsExactlyInAnyOrder("pc.controller", "p1.contractor", "pc.my_number",
                "pc.gdpr_sa", "pc.gdpr_sa_each", "pc.other_reports");
        assertThat(walked.eventsOf(Event.ClockStopped.class)).extracting(Event.ClockStopped::clock, Event.ClockStopped::metDeadline)
                .containsExactlyInAnyOrder(tuple("appi_awareness", true), tuple("appi_preliminary", true),
                        tuple("appi_final", true));
        assertThat(walked.state().severity()).isEqualTo(Severity.S2);
    }

    @Test
    void aLeakThatIsNotReportableAndOutsideTheGdprStopsTheProvisionalClockAndStartsNoOtherAndNoNotice() {
        Walked walked = walk().choose("p1.appi", "not_reportable").choose("pc.announce_decision", "none").walk();

        assertThat(walked.eventsOf(Event.ClockStarted.class)).extracting(Event.ClockStarted::clock).containsExactly("appi_awareness");
        assertThat(walked.eventsOf(Event.ClockStopped.class)).extracting(Event.ClockStopped::clock).containsExactly("appi_awareness");
        assertThat(walked.passedOver()).contains("pc.ppc_preliminary", "pc.ppc_final", "pc.gdpr_sa", "pc.subjects");
        assertThat(walked.visited("pc.announce")).isFalse();
    }

    @Test
    void aHighGdprRiskNotifiesTheAuthorityAndThePeople() {
        Walked walked = walk().choose("p1.appi", "not_reportable").choose("p1.gdpr", "notify_and_subjects").walk();

        assertThat(walked.path()).contains("pc.gdpr_sa=approve", "pc.gdpr_sa", "pc.subjects=approve", "pc.subjects");
        assertThat(walked.eventsOf(Event.ClockStarted.class)).extracting(Event.ClockStarted::clock)
                .containsExactly("appi_awareness", "gdpr_sa");
    }

    @Test
    void asAProcessorWeTellTheControllerOnItsOwnClock() {
        Walked walked = walk().with("__our_role__", "processor").walk();

        assertThat(walked.path()).contains("pc.controller=approve", "pc.controller");
        assertThat(walked.eventsOf(Event.ClockStopped.class)).extracting(Event.ClockStopped::clock).contains("controller_notice");
    }

    @Test
    void legalRejectingTheAppiDecisionSendsItBackToThePrivacyOfficer() {
        Walked walked = walk().choose("p1.appi", "not_reportable", "reportable").choose("p1.appi_approval", "reject").walk();

        assertThat(walked.path()).containsSubsequence("p1.appi=not_reportable", "p1.appi_approval=reject",
                "p1.appi=reportable", "p1.appi_approval=approve", "p1.gdpr=not_applicable");
    }

    @Test
    void aCyberattackStartsItsOwnPlaybookAlongside() {
        assertThat(walk().choose("p1.cause", "unauthorised_access").walk().requested()).contains("account-compromise");
        assertThat(walk().choose("p1.cause", "ransomware").walk().requested()).contains("ransomware");
    }

    @Test
    void otherDutiesAreReportedAfterManagementApproves() {
        Walked walked = walk().with("__other_duties__", "police\ninsurer").walk();

        assertThat(walked.path()).containsSubsequence("pc.other_reports=approve", "pc.other_reports");
    }

    static PlaybookWalks walk() {
        return PlaybookWalks.of(BREACH);
    }
}
