package org.csirtbot.playbooks.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csirtbot.playbooks.engine.PhishingRun.*;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.csirtbot.playbooks.engine.RunState.Status;
import org.csirtbot.playbooks.model.Playbook;
import org.csirtbot.playbooks.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** Approvals, guarded and waiting steps, SLA and clock events on the phishing example. */
class ApprovalAndTimeTests {

    final PhishingRun run = new PhishingRun();

    @Test
    void anApprovalByTheApproverRoleCompletesTheStep() {
        RunState state = run.approvalReady();

        run.assertRefused(state, new Action.Approve(HANDLER, "p2.sweep_approval", "ok"), Refusal.ROLE_REQUIRED);
        run.assertRefused(state, new Action.Approve(COMMANDER, "p2.sweep_approval", "ok"), Refusal.ROLE_REQUIRED);
        run.assertRefused(state, new Action.Complete(COMMANDER, "p2.sweep_approval", Map.of()), Refusal.WRONG_ACTION);
        Outcome approved = run.apply(state, new Action.Approve(APPROVER, "p2.sweep_approval", "go ahead"), minutes(40));

        assertThat(approved.state().values()).containsEntry("__purge_approved__", "approved");
        assertThat(approved.state().ready()).containsExactly("p2.sweep");
        assertThat(approved.events()).contains(new Event.ApprovalGiven(minutes(40), "p2.sweep_approval", "U-exec", "go ahead", 1, 1));
    }

    @Test
    void whoeverDidTheWorkCannotApproveItEvenHoldingTheApproverRole() {
        RunState state = run.approvalReady();
        Actor handlerAsApprover = Actor.of(HANDLER.id(), "handler", "approver");

        run.assertRefused(state, new Action.Approve(handlerAsApprover, "p2.sweep_approval", "mine"), Refusal.OWN_WORK);
        run.assertRefused(state, new Action.Reject(handlerAsApprover, "p2.sweep_approval", "mine"), Refusal.OWN_WORK);
        assertThat(run.apply(state, new Action.Approve(APPROVER, "p2.sweep_approval", "ok"), minutes(40)).state()
                .ready()).containsExactly("p2.sweep");
    }

    @Test
    void aRejectionNeedsAReasonAndLeadsToTheRejectStep() {
        RunState state = run.apply(run.approvalReady(), new Action.ProvideInputs(POC, Map.of("__user_interaction__", "clicked")),
                minutes(39)).state();

        run.assertRefused(state, new Action.Reject(APPROVER, "p2.sweep_approval", null), Refusal.REASON_REQUIRED);
        Outcome rejected = run.apply(state, new Action.Reject(APPROVER, "p2.sweep_approval", "too broad"), minutes(40));

        assertThat(rejected.state().steps().get("p2.sweep_approval").status()).isEqualTo(Status.REJECTED);
        assertThat(rejected.state().ready()).containsExactly("p2.warn_staff");
        assertThat(rejected.events()).contains(new Event.ApprovalRejected(minutes(40), "p2.sweep_approval", "U-exec", "too broad", "p2.warn_staff"));
    }

    @Test
    void aNotificationNeedingApprovalIsSentOnlyAfterIt() {
        RunState state = run.apply(run.approvalReady(), new Action.ProvideInputs(POC, Map.of("__user_interaction__", "clicked")),
                minutes(39)).state();
        state = run.apply(state, new Action.Reject(APPROVER, "p2.sweep_approval", "too broad"), minutes(40)).state();

        run.assertRefused(state, new Action.Complete(COMMANDER, "p2.warn_staff", Map.of()), Refusal.AWAITING_APPROVAL);
        Outcome approved = run.apply(state, new Action.Approve(APPROVER, "p2.warn_staff", "send it"), minutes(41));
        assertThat(approved.events()).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(Event.NotificationReady.class,
                n -> assertThat(n.audience()).containsExactly("employees")));
        Outcome sent = run.apply(approved.state(), new Action.Complete(COMMANDER, "p2.warn_staff", Map.of()), minutes(42));

        assertThat(sent.state().ready()).containsExactly("p2.observe");
    }

    @Test
    void aGuardThatDoesNotHoldPassesTheStepOver() {
        RunState state = run.apply(run.approvalReady(), new Action.Reject(APPROVER, "p2.sweep_approval", "too broad"), minutes(40)).state();

        assertThat(state.steps().get("p2.warn_staff").status()).isEqualTo(Status.PASSED_OVER);
        assertThat(state.ready()).containsExactly("p2.observe");
    }

    @Test
    void timePassingFiresTheSlaEscalationAndRemindersOnceEach() {
        RunState state = run.start();

        Outcome overdue = run.apply(state, new Action.TimePasses(), minutes(31));
        Outcome reminded = run.apply(overdue.state(), new Action.TimePasses(), minutes(46));
        Outcome quiet = run.apply(reminded.state(), new Action.TimePasses(), minutes(50));
        Outcome later = run.apply(quiet.state(), new Action.TimePasses(), minutes(120));

        assertThat(overdue.events()).containsExactly(new Event.StepOverdue(minutes(31), "p0.acknowledge", minutes(30), "im"));
        assertThat(reminded.events()).containsExactly(new Event.StepReminder(minutes(46), "p0.acknowledge", 1, "im"));
        assertThat(quiet.events()).isEmpty();
        assertThat(later.events()).contains(new Event.StepReminder(minutes(120), "p0.acknowledge", 6, "im"));
    }

    @Test
    void timePassingWarnsBeforeASeverityDependentDueTime() {
        RunState state = run.acknowledged(); // p1.verdict ready at +5 min, S3 → due in 4 h, warned 10 min before

        Outcome early = run.apply(state, new Action.TimePasses(), minutes(5 + 229));
        Outcome warned = run.apply(early.state(), new Action.TimePasses(), minutes(5 + 230));

        assertThat(early.events()).isEmpty();
        assertThat(warned.events()).containsExactly(new Event.StepDueSoon(minutes(235), "p1.verdict", minutes(245)));
    }

    @Test
    void aRunClockWarnsAndPassesItsDeadlineOnce() {
        RunState state = run.start();

        Outcome warned = run.apply(state, new Action.TimePasses(), minutes(180));
        Outcome passed = run.apply(warned.state(), new Action.TimePasses(), minutes(240));
        Outcome again = run.apply(passed.state(), new Action.TimePasses(), minutes(300));

        assertThat(warned.events()).contains(new Event.ClockWarning(minutes(180), "acknowledge", minutes(240), "PT1H"));
        assertThat(passed.events()).contains(new Event.ClockDeadlinePassed(minutes(240), "acknowledge", minutes(240), false, List.of("im"), "im"));
        assertThat(again.events()).noneMatch(e -> e instanceof Event.ClockDeadlinePassed || e instanceof Event.ClockWarning);
    }

    @Test
    void aWaitEndsWhenItsTimeIsUpAndTheRunFinishesAfterTheLastStep() {
        RunState state = run.apply(run.approvalReady(), new Action.Reject(APPROVER, "p2.sweep_approval", "too broad"), minutes(40)).state();

        RunState waited = run.apply(state, new Action.TimePasses(), minutes(40).plus(Duration.ofDays(1))).state();
        assertThat(waited.ready()).containsExactly("p5.thank_reporter");
        RunState thanked = run.apply(waited, new Action.Complete(POC, "p5.thank_reporter", Map.of()), minutes(40).plus(Duration.ofDays(2))).state();
        assertThat(thanked.ready()).containsExactly("p5.close");
        Outcome closed = run.apply(thanked, new Action.Complete(COMMANDER, "p5.close", Map.of()), minutes(40).plus(Duration.ofDays(2)));

        assertThat(closed.state().finished()).isTrue();
        assertThat(closed.events()).last().isEqualTo(new Event.RunFinished(minutes(40).plus(Duration.ofDays(2))));
        run.assertRefused(closed.state(), new Action.Complete(COMMANDER, "p5.close", Map.of()), Refusal.RUN_FINISHED);
    }

    @Test
    void anAutoDefaultDecisionTakesItsDefaultOptionWhenItsSlaPasses() {
        Playbook autoDefault = Fixtures.playbook("auto-default");
        Engine engine = run.engine;
        RunState started = engine.start(autoDefault, null, T0).state();

        Outcome passed = engine.apply(autoDefault, started, new Action.TimePasses(), minutes(61));

        assertThat(passed.events()).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(Event.DecisionTaken.class,
                d -> assertThat(d.option()).isEqualTo("hold")));
        assertThat(passed.state().values()).containsEntry("__containment__", "hold");
        assertThat(passed.state().ready()).containsExactly("review");
    }
}
