package org.csirtbot.playbooks.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csirtbot.playbooks.engine.PhishingRun.*;

import java.time.Duration;
import java.util.Map;
import org.csirtbot.playbooks.engine.RunState.Status;
import org.csirtbot.playbooks.model.Severity;
import org.junit.jupiter.api.Test;

/** Completing, skipping, choosing and giving inputs on the phishing example: what changes, what is refused. */
class StepActionTests {

    final PhishingRun run = new PhishingRun();

    @Test
    void startingMakesTheFirstStepReadyWithItsDueTimeAndStartsTheRunClock() {
        Outcome started = run.engine.start(run.playbook, null, T0);

        assertThat(started.state().ready()).containsExactly("p0.acknowledge");
        assertThat(started.state().severity()).isEqualTo(Severity.S3);
        assertThat(started.events()).containsExactly(
                new Event.RunStarted(T0, "phishing-report", 3, Severity.S3),
                new Event.StepReady(T0, "p0.acknowledge", "poc", T0.plus(Duration.ofMinutes(30))),
                new Event.ClockStarted(T0, "acknowledge", T0, T0.plus(Duration.ofHours(4)), null));
    }

    @Test
    void completingRecordsTheFieldsAndMovesOn() {
        Outcome done = run.apply(run.start(), new Action.Complete(POC, "p0.acknowledge", received()), minutes(5));

        assertThat(done.state().values()).containsEntry("__received_at__", "2025-06-02T09:55:00+09:00");
        assertThat(done.state().steps().get("p0.acknowledge").status()).isEqualTo(Status.DONE);
        assertThat(done.state().ready()).containsExactly("p1.verdict");
        assertThat(done.events()).contains(
                new Event.StepCompleted(minutes(5), "p0.acknowledge", "U-poc", received()),
                new Event.ClockStopped(minutes(5), "acknowledge", true));
    }

    @Test
    void completingIsRefusedWithoutARequiredFieldWithABadValueOrByAnotherRole() {
        RunState state = run.start();

        run.assertRefused(state, new Action.Complete(POC, "p0.acknowledge", Map.of()), Refusal.MISSING_FIELD);
        run.assertRefused(state, new Action.Complete(POC, "p0.acknowledge", Map.of("__received_at__", "yesterday")),
                Refusal.INVALID_FIELD);
        run.assertRefused(state, new Action.Complete(POC, "p0.acknowledge", Map.of("__colour__", "red")), Refusal.UNKNOWN_FIELD);
        run.assertRefused(state, new Action.Complete(HANDLER, "p0.acknowledge", received()), Refusal.ROLE_REQUIRED);
        run.assertRefused(state, new Action.Complete(HANDLER, "p2.block", Map.of()), Refusal.STEP_NOT_READY);
        run.assertRefused(state, new Action.Complete(HANDLER, "p9.nowhere", Map.of()), Refusal.UNKNOWN_STEP);
    }

    @Test
    void theCommanderMayWorkAnyStep() {
        Outcome done = run.apply(run.start(), new Action.Complete(COMMANDER, "p0.acknowledge", received()), minutes(5));

        assertThat(done.refused()).isFalse();
    }

    @Test
    void choosingAnOptionAppliesItsEffectsAndFollowsItsNext() {
        RunState state = run.acknowledged();

        Outcome chosen = run.apply(state, new Action.Choose(HANDLER, "p1.verdict", "credentials", "user typed password",
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
        Outcome chosen = run.apply(run.acknowledged(), new Action.Choose(HANDLER, "p1.verdict", "benign", "newsletter",
                Map.of("__verdict_confidence__", "medium")), minutes(20));

        assertThat(chosen.state().disposition()).isEqualTo("refuted");
        assertThat(chosen.state().ready()).containsExactly("p5.thank_reporter");
        assertThat(chosen.events()).anySatisfy(e -> assertThat(e).isInstanceOf(Event.NotificationReady.class));
    }

    @Test
    void choosingIsRefusedForAnUnknownOptionWithoutRationaleOrOnATask() {
        RunState state = run.acknowledged();
        Map<String, String> confidence = Map.of("__verdict_confidence__", "high");

        run.assertRefused(state, new Action.Choose(HANDLER, "p1.verdict", "maybe", "x", confidence), Refusal.UNKNOWN_OPTION);
        run.assertRefused(state, new Action.Choose(HANDLER, "p1.verdict", "benign", " ", confidence), Refusal.RATIONALE_REQUIRED);
        run.assertRefused(state, new Action.Choose(HANDLER, "p1.verdict", "benign", "x", Map.of()), Refusal.MISSING_FIELD);
        run.assertRefused(state, new Action.Complete(HANDLER, "p1.verdict", confidence), Refusal.WRONG_ACTION);
    }

    @Test
    void aLoopBackMakesTheStepReadyForAnotherRoundAndKeepsTheFirstRecord() {
        Outcome again = run.apply(run.acknowledged(), new Action.Choose(HANDLER, "p1.verdict", "need_info", "ask the reporter",
                Map.of("__verdict_confidence__", "low")), minutes(20));

        assertThat(again.state().ready()).containsExactly("p0.acknowledge");
        assertThat(again.state().steps().get("p0.acknowledge").rounds()).isEqualTo(2);
        assertThat(again.state().history()).first().satisfies(h -> assertThat(h.fields()).isEqualTo(received()));
    }

    @Test
    void anOptionalStepIsSkippedWithAReasonByItsOwner() {
        RunState state = run.approvalReady();
        state = run.apply(state, new Action.Approve(APPROVER, "p2.sweep_approval", "go"), minutes(40)).state();

        run.assertRefused(state, new Action.Skip(HANDLER, "p2.sweep", ""), Refusal.REASON_REQUIRED);
        Outcome skipped = run.apply(state, new Action.Skip(HANDLER, "p2.sweep", "one mailbox only"), minutes(41));

        assertThat(skipped.events()).contains(new Event.StepSkipped(minutes(41), "p2.sweep", "U-handler", "one mailbox only", false));
        assertThat(skipped.state().steps().get("p2.sweep").status()).isEqualTo(Status.SKIPPED);
    }

    @Test
    void aMandatoryStepIsWaivedOnlyByItsWaivingRole() {
        RunState state = run.approvalReady();

        run.assertRefused(state, new Action.Skip(HANDLER, "p2.sweep_approval", "no time"), Refusal.ROLE_REQUIRED);
        Outcome waived = run.apply(state, new Action.Skip(COMMANDER, "p2.sweep_approval", "no time"), minutes(40));

        assertThat(waived.state().steps().get("p2.sweep_approval").status()).isEqualTo(Status.WAIVED);
        assertThat(waived.events()).contains(new Event.StepSkipped(minutes(40), "p2.sweep_approval", "U-cmd", "no time", true));
        run.assertRefused(run.acknowledged(), new Action.Skip(COMMANDER, "p1.verdict", "no time"), Refusal.NOT_SKIPPABLE);
    }

    @Test
    void inputsAreCheckedAgainstTheirDefinitions() {
        RunState state = run.start();

        run.assertRefused(state, new Action.ProvideInputs(POC, Map.of("__user_interaction__", "danced")), Refusal.INVALID_FIELD);
        run.assertRefused(state, new Action.ProvideInputs(POC, Map.of("__shoe_size__", "42")), Refusal.UNKNOWN_INPUT);
        Outcome given = run.apply(state, new Action.ProvideInputs(POC, Map.of("__user_interaction__", "opened")), minutes(1));

        assertThat(given.state().values()).containsEntry("__user_interaction__", "opened");
        assertThat(given.events()).containsExactly(new Event.InputsProvided(minutes(1), "U-poc", Map.of("__user_interaction__", "opened")));
    }

    @Test
    void theSameArgumentsGiveTheSameOutcome() {
        RunState state = run.acknowledged();
        Action action = new Action.Choose(HANDLER, "p1.verdict", "malicious", "bad link", Map.of("__verdict_confidence__", "high"));

        assertThat(run.apply(state, action, minutes(20))).isEqualTo(run.apply(state, action, minutes(20)));
    }
}
