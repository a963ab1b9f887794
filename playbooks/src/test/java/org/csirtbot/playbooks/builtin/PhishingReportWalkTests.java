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

/** PB-1, phishing e-mail reported by an employee: its main path and its side paths. */
class PhishingReportWalkTests {

    static final Playbook PHISHING = BuiltIns.playbook("phishing-report");

    @Test
    void aMaliciousMailIsBlockedAtOnceAccountsResetRightAfterTheClickThenScopedPurgedStaffWarnedAndTheSiteTakenDown() {
        Walked walked = walk().choose("p1.credentials", "user").with("__account_misuse__", "false").walk();

        assertThat(walked.path()).containsExactly("p0.intake", "p1.artefacts", "p1.analyse", "p1.verdict=malicious",
                "p2.block", "p1.credentials=user", "p2.reset_accounts", "p2.privacy_check=no", "p1.scope",
                "p1.execution=no", "p2.purge_approval=approve", "p2.purge", "p2.warn_decision=company",
                "p2.warn_staff=approve", "p2.warn_staff", "p3.takedown_decision=takedown", "p3.takedown=approve",
                "p3.takedown", "p4.watch", "p4.thank_reporter", "p5.close");
        assertThat(walked.requested()).containsExactly("core-intake", "core-close");
        assertThat(walked.state().severity()).isEqualTo(Severity.S3);
        assertThat(walked.state().disposition()).isEqualTo("confirmed");
    }

    @Test
    void aBenignMailIsJudgedBeforeAnyScopingAndClosesThroughTheShortPath() {
        Walked walked = walk().choose("p1.verdict", "benign").walk();

        assertThat(walked.path()).containsExactly("p0.intake", "p1.artefacts", "p1.analyse", "p1.verdict=benign",
                "p5.not_malicious");
        assertThat(walked.requested()).containsExactly("core-intake");
        assertThat(walked.state().disposition()).isEqualTo("refuted");
        assertThat(walked.state().severity()).isEqualTo(Severity.S4);
    }

    @Test
    void nobodyActingLeavesItAtS4AndSkipsTheAccountResetsAndThePrivacyCheck() {
        Walked walked = walk().choose("p1.credentials", "none").walk();

        assertThat(walked.passedOver()).containsExactly("p1.payment", "p2.reset_accounts", "p2.privacy_check");
        assertThat(walked.state().severity()).isEqualTo(Severity.S4);
    }

    @Test
    void anExecutiveWhoRanTheAttachmentStartsTheMalwareAndTargetedAttackPlaybooksAtS2() {
        Walked walked = walk().with("__targeting__", "executives").choose("p1.credentials", "privileged")
                .choose("p1.execution", "yes").with("__account_misuse__", "true").walk();

        assertThat(walked.requested()).contains("endpoint-malware", "targeted-attack", "account-compromise");
        assertThat(walked.state().severity()).isEqualTo(Severity.S2);
    }

    @Test
    void aRejectedPurgeGoesStraightToTheStaffWarning() {
        Walked walked = walk().choose("p2.purge_approval", "reject").choose("p1.credentials", "clicked").walk();

        assertThat(walked.path()).containsSubsequence("p2.purge_approval=reject", "p2.warn_decision=company")
                .doesNotContain("p2.purge");
        assertThat(walked.state().values()).containsEntry("__purge__", "rejected");
    }

    @Test
    void stolenCredentialsThatMayReachPersonalDataStartThePersonalDataPlaybook() {
        Walked walked = walk().choose("p1.credentials", "user").choose("p2.privacy_check", "cannot_exclude").walk();

        assertThat(walked.requested()).contains("personal-data-breach");
        assertThat(walked.state().severity()).isEqualTo(Severity.S2);
    }

    @Test
    void aKnownClickHasTheAccountsResetWithinAnHourBeforeTheRecipientsAreSearched() {
        Walked walked = walk().choose("p1.credentials", "clicked").walk();

        assertThat(walked.path()).containsSubsequence("p1.credentials=clicked", "p2.reset_accounts", "p1.scope");
        Event.StepReady reset = walked.eventsOf(Event.StepReady.class).stream()
                .filter(r -> r.step().equals("p2.reset_accounts")).findFirst().orElseThrow();
        assertThat(reset.dueAt()).isEqualTo(reset.at().plus(Duration.ofHours(1)));
    }

    static PlaybookWalks walk() {
        return PlaybookWalks.of(PHISHING);
    }
}
