package org.csirtbot.playbooks.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.csirtbot.playbooks.engine.Event;
import org.csirtbot.playbooks.model.Playbook;
import org.csirtbot.playbooks.model.Severity;
import org.csirtbot.playbooks.testing.BuiltIns;
import org.csirtbot.playbooks.testing.PlaybookWalks;
import org.csirtbot.playbooks.testing.Walked;
import org.junit.jupiter.api.Test;

/** PB-3, unauthorised access or account compromise: its main path and its side paths. */
class AccountCompromiseWalkTests {

    static final Playbook ACCOUNT = BuiltIns.playbook("account-compromise");

    @Test
    void anOrdinaryAccountIsVerifiedLockedOutBeforeTheTimelineCheckedForSprayAndOnwardMailCleanedAndGivenBack() {
        Walked walked = walk().walk();

        assertThat(walked.path()).containsSubsequence("p0.intake", "p1.verify=not_theirs", "p1.preserve_logs",
                "p1.account_type=user", "p1.containment_mode=immediate", "p2.contain", "p1.timeline", "p2.spray",
                "p2.onward", "p2.data_accessed=no", "p2.fraud=no", "p3.eradicate", "p4.recover", "p4.monitor", "p5.close");
        assertThat(walked.path()).containsSubsequence("p2.contain", "pc.inform_owner", "pc.external=none");
        assertThat(walked.passedOver()).containsExactly("p2.tell_mgmt");
        assertThat(walked.requested()).containsExactly("core-intake", "core-close");
        assertThat(walked.state().severity()).isEqualTo(Severity.S3);
    }

    @Test
    void activityTheOwnerConfirmsClosesTheIncidentAsRefutedThroughTheShortPath() {
        Walked walked = walk().choose("p1.verify", "legitimate").walk();

        assertThat(walked.path()).containsExactly("p0.intake", "p1.verify=legitimate", "p5.legitimate");
        assertThat(walked.requested()).containsExactly("core-intake");
        assertThat(walked.state().disposition()).isEqualTo("refuted");
    }

    @Test
    void theCsirtLocksAPrivilegedAccountWithoutWaitingForApprovalAndTellsManagement() {
        Walked walked = walk().choose("p1.account_type", "privileged").walk();

        assertThat(walked.path()).containsSubsequence("p1.containment_mode=immediate", "p2.contain", "p2.tell_mgmt")
                .noneMatch(p -> p.endsWith("=approve") && p.startsWith("p2."));
        assertThat(walked.state().severity()).isEqualTo(Severity.S2);
    }

    @Test
    void aCoordinatedEvictionHandsTheIncidentToTheTargetedAttackPlaybook() {
        Walked walked = walk().choose("p1.containment_mode", "coordinated").walk();

        assertThat(walked.path()).endsWith("p1.containment_mode=coordinated");
        assertThat(walked.eventsOf(Event.PlaybookRequested.class)).filteredOn(r -> r.playbook().equals("targeted-attack"))
                .singleElement().satisfies(r -> assertThat(r.mode()).isEqualTo("replace"));
    }

    @Test
    void dataThatMayHaveBeenReadStartsThePersonalDataPlaybook() {
        Walked walked = walk().choose("p2.data_accessed", "yes").walk();

        assertThat(walked.requested()).contains("personal-data-breach");
        assertThat(walked.state().severity()).isEqualTo(Severity.S2);
    }

    @Test
    void paymentFraudCallsTheBankWithinTheHourWithoutWaitingThenThePoliceOnceApproved() {
        Walked walked = walk().choose("p2.fraud", "yes").with("__bank_reference__", "BANK-123").walk();

        assertThat(walked.path()).containsSubsequence("p2.fraud=yes", "p2.bank", "p2.police=approve", "p2.police", "p3.eradicate")
                .doesNotContain("p2.bank=approve");
        assertThat(walked.eventsOf(Event.StepReady.class)).filteredOn(r -> r.step().equals("p2.bank")).singleElement()
                .satisfies(r -> assertThat(r.dueAt()).isEqualTo(r.at().plus(Duration.ofHours(1))));
        assertThat(walked.state().values()).containsEntry("__bank_reference__", "BANK-123");
    }

    @Test
    void partnersAndJpcertAreToldOnlyAfterApproval() {
        Walked walked = walk().choose("pc.external", "both").walk();

        assertThat(walked.path()).containsSubsequence("pc.external=both", "pc.partners=approve", "pc.partners",
                "pc.jpcert=approve", "pc.jpcert");
    }

    @Test
    void anIpaNotificationOfUnauthorisedAccessGoesOutOnceTheCommanderApproves() {
        Walked walked = walk().choose("pc.external", "ipa").walk();

        assertThat(walked.path()).containsSubsequence("pc.external=ipa", "pc.ipa=approve", "pc.ipa");
    }

    static PlaybookWalks walk() {
        return PlaybookWalks.of(ACCOUNT);
    }
}
