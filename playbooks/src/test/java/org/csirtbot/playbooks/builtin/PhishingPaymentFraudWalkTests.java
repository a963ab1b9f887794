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

/** PB-1 when the mail is payment fraud (business e-mail compromise): what follows once money moved or details changed. */
class PhishingPaymentFraudWalkTests {

    static final Playbook PHISHING = BuiltIns.playbook("phishing-report");

    @Test
    void moneySentAsksTheBankForARecallWithinAnHourThenThePoliceAndRatesTheIncidentS2() {
        Walked walked = fraud().choose("p1.payment", "paid").walk();

        assertThat(walked.path()).containsSubsequence("p1.verdict=malicious", "p1.payment=paid", "p2.bank_recall",
                "p2.fraud_police=approve", "p2.fraud_police");
        Event.StepReady recall = walked.eventsOf(Event.StepReady.class).stream()
                .filter(r -> r.step().equals("p2.bank_recall")).findFirst().orElseThrow();
        assertThat(Duration.between(recall.at(), recall.dueAt())).isEqualTo(Duration.ofHours(1));
        assertThat(walked.state().severity()).isEqualTo(Severity.S2);
        assertThat(walked.state().values()).containsKey("__bank_reference__").containsKey("__police_reference__");
    }

    @Test
    void changedBankDetailsArePutBackAndPaymentsHeldWithoutTheBankOrThePolice() {
        Walked walked = fraud().choose("p1.payment", "details_changed").walk();

        assertThat(walked.path()).contains("p1.payment=details_changed", "p2.payee_hold")
                .doesNotContain("p2.bank_recall", "p2.fraud_police");
    }

    @Test
    void fraudSentFromOneOfOurOwnMailboxesStartsTheAccountCompromisePlaybook() {
        Walked walked = fraud().with("__bec_sender__", "our_account").choose("p1.payment", "none").walk();

        assertThat(walked.requested()).contains("account-compromise");
        assertThat(walked.path()).doesNotContain("p2.bank_recall", "p2.payee_hold");
    }

    @Test
    void otherCampaignsNeverAskAboutPayments() {
        Walked walked = PlaybookWalks.of(PHISHING).with("__campaign__", "credential_theft").walk();

        assertThat(walked.passedOver()).contains("p1.payment");
        assertThat(walked.visited("p1.payment")).isFalse();
    }

    static PlaybookWalks fraud() {
        return PlaybookWalks.of(PHISHING).startingAt(PlaybookWalks.MONDAY_MORNING, Severity.S3)
                .with("__campaign__", "payment_fraud").with("__bec_sender__", "spoofed");
    }
}
