package org.csirtbot.playbooks.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.csirtbot.playbooks.engine.RunState.Status;
import org.csirtbot.playbooks.model.Playbook;
import org.csirtbot.playbooks.model.Severity;
import org.csirtbot.playbooks.testing.Fixtures;
import org.csirtbot.playbooks.time.BusinessCalendar;
import org.junit.jupiter.api.Test;

/** Each kind of action on the phishing example: what it changes, what it says, and what it refuses. */
class EngineTests {

    static final Instant T0 = Instant.parse("2025-06-02T01:00:00Z"); // Monday 10:00 in Tokyo
    static final Actor POC = Actor.of("U-poc", "poc");
    static final Actor HANDLER = Actor.of("U-handler", "handler");
    static final Actor COMMANDER = Actor.of("U-cmd", "commander");
    static final Actor APPROVER = Actor.of("U-exec", "approver");

    final Playbook playbook = Fixtures.playbook("phishing-report");
    final Engine engine = new Engine(BusinessCalendar.japan(List.of()));

    @Test
    void startingMakesTheFirstStepReadyWithItsDueTimeAndStartsTheRunClock() {
        Outcome started = engine.start(playbook, null, T0);

        assertThat(started.state().ready()).containsExactly("p0.acknowledge");
        assertThat(started.state().severity()).isEqualTo(Severity.S3);
        assertThat(started.events()).containsExactly(
                new Event.RunStarted(T0, "phishing-report", 3, Severity.S3),
                new Event.StepReady(T0, "p0.acknowledge", "poc", T0.plus(Duration.ofMinutes(30))),
                new Event.ClockStarted(T0, "acknowledge", T0, T0.plus(Duration.ofHours(4)), null));
    }

    @Test
    void completingRecordsTheFieldsAndMovesOn() {
        Outcome done = apply(start(), new Action.Complete(POC, "p0.acknowledge", received()), minutes(5));

        assertThat(done.state().values()).containsEntry("__received_at__", "2025-06-02T09:55:00+09:00");
        assertThat(done.state().steps().get("p0.acknowledge").status()).isEqualTo(Status.DONE);
        assertThat(done.state().ready()).containsExactly("p1.verdict");
        assertThat(done.events()).contains(
                new Event.StepCompleted(minutes(5), "p0.acknowledge", "U-poc", received()),
                new Event.ClockStopped(minutes(5), "acknowledge", true));
    }

    @Test
    void completingIsRefusedWithoutARequiredFieldWithABadValueOrByAnotherRole() {
        RunState state = start();

        assertRefused(state, new Action.Complete(POC, "p0.acknowledge", Map.of()), Refusal.MISSING_FIELD);
        assertRefused(state, new Action.Complete(POC, "p0.acknowledge", Map.of("__received_at__", "yesterday")),
                Refusal.INVALID_FIELD);
        assertRefused(state, new Action.Complete(POC, "p0.acknowledge", Map.of("__colour__", "red")), Refusal.UNKNOWN_FIELD);
        assertRefused(state, new Action.Complete(HANDLER, "p0.acknowledge", received()), Refusal.ROLE_REQUIRED);
        assertRefused(state, new Action.Complete(HANDLER, "p2.block", Map.of()), Refusal.STEP_NOT_READY);
        assertRefused(state, new Action.Complete(HANDLER, "p9.nowhere", Map.of()), Refusal.UNKNOWN_STEP);
    }

    @Test
    void theCommanderMayWorkAnyStep() {
        Outcome done = apply(start(), new Action.Complete(COMMANDER, "p0.acknowledge", received()), minutes(5));

        assertThat(done.refused()).isFalse();
    }

    @Test
    void choosingAnOptionAppliesItsEffectsAndFollowsItsNext() {
        RunState state = acknowledged();

        Outcome chosen = apply(state, new Action.Choose(HANDLER, "p1.verdict", "credentials", "user typed password",
                Map.of("__verdict_confidence__", "high")), minutes(20));

        assertThat(chosen.state().values()).containsEntry("__verdict__", "credentials");
        assertThat(chosen.state().severity()).isEqualTo(Severity.S1);
        assertThat(chosen.state().ready()).containsExactly("p2.block");
        assertThat(chosen.events()).contains(
                new Event.SeverityChanged(minutes(20), "p1.verdict", Severity.S3, Severity.S1),
                new Event.PlaybookRequested(minutes(20), "p1.verdict", "account-compromise", null, "parallel", Map.of(), false));
        assertThat(chosen.state().history()).last().satisfies(h -> {
            assertThat(h.outcome()).isEqualTo("decided:credentials");
            assertThat(h.note()).isEqualTo("user typed password");
        });
    }

    @Test
    void aBenignVerdictSetsTheDispositionAndGoesStraightToThanks() {
        Outcome chosen = apply(acknowledged(), new Action.Choose(HANDLER, "p1.verdict", "benign", "newsletter",
                Map.of("__verdict_confidence__", "medium")), minutes(20));

        assertThat(chosen.state().disposition()).isEqualTo("refuted");
        assertThat(chosen.state().ready()).containsExactly("p5.thank_reporter");
        assertThat(chosen.events()).anySatisfy(e -> assertThat(e).isInstanceOf(Event.NotificationReady.class));
    }

    @Test
    void choosingIsRefusedForAnUnknownOptionWithoutRationaleOrOnATask() {
        RunState state = acknowledged();
        Map<String, String> confidence = Map.of("__verdict_confidence__", "high");

        assertRefused(state, new Action.Choose(HANDLER, "p1.verdict", "maybe", "x", confidence), Refusal.UNKNOWN_OPTION);
        assertRefused(state, new Action.Choose(HANDLER, "p1.verdict", "benign", " ", confidence), Refusal.RATIONALE_REQUIRED);
        assertRefused(state, new Action.Choose(HANDLER, "p1.verdict", "benign", "x", Map.of()), Refusal.MISSING_FIELD);
        assertRefused(state, new Action.Complete(HANDLER, "p1.verdict", confidence), Refusal.WRONG_ACTION);
    }

    @Test
    void aLoopBackMakesTheStepReadyForAnotherRoundAndKeepsTheFirstRecord() {
        Outcome again = apply(acknowledged(), new Action.Choose(HANDLER, "p1.verdict", "need_info", "ask the reporter",
                Map.of("__verdict_confidence__", "low")), minutes(20));

        assertThat(again.state().ready()).containsExactly("p0.acknowledge");
        assertThat(again.state().steps().get("p0.acknowledge").rounds()).isEqualTo(2);
        assertThat(again.state().history()).first().satisfies(h -> assertThat(h.fields()).isEqualTo(received()));
    }

    @Test
    void anOptionalStepIsSkippedWithAReasonByItsOwner() {
        RunState state = approvalReady();
        state = apply(state, new Action.Approve(APPROVER, "p2.sweep_approval", "go"), minutes(40)).state();

        assertRefused(state, new Action.Skip(HANDLER, "p2.sweep", ""), Refusal.REASON_REQUIRED);
        Outcome skipped = apply(state, new Action.Skip(HANDLER, "p2.sweep", "one mailbox only"), minutes(41));

        assertThat(skipped.events()).contains(new Event.StepSkipped(minutes(41), "p2.sweep", "U-handler", "one mailbox only", false));
        assertThat(skipped.state().steps().get("p2.sweep").status()).isEqualTo(Status.SKIPPED);
    }

    @Test
    void aMandatoryStepIsWaivedOnlyByItsWaivingRole() {
        RunState state = approvalReady();

        assertRefused(state, new Action.Skip(HANDLER, "p2.sweep_approval", "no time"), Refusal.ROLE_REQUIRED);
        Outcome waived = apply(state, new Action.Skip(COMMANDER, "p2.sweep_approval", "no time"), minutes(40));

        assertThat(waived.state().steps().get("p2.sweep_approval").status()).isEqualTo(Status.WAIVED);
        assertThat(waived.events()).contains(new Event.StepSkipped(minutes(40), "p2.sweep_approval", "U-cmd", "no time", true));
        assertRefused(acknowledged(), new Action.Skip(COMMANDER, "p1.verdict", "no time"), Refusal.NOT_SKIPPABLE);
    }

    @Test
    void anApprovalByTheApproverRoleCompletesTheStep() {
        RunState state = approvalReady();

        assertRefused(state, new Action.Approve(HANDLER, "p2.sweep_approval", "ok"), Refusal.ROLE_REQUIRED);
        assertRefused(state, new Action.Approve(COMMANDER, "p2.sweep_approval", "ok"), Refusal.ROLE_REQUIRED);
        assertRefused(state, new Action.Complete(COMMANDER, "p2.sweep_approval", Map.of()), Refusal.WRONG_ACTION);
        Outcome approved = apply(state, new Action.Approve(APPROVER, "p2.sweep_approval", "go ahead"), minutes(40));

        assertThat(approved.state().values()).containsEntry("__purge_approved__", "approved");
        assertThat(approved.state().ready()).containsExactly("p2.sweep");
        assertThat(approved.events()).contains(new Event.ApprovalGiven(minutes(40), "p2.sweep_approval", "U-exec", "go ahead", 1, 1));
    }

    @Test
    void aRejectionNeedsAReasonAndLeadsToTheRejectStep() {
        RunState state = apply(approvalReady(), new Action.ProvideInputs(POC, Map.of("__user_interaction__", "clicked")),
                minutes(39)).state();

        assertRefused(state, new Action.Reject(APPROVER, "p2.sweep_approval", null), Refusal.REASON_REQUIRED);
        Outcome rejected = apply(state, new Action.Reject(APPROVER, "p2.sweep_approval", "too broad"), minutes(40));

        assertThat(rejected.state().steps().get("p2.sweep_approval").status()).isEqualTo(Status.REJECTED);
        assertThat(rejected.state().ready()).containsExactly("p2.warn_staff");
        assertThat(rejected.events()).contains(new Event.ApprovalRejected(minutes(40), "p2.sweep_approval", "U-exec", "too broad", "p2.warn_staff"));
    }

    @Test
    void aNotificationNeedingApprovalIsSentOnlyAfterIt() {
        RunState state = apply(approvalReady(), new Action.ProvideInputs(POC, Map.of("__user_interaction__", "clicked")),
                minutes(39)).state();
        state = apply(state, new Action.Reject(APPROVER, "p2.sweep_approval", "too broad"), minutes(40)).state();

        assertRefused(state, new Action.Complete(COMMANDER, "p2.warn_staff", Map.of()), Refusal.AWAITING_APPROVAL);
        Outcome approved = apply(state, new Action.Approve(APPROVER, "p2.warn_staff", "send it"), minutes(41));
        assertThat(approved.events()).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(Event.NotificationReady.class,
                n -> assertThat(n.audience()).containsExactly("employees")));
        Outcome sent = apply(approved.state(), new Action.Complete(COMMANDER, "p2.warn_staff", Map.of()), minutes(42));

        assertThat(sent.state().ready()).containsExactly("p2.observe");
    }

    @Test
    void aGuardThatDoesNotHoldPassesTheStepOver() {
        RunState state = apply(approvalReady(), new Action.Reject(APPROVER, "p2.sweep_approval", "too broad"), minutes(40)).state();

        assertThat(state.steps().get("p2.warn_staff").status()).isEqualTo(Status.PASSED_OVER);
        assertThat(state.ready()).containsExactly("p2.observe");
    }

    @Test
    void inputsAreCheckedAgainstTheirDefinitions() {
        RunState state = start();

        assertRefused(state, new Action.ProvideInputs(POC, Map.of("__user_interaction__", "danced")), Refusal.INVALID_FIELD);
        assertRefused(state, new Action.ProvideInputs(POC, Map.of("__shoe_size__", "42")), Refusal.UNKNOWN_INPUT);
        Outcome given = apply(state, new Action.ProvideInputs(POC, Map.of("__user_interaction__", "opened")), minutes(1));

        assertThat(given.state().values()).containsEntry("__user_interaction__", "opened");
        assertThat(given.events()).containsExactly(new Event.InputsProvided(minutes(1), "U-poc", Map.of("__user_interaction__", "opened")));
    }

    @Test
    void timePassingFiresTheSlaEscalationAndRemindersOnceEach() {
        RunState state = start();

        Outcome overdue = apply(state, new Action.TimePasses(), minutes(31));
        Outcome reminded = apply(overdue.state(), new Action.TimePasses(), minutes(46));
        Outcome quiet = apply(reminded.state(), new Action.TimePasses(), minutes(50));
        Outcome later = apply(quiet.state(), new Action.TimePasses(), minutes(120));

        assertThat(overdue.events()).containsExactly(new Event.StepOverdue(minutes(31), "p0.acknowledge", minutes(30), "im"));
        assertThat(reminded.events()).containsExactly(new Event.StepReminder(minutes(46), "p0.acknowledge", 1, "im"));
        assertThat(quiet.events()).isEmpty();
        assertThat(later.events()).contains(new Event.StepReminder(minutes(120), "p0.acknowledge", 6, "im"));
    }

    @Test
    void timePassingWarnsBeforeASeverityDependentDueTime() {
        RunState state = acknowledged(); // p1.verdict ready at +5 min, S3 → due in 4 h, warned 10 min before

        Outcome early = apply(state, new Action.TimePasses(), minutes(5 + 229));
        Outcome warned = apply(early.state(), new Action.TimePasses(), minutes(5 + 230));

        assertThat(early.events()).isEmpty();
        assertThat(warned.events()).containsExactly(new Event.StepDueSoon(minutes(235), "p1.verdict", minutes(245)));
    }

    @Test
    void aRunClockWarnsAndPassesItsDeadlineOnce() {
        RunState state = start();

        Outcome warned = apply(state, new Action.TimePasses(), minutes(180));
        Outcome passed = apply(warned.state(), new Action.TimePasses(), minutes(240));
        Outcome again = apply(passed.state(), new Action.TimePasses(), minutes(300));

        assertThat(warned.events()).contains(new Event.ClockWarning(minutes(180), "acknowledge", minutes(240), "PT1H"));
        assertThat(passed.events()).contains(new Event.ClockDeadlinePassed(minutes(240), "acknowledge", minutes(240), false, List.of("im"), "im"));
        assertThat(again.events()).noneMatch(e -> e instanceof Event.ClockDeadlinePassed || e instanceof Event.ClockWarning);
    }

    @Test
    void aWaitEndsWhenItsTimeIsUpAndTheRunFinishesAfterTheLastStep() {
        RunState state = apply(approvalReady(), new Action.Reject(APPROVER, "p2.sweep_approval", "too broad"), minutes(40)).state();

        RunState waited = apply(state, new Action.TimePasses(), minutes(40).plus(Duration.ofDays(1))).state();
        assertThat(waited.ready()).containsExactly("p5.thank_reporter");
        RunState thanked = apply(waited, new Action.Complete(POC, "p5.thank_reporter", Map.of()), minutes(40).plus(Duration.ofDays(2))).state();
        assertThat(thanked.ready()).containsExactly("p5.close");
        Outcome closed = apply(thanked, new Action.Complete(COMMANDER, "p5.close", Map.of()), minutes(40).plus(Duration.ofDays(2)));

        assertThat(closed.state().finished()).isTrue();
        assertThat(closed.events()).last().isEqualTo(new Event.RunFinished(minutes(40).plus(Duration.ofDays(2))));
        assertRefused(closed.state(), new Action.Complete(COMMANDER, "p5.close", Map.of()), Refusal.RUN_FINISHED);
    }

    @Test
    void theSameArgumentsGiveTheSameOutcome() {
        RunState state = acknowledged();
        Action action = new Action.Choose(HANDLER, "p1.verdict", "malicious", "bad link", Map.of("__verdict_confidence__", "high"));

        assertThat(apply(state, action, minutes(20))).isEqualTo(apply(state, action, minutes(20)));
    }

    // --- a walk to a given point, and helpers

    RunState start() {
        return engine.start(playbook, null, T0).state();
    }

    RunState acknowledged() {
        return apply(start(), new Action.Complete(POC, "p0.acknowledge", received()), minutes(5)).state();
    }

    /** Verdict malicious, indicators blocked: the purge approval waits for the approver. */
    RunState approvalReady() {
        RunState state = apply(acknowledged(), new Action.Choose(HANDLER, "p1.verdict", "malicious", "bad link",
                Map.of("__verdict_confidence__", "high")), minutes(20)).state();
        return apply(state, new Action.Complete(HANDLER, "p2.block", Map.of("__blocked_indicators__", "evil.example\nbad.example")),
                minutes(30)).state();
    }

    Outcome apply(RunState state, Action action, Instant now) {
        return engine.apply(playbook, state, action, now);
    }

    void assertRefused(RunState state, Action action, Refusal reason) {
        Outcome outcome = apply(state, action, state.updatedAt().plusSeconds(60));
        assertThat(outcome.events()).singleElement().isInstanceOfSatisfying(Event.Refused.class,
                refused -> assertThat(refused.reason()).isEqualTo(reason));
        assertThat(outcome.state()).isSameAs(state);
    }

    static Map<String, String> received() {
        return Map.of("__received_at__", "2025-06-02T09:55:00+09:00");
    }

    static Instant minutes(long minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }
}
