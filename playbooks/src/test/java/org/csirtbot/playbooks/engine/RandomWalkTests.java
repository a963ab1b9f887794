package org.csirtbot.playbooks.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.csirtbot.playbooks.engine.RunState.Status;
import org.csirtbot.playbooks.model.Playbook;
import org.csirtbot.playbooks.testing.BuiltIns;
import org.csirtbot.playbooks.testing.Fixtures;
import org.csirtbot.playbooks.time.BusinessCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Thousands of generated action sequences (seeded, so a failure repeats) on the fixtures and on every built-in: the
 * run never reaches an invalid state, never loses a recorded field or history entry, never undoes a completed step,
 * and refusals change nothing.
 */
class RandomWalkTests {

    private static final int WALKS = 2000;
    private static final int STEPS = 30;
    /** The built-ins are longer: fewer, longer walks go deep into them and keep the module's tests fast. */
    private static final int BUILT_IN_WALKS = 100;
    private static final int BUILT_IN_STEPS = 120;

    final Engine engine = new Engine(BusinessCalendar.japan(List.of()));
    final Map<String, Integer> accepted = new HashMap<>();

    @Test
    void randomWalksKeepEveryInvariant() {
        List<Playbook> playbooks = List.of(Fixtures.playbook("phishing-report"),
                Fixtures.playbook("personal-data-breach"), Fixtures.playbook("auto-default"));
        for (int walk = 0; walk < WALKS; walk++) {
            walk(playbooks.get(walk % playbooks.size()), walk, STEPS);
        }

        assertThat(accepted).as("accepted actions by kind").allSatisfy((kind, count) -> assertThat(count).isGreaterThan(50))
                .containsKeys("Complete", "Skip", "Choose", "Approve", "Reject", "ProvideInputs", "TimePasses", "finished");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.csirtbot.playbooks.testing.BuiltIns#ids")
    void randomWalksThroughEachBuiltInKeepEveryInvariant(String id) {
        Playbook playbook = BuiltIns.playbook(id);
        for (int walk = 0; walk < BUILT_IN_WALKS; walk++) {
            walk(playbook, walk, BUILT_IN_STEPS);
        }

        assertThat(accepted).as("accepted actions by kind").containsKeys("Complete", "Choose", "ProvideInputs", "finished");
    }

    private void walk(Playbook playbook, long seed, int steps) {
        Random random = new Random(seed);
        Instant now = Instant.parse("2025-04-25T00:00:00Z").plus(Duration.ofMinutes(random.nextInt(100_000)));
        RunState state = engine.start(playbook, null, now).state();
        ActionGenerator actions = new ActionGenerator(playbook, random);
        for (int i = 0; i < steps; i++) {
            now = now.plus(Duration.ofMinutes(random.nextInt(random.nextBoolean() ? 30 : 3000)));
            Action action = actions.next(state, now);
            Outcome outcome = engine.apply(playbook, state, action, now);
            RunState before = state;
            int index = i;
            Supplier<String> context = () -> "seed " + seed + ", step " + index + ": " + action + " on " + before;
            check(playbook, state, outcome, context);
            if (!outcome.refused()) {
                accepted.merge(action.getClass().getSimpleName(), 1, Integer::sum);
            }
            if (i % 10 == 0) {
                assertThat(RunStateJson.read(RunStateJson.write(outcome.state()), RunState.class)).as(context).isEqualTo(outcome.state());
                assertThat(engine.apply(playbook, state, action, now)).as(context).isEqualTo(outcome);
            }
            state = outcome.state();
        }
        if (state.finished()) {
            accepted.merge("finished", 1, Integer::sum);
        }
    }

    private static void check(Playbook playbook, RunState before, Outcome outcome, Supplier<String> context) {
        RunState after = outcome.state();
        assertThat(RunStateCheck.problems(playbook, after)).as(context).isEmpty();
        if (outcome.refused()) {
            assertThat(after).as(context).isSameAs(before);
            assertThat(outcome.events()).as(context).hasSize(1);
            return;
        }
        assertThat(after.history().subList(0, before.history().size())).as(context).isEqualTo(before.history());
        assertThat(after.values().keySet()).as(context).containsAll(before.values().keySet());
        assertThat(after.updatedAt()).as(context).isAfterOrEqualTo(before.updatedAt());
        before.steps().forEach((id, was) -> {
            var now = after.steps().get(id);
            assertThat(now).as(context).isNotNull();
            if (was.status() != Status.READY && now.rounds() == was.rounds()) {
                assertThat(now.status()).as(() -> context.get() + " step " + id).isEqualTo(was.status());
            }
        });
        before.clocks().forEach((id, was) -> {
            var now = after.clocks().get(id);
            assertThat(now.startedAt()).as(context).isEqualTo(was.startedAt());
            assertThat(now.warningsSent()).as(context).containsAll(was.warningsSent());
            assertThat(!was.deadlineSent() || now.deadlineSent()).as(() -> context.get() + " clock " + id + " deadline").isTrue();
        });
        outcome.events().stream().filter(e -> e instanceof Event.ClockDeadlinePassed d && !d.hard())
                .map(e -> ((Event.ClockDeadlinePassed) e).clock())
                .forEach(clock -> assertThat(before.clocks().containsKey(clock) && before.clocks().get(clock).deadlineSent())
                        .as(() -> context.get() + " deadline fired twice for " + clock).isFalse());
    }
}
