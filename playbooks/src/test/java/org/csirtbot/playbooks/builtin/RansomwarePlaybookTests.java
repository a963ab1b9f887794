package org.csirtbot.playbooks.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.csirtbot.playbooks.engine.Action;
import org.csirtbot.playbooks.engine.Actor;
import org.csirtbot.playbooks.engine.Engine;
import org.csirtbot.playbooks.engine.Event;
import org.csirtbot.playbooks.engine.Outcome;
import org.csirtbot.playbooks.engine.Refusal;
import org.csirtbot.playbooks.model.Playbook;
import org.csirtbot.playbooks.model.Severity;
import org.csirtbot.playbooks.testing.BuiltIns;
import org.csirtbot.playbooks.testing.PlaybookWalks;
import org.csirtbot.playbooks.testing.Walked;
import org.csirtbot.playbooks.time.BusinessCalendar;
import org.junit.jupiter.api.Test;

/** PB-6: the ransomware decisions (backups, data, ransom) and what follows from each. */
class RansomwarePlaybookTests {

    static final Playbook RANSOMWARE = BuiltIns.playbook("ransomware");

    @Test
    void anIncidentDeclaredS3RunsWithS1TimingsFirstAidDueInFifteenMinutes() {
        Outcome started = new Engine(BusinessCalendar.japan(List.of())).start(RANSOMWARE, Severity.S3,
                Map.of("__incident_severity__", "S3"), PlaybookWalks.MONDAY_MORNING);

        assertThat(started.state().severity()).isEqualTo(Severity.S1);
        assertThat(started.events()).contains(new Event.StepReady(PlaybookWalks.MONDAY_MORNING, "p0.first_aid",
                RANSOMWARE.step("p0.first_aid").orElseThrow().owner(), PlaybookWalks.MONDAY_MORNING.plus(Duration.ofMinutes(15))));
    }

    @Test
    void personalDataAffectedStartsTheInformationLeakPlaybook() {
        Walked walked = walk().walkTaking("p1.data", "personal");

        assertThat(walked.requested()).containsOnlyOnce("personal-data-breach");
    }

    @Test
    void noDataAffectedButOurDataOnALeakSiteStartsItThen() {
        Walked unlisted = walk().walkTaking("p1.data", "none");
        Walked listed = walk().with("__leak_site__", "listed").walkTaking("p1.data", "none");

        assertThat(unlisted.requested()).doesNotContain("personal-data-breach");
        assertThat(listed.eventsOf(Event.PlaybookRequested.class)).filteredOn(r -> r.playbook().equals("personal-data-breach"))
                .singleElement().extracting(Event.PlaybookRequested::step).isEqualTo("p4.watch");
    }

    @Test
    void theDefaultIsNotToPayAndNoPaymentReviewIsAsked() {
        Walked walked = walk().walk();

        assertThat(walked.state().values()).containsEntry("__ransom__", "no_pay");
        assertThat(walked.outcomes("p1.payment_review")).isEmpty();
        assertThat(walked.outcomes("pc.police")).containsExactly("approved", "completed");
    }

    @Test
    void onlyManagementMayOpenAPaymentReview() {
        Walked walked = walk().walkUntilReady("p1.ransom");
        Engine engine = new Engine(BusinessCalendar.japan(List.of()));

        Outcome byCommander = engine.apply(RANSOMWARE, walked.state(), new Action.Choose(Actor.of("U-cmd", "commander"),
                "p1.ransom", "consider_payment", "the data is vital", Map.of()), walked.state().updatedAt().plusSeconds(60));

        assertThat(byCommander.events()).singleElement().isInstanceOfSatisfying(Event.Refused.class,
                refused -> assertThat(refused.reason()).isEqualTo(Refusal.ROLE_REQUIRED));
    }

    @Test
    void aRejectedPaymentGoesBackToTheRansomDecisionWithTheReviewKept() {
        Walked walked = walk().walkTaking("p1.payment_approval", "reject");

        assertThat(walked.outcomes("p1.ransom")).containsExactly("decided:consider_payment", "decided:no_pay");
        assertThat(walked.state().values()).containsEntry("__payment_approved__", "rejected")
                .containsKeys("__legal_review__", "__sanctions_check__", "__insurer_position__", "__police_advice__");
    }

    static PlaybookWalks walk() {
        return PlaybookWalks.of(RANSOMWARE);
    }
}
