package org.csirtbot.playbooks.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.csirtbot.playbooks.engine.Action;
import org.csirtbot.playbooks.engine.Actor;
import org.csirtbot.playbooks.engine.Engine;
import org.csirtbot.playbooks.engine.Event;
import org.csirtbot.playbooks.engine.Outcome;
import org.csirtbot.playbooks.engine.Refusal;
import org.csirtbot.playbooks.model.Playbook;
import org.csirtbot.playbooks.testing.BuiltInWalker;
import org.csirtbot.playbooks.testing.WalkedRun;
import org.csirtbot.playbooks.testing.BuiltInWalker.Target;
import org.csirtbot.playbooks.time.BusinessCalendar;
import org.junit.jupiter.api.Test;

/** PB-6: the ransomware decisions (backups, data, ransom) and what follows from each. */
class RansomwarePlaybookTests {

    private final Playbook playbook = AttackPlaybookWalkTests.playbook("ransomware");
    private final BuiltInWalker walker = new BuiltInWalker(playbook);

    @Test
    void personalDataAffectedStartsTheInformationLeakPlaybook() {
        WalkedRun walk = walker.walk(new Target("p1.data", "personal"));

        assertThat(walk.events(Event.PlaybookRequested.class)).extracting(Event.PlaybookRequested::playbook)
                .containsOnlyOnce("personal-data-breach");
    }

    @Test
    void noDataAffectedButOurDataOnALeakSiteStartsItThen() {
        WalkedRun unlisted = walker.walk(new Target("p1.data", "none"));
        WalkedRun listed = walker.answering(Map.of("__leak_site__", "listed")).walk(new Target("p1.data", "none"));

        assertThat(unlisted.events(Event.PlaybookRequested.class)).extracting(Event.PlaybookRequested::playbook)
                .doesNotContain("personal-data-breach");
        assertThat(listed.events(Event.PlaybookRequested.class)).filteredOn(r -> r.playbook().equals("personal-data-breach"))
                .singleElement().extracting(Event.PlaybookRequested::step).isEqualTo("p4.watch");
    }

    @Test
    void theDefaultIsNotToPayAndNoPaymentReviewIsAsked() {
        WalkedRun walk = walker.mainPath();

        assertThat(walk.state().values()).containsEntry("__ransom__", "no_pay");
        assertThat(walk.outcomes("p1.payment_review")).isEmpty();
        assertThat(walk.outcomes("pc.police")).containsExactly("approved", "completed");
    }

    @Test
    void onlyManagementMayOpenAPaymentReview() {
        WalkedRun walk = walker.until("p1.ransom");
        Engine engine = new Engine(BusinessCalendar.japan(List.of()));

        Outcome byCommander = engine.apply(playbook, walk.state(), new Action.Choose(Actor.of("U-cmd", "commander"),
                "p1.ransom", "consider_payment", "the data is vital", Map.of()), walk.state().updatedAt().plusSeconds(60));

        assertThat(byCommander.events()).singleElement().isInstanceOfSatisfying(Event.Refused.class,
                refused -> assertThat(refused.reason()).isEqualTo(Refusal.ROLE_REQUIRED));
    }

    @Test
    void aRejectedPaymentGoesBackToTheRansomDecisionWithTheReviewKept() {
        WalkedRun walk = walker.walk(Target.reject("p1.payment_approval"));

        assertThat(walk.outcomes("p1.ransom")).containsExactly("decided:consider_payment", "decided:no_pay");
        assertThat(walk.state().values()).containsEntry("__payment_approved__", "rejected")
                .containsKeys("__legal_review__", "__sanctions_check__", "__insurer_position__", "__police_advice__");
    }
}
