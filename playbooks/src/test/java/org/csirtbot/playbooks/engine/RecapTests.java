package org.csirtbot.playbooks.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csirtbot.playbooks.engine.PhishingRun.*;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.csirtbot.playbooks.engine.RunState.Status;
import org.csirtbot.playbooks.model.Playbook;
import org.csirtbot.playbooks.testing.BuiltIns;
import org.csirtbot.playbooks.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The recap of a run's state, which a view that missed a change (a crash between storing it and showing it) is shown
 * again: on random walks, every event of the latest change that still stands is in the recap with the very values it
 * had; what is over is not told again.
 */
class RecapTests {

    private static final int WALKS = 300;
    private static final int STEPS = 30;

    final PhishingRun run = new PhishingRun();

    @Test
    void aNewRunIsRecappedAsItsStartAndItsFirstStep() {
        var started = run.engine.start(run.playbook, null, T0);

        assertThat(run.engine.recap(run.playbook, started.state())).containsExactly(
                new Event.RunStarted(T0, "phishing-report", 3, started.state().severity()),
                new Event.StepReady(T0, "p0.acknowledge", "poc", T0.plus(Duration.ofMinutes(30))));
    }

    @Test
    void aStepDoneIsToldClosedByWhomWithWhatItRecordedAndNoLongerAsWaiting() {
        RunState acknowledged = run.acknowledged();

        List<Event> recap = run.engine.recap(run.playbook, acknowledged);

        assertThat(recap).contains(new Event.StepCompleted(minutes(5), "p0.acknowledge", "U-poc", received()))
                .anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(Event.StepReady.class,
                        ready -> assertThat(ready.step()).isEqualTo("p1.verdict")))
                .noneSatisfy(e -> assertThat(e).isInstanceOfSatisfying(Event.StepReady.class,
                        ready -> assertThat(ready.step()).isEqualTo("p0.acknowledge")));
        assertThat(run.engine.recap(run.playbook, RunStateJson.read(RunStateJson.write(acknowledged), RunState.class)))
                .as("the stored state gives the same recap").isEqualTo(recap);
    }

    @Test
    void aStepPastItsDueTimeIsToldOverdueWithItsLatestReminderOnly() {
        RunState late = run.apply(run.start(), new Action.TimePasses(), minutes(30 + 60 * 5)).state();

        List<Event> recap = run.engine.recap(run.playbook, late);

        assertThat(recap).filteredOn(e -> e instanceof Event.StepOverdue).hasSize(1);
        assertThat(recap).filteredOn(e -> e instanceof Event.StepReminder).singleElement()
                .satisfies(e -> assertThat(((Event.StepReminder) e).number()).isEqualTo(late.steps().get("p0.acknowledge")
                        .reminders()));
        assertThat(recap).noneMatch(e -> e instanceof Event.StepDueSoon);
    }

    @Test
    void randomWalksOnTheFixturesRecapEveryEventThatStillStands() {
        List<Playbook> playbooks = List.of(Fixtures.playbook("phishing-report"),
                Fixtures.playbook("personal-data-breach"), Fixtures.playbook("auto-default"));
        for (int walk = 0; walk < WALKS; walk++) {
            walk(playbooks.get(walk % playbooks.size()), walk);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.csirtbot.playbooks.testing.BuiltIns#ids")
    void randomWalksOnEachBuiltInRecapEveryEventThatStillStands(String id) {
        for (int walk = 0; walk < 30; walk++) {
            walk(BuiltIns.playbook(id), walk);
        }
    }

    private void walk(Playbook playbook, long seed) {
        Random random = new Random(seed);
        Instant now = Instant.parse("2025-04-25T00:00:00Z").plus(Duration.ofMinutes(random.nextInt(100_000)));
        Outcome outcome = run.engine.start(playbook, null, now);
        ActionGenerator actions = new ActionGenerator(playbook, random);
        for (int i = 0; i < STEPS * 4 && !outcome.state().finished(); i++) {
            RunState state = outcome.state();
            int index = i;
            List<Event> recap = run.engine.recap(playbook, state);
            assertThat(recap).as(() -> "seed " + seed + ", action " + index + " on " + playbook.id())
                    .containsAll(outcome.events().stream().filter(e -> stands(playbook, state, e)).toList());
            now = now.plus(Duration.ofMinutes(random.nextInt(random.nextBoolean() ? 30 : 3000)));
            Outcome next = run.engine.apply(playbook, state, actions.next(state, now), now);
            outcome = next.refused() ? outcome : next;
        }
    }

    /** Whether the event still holds in {@code after}, the state its change left. */
    private static boolean stands(Playbook playbook, RunState after, Event event) {
        if (event instanceof Event.RunStarted) {
            return playbook.inputs().stream().noneMatch(f -> after.values().containsKey(f.key()));
        } else if (event instanceof Event.StepReady e) {
            return after.ready().contains(e.step()) && after.steps().get(e.step()).readyAt().equals(e.at());
        } else if (event instanceof Event.StepCompleted || event instanceof Event.StepSkipped
                || event instanceof Event.DecisionTaken) {
            return over(after, step(event));
        } else if (event instanceof Event.ApprovalRejected e) {
            return e.nextStep() != null && over(after, e.step());
        } else if (event instanceof Event.ApprovalGiven e) {
            return after.ready().contains(e.step()) && after.steps().get(e.step()).approvals().contains(e.actor());
        } else if (event instanceof Event.StepDueSoon e) {
            return after.ready().contains(e.step()) && !after.steps().get(e.step()).overdueSent();
        } else if (event instanceof Event.StepOverdue || event instanceof Event.StepReminder) {
            return after.ready().contains(step(event));
        } else if (event instanceof Event.ClockWarning e) {
            return running(after, e.clock()) && !after.clocks().get(e.clock()).deadlineSent();
        } else if (event instanceof Event.ClockDeadlinePassed e) {
            return running(after, e.clock());
        } else if (event instanceof Event.PlaybookRequested e) {
            Status status = after.steps().get(e.step()).status();
            return status == Status.DONE || "sub".equals(e.mode()) && after.ready().contains(e.step());
        }
        return event instanceof Event.RunFinished;
    }

    private static String step(Event event) {
        if (event instanceof Event.StepCompleted e) {
            return e.step();
        } else if (event instanceof Event.StepSkipped e) {
            return e.step();
        } else if (event instanceof Event.DecisionTaken e) {
            return e.step();
        } else if (event instanceof Event.StepOverdue e) {
            return e.step();
        }
        return ((Event.StepReminder) event).step();
    }

    private static boolean over(RunState after, String step) {
        Status status = after.steps().get(step).status();
        return status != Status.READY && status != Status.PASSED_OVER;
    }

    private static boolean running(RunState after, String clock) {
        return after.clocks().containsKey(clock) && after.clocks().get(clock).stoppedAt() == null;
    }
}
