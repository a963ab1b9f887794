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
import org.csirtbot.playbooks.engine.RunState;
import org.csirtbot.playbooks.model.Playbook;
import org.csirtbot.playbooks.model.Severity;
import org.csirtbot.playbooks.testing.BuiltIns;
import org.csirtbot.playbooks.testing.PlaybookWalks;
import org.csirtbot.playbooks.testing.Walked;
import org.csirtbot.playbooks.time.BusinessCalendar;
import org.junit.jupiter.api.Test;

/** PB-7: the six stages, the new-indicators loop, contain or observe, and communication after the eviction. */
class TargetedAttackPlaybookTests {

    private static final Map<String, String> FACTORS = Map.of("__containment_factors__", "map incomplete");

    static final Playbook TARGETED = BuiltIns.playbook("targeted-attack");
    private final Engine engine = new Engine(BusinessCalendar.japan(List.of()));

    @Test
    void theInvestigationGoesThroughTheSixStagesInOrder() {
        Walked walked = walk().walk();

        assertThat(walked.state().history()).extracting(RunState.HistoryEntry::step)
                .filteredOn(step -> step.startsWith("p1.stage"))
                .containsExactly("p1.stage1", "p1.stage2", "p1.stage3", "p1.stage4", "p1.stage5", "p1.stage6");
    }

    @Test
    void lateralMovementWithoutPrivilegedAccountsRatesAnS3IncidentS2() {
        Walked walked = walk().startingAt(PlaybookWalks.MONDAY_MORNING, Severity.S3).walkTaking("p1.lateral", "confirmed");

        assertThat(walked.eventsOf(Event.SeverityChanged.class)).singleElement()
                .satisfies(changed -> assertThat(changed.to()).isEqualTo(Severity.S2));
    }

    @Test
    void lateralMovementWithoutPrivilegedAccountsOnlyProposesS2ToAnS1Incident() {
        Walked walked = walk().startingAt(PlaybookWalks.MONDAY_MORNING, Severity.S1).walkTaking("p1.lateral", "confirmed");

        assertThat(walked.eventsOf(Event.SeverityChanged.class)).isEmpty();
        assertThat(walked.eventsOf(Event.SeverityLoweringProposed.class)).singleElement()
                .satisfies(proposed -> assertThat(proposed.to()).isEqualTo(Severity.S2));
        assertThat(walked.state().severity()).isEqualTo(Severity.S1);
    }

    @Test
    void newIndicatorsSendTheHuntBackToStageOne() {
        Walked walked = walk().walkTaking("p1.new_iocs", "yes");

        assertThat(walked.outcomes("p1.stage1")).containsExactly("completed", "completed");
        assertThat(walked.outcomes("p1.new_iocs")).containsExactly("decided:yes", "decided:no");
    }

    @Test
    void onlyManagementMayKeepObservingAndTheDecisionComesBackADayLater() {
        RunState state = walk().walkUntilReady("p1.contain").state();
        Action byCommander = new Action.Choose(Actor.of("U-cmd", "commander"), "p1.contain", "observe", "watch", FACTORS);
        Action byManagement = new Action.Choose(Actor.of("U-exec", "approver"), "p1.contain", "observe", "watch", FACTORS);

        Outcome refused = engine.apply(TARGETED, state, byCommander, state.updatedAt().plusSeconds(60));
        RunState observing = engine.apply(TARGETED, state, byManagement, state.updatedAt().plusSeconds(60)).state();
        RunState nextDay = engine.apply(TARGETED, observing, new Action.TimePasses(),
                observing.updatedAt().plus(Duration.ofDays(1))).state();

        assertThat(refused.events()).singleElement().isInstanceOfSatisfying(Event.Refused.class,
                r -> assertThat(r.reason()).isEqualTo(Refusal.ROLE_REQUIRED));
        assertThat(observing.ready()).contains("p1.observe");
        assertThat(nextDay.ready()).contains("p1.new_iocs").doesNotContain("p1.observe");
    }

    @Test
    void aRejectedEvictionPlanIsReworked() {
        Walked walked = walk().walkTaking("p2.go", "reject");

        assertThat(walked.outcomes("p2.plan")).containsExactly("completed", "completed");
        assertThat(walked.outcomes("p2.go")).containsExactly("rejected", "approved", "completed");
    }

    @Test
    void indicatorsAndThePublicAreToldOnlyAfterTheEviction() {
        List<String> order = walk().walk().state().history().stream()
                .filter(h -> h.outcome().equals("completed")).map(RunState.HistoryEntry::step).toList();

        assertThat(order.indexOf("pc.share_iocs")).isGreaterThan(order.indexOf("p3.eradicate"));
        assertThat(order.indexOf("pc.public")).isGreaterThan(order.indexOf("p3.eradicate"));
    }

    @Test
    void aFakeNoticeIsRefutedAndClosedWithoutAnInvestigation() {
        Walked walked = walk().walkTaking("p0.notifier", "fake");

        assertThat(walked.state().disposition()).isEqualTo("refuted");
        assertThat(walked.outcomes("p1.stage1")).isEmpty();
        assertThat(walked.outcomes("pc.brief_mgmt")).isEmpty();
    }

    @Test
    void theReEntryWatchEndsOnTheDayAgreedNotAFixedNinetyDaysOn() {
        Walked walked = walk().with("__monitor_until__", "2025-08-01T10:00:00+09:00").walk();

        assertThat(walked.eventsOf(Event.ClockStarted.class)).filteredOn(c -> c.clock().equals("re_entry_watch"))
                .singleElement().satisfies(c -> assertThat(c.deadline()).isEqualTo("2025-08-01T01:00:00Z"));
    }

    static PlaybookWalks walk() {
        return PlaybookWalks.of(TARGETED);
    }
}
