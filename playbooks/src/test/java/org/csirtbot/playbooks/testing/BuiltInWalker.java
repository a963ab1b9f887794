package org.csirtbot.playbooks.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.csirtbot.playbooks.engine.Action;
import org.csirtbot.playbooks.engine.Actor;
import org.csirtbot.playbooks.engine.Engine;
import org.csirtbot.playbooks.engine.Event;
import org.csirtbot.playbooks.engine.Outcome;
import org.csirtbot.playbooks.engine.RunState;
import org.csirtbot.playbooks.model.Decision;
import org.csirtbot.playbooks.model.FieldDef;
import org.csirtbot.playbooks.model.Playbook;
import org.csirtbot.playbooks.model.Step;
import org.csirtbot.playbooks.model.StepType;
import org.csirtbot.playbooks.time.BusinessCalendar;

/**
 * Walks a run of a playbook to its end as its responders would: inputs given, each ready step worked by a holder
 * of its owner role with a value of each field's type, notifications approved then sent, approvals given, waits
 * and sub-playbooks seen through. Decisions take their first option, except once for the {@link Target}; on the
 * way there, each decision takes its first option from which the target can still be reached.
 */
public final class BuiltInWalker {

    public static final Instant T0 = Instant.parse("2025-06-02T01:00:00Z"); // Monday 10:00 in Tokyo
    private static final int MAX_ACTIONS = 500;

    /** A branch to take once: an option of a decision, or the rejection of an approval ({@code option} null). */
    public record Target(String step, String option) {
        public static Target reject(String step) {
            return new Target(step, null);
        }

        @Override
        public String toString() {
            return step + (option == null ? " rejected" : "=" + option);
        }
    }

    private final Playbook playbook;
    private final Engine engine = new Engine(BusinessCalendar.japan(List.of()));
    private final Steering steering;
    private final Map<String, String> answers;

    public BuiltInWalker(Playbook playbook) {
        this(playbook, Map.of());
    }

    private BuiltInWalker(Playbook playbook, Map<String, String> answers) {
        this.playbook = playbook;
        this.steering = new Steering(playbook);
        this.answers = answers;
    }

    /** A walker that gives these values to the fields (and inputs) of these names instead of the samples. */
    public BuiltInWalker answering(Map<String, String> values) {
        return new BuiltInWalker(playbook, Map.copyOf(values));
    }

    /** Every branch of the playbook: each option of each decision, and each approval that leads elsewhere on rejection. */
    public List<Target> branches() {
        List<Target> targets = new ArrayList<>();
        playbook.steps().forEach(step -> {
            if (step.decision() != null) {
                step.decision().options().forEach(o -> targets.add(new Target(step.id(), o.id())));
            }
            if (step.approval() != null && step.approval().onReject() != null) {
                targets.add(Target.reject(step.id()));
            }
        });
        return targets;
    }

    public WalkedRun mainPath() {
        return walk(null);
    }

    /** Walks to the end taking {@code target} once on the way (null: the main path). */
    public WalkedRun walk(Target target) {
        return run(target, false);
    }

    /** Walks towards {@code step} and stops as soon as it is ready, to try something on it. */
    public WalkedRun until(String step) {
        return run(new Target(step, null), true);
    }

    private WalkedRun run(Target target, boolean stopWhenReady) {
        Outcome started = engine.start(playbook, null, T0);
        List<Event> events = new ArrayList<>(started.events());
        RunState state = started.state();
        Action inputs = new Action.ProvideInputs(Actor.of("U-reporter", "commander"), sampleValues(playbook.inputs()));
        Instant now = T0;
        Target pending = target;
        for (int i = 0; i < MAX_ACTIONS && !state.finished(); i++) {
            if (stopWhenReady && state.ready().contains(pending.step())) {
                return new WalkedRun(state, events);
            }
            Action action = i == 0 ? inputs : next(state, pending);
            now = when(action, state, now.plusSeconds(60));
            Outcome outcome = engine.apply(playbook, state, action, now);
            if (outcome.refused()) {
                throw new AssertionError(playbook.id() + ": " + action + " refused: " + outcome.events());
            }
            if (pending != null && takes(action, pending)) {
                pending = null;
            }
            events.addAll(outcome.events());
            state = outcome.state();
        }
        if (pending != null) {
            throw new AssertionError(playbook.id() + ": never reached " + pending + "; ready at the end " + state.ready());
        }
        return new WalkedRun(state, events);
    }

    /** What the team does next: the first ready step that is not a wait, else time passes, else a wait is ended. */
    private Action next(RunState state, Target target) {
        Step step = state.ready().stream().map(id -> playbook.step(id).orElseThrow())
                .min(Comparator.comparingInt(BuiltInWalker::lateness)).orElseThrow();
        Map<String, String> fields = sampleValues(step.fields().toList());
        if (target != null) {
            steering.fields(step, target.step(), state.values(), fields);
        }
        String approver = approver(step);
        boolean approved = state.steps().get(step.id()).approved();
        return switch (step.type()) {
            case DECISION -> choose(step, target, fields);
            case APPROVAL -> target != null && target.option() == null && target.step().equals(step.id())
                    ? new Action.Reject(holder(approver, 1), step.id(), "walk: rejected")
                    : new Action.Approve(holder(approver, state.steps().get(step.id()).approvals().size() + 1), step.id(), "ok");
            case NOTIFY -> approver != null && !approved ? new Action.Approve(holder(approver, 1), step.id(), "ok")
                    : new Action.Complete(holder(step.owner(), 1), step.id(), fields);
            case WAIT -> step.waiting().forDuration() != null ? new Action.TimePasses()
                    : new Action.Complete(holder(null, 1), step.id(), fields);
            case SUBPLAYBOOK -> new Action.Complete(holder(null, 1), step.id(), fields); // as the bot does when it ends
            default -> new Action.Complete(holder(step.owner(), 1), step.id(), fields);
        };
    }

    private Action choose(Step step, Target target, Map<String, String> fields) {
        Decision.Option option = step.decision().options().get(0);
        if (target != null && target.step().equals(step.id()) && target.option() != null) {
            option = step.decision().option(target.option()).orElseThrow();
        } else if (target != null) {
            option = steering.option(step, target.step());
        }
        Actor actor = option.requiresRole() != null ? holder(option.requiresRole(), 1) : holder(step.owner(), 1);
        return new Action.Choose(actor, step.id(), option.id(), "walk: " + option.id(), fields);
    }

    /** A wait for a time is over once its time has passed; everything else happens a minute later. */
    private Instant when(Action action, RunState state, Instant soon) {
        if (!(action instanceof Action.TimePasses)) {
            return soon;
        }
        Step wait = state.ready().stream().map(id -> playbook.step(id).orElseThrow())
                .filter(s -> lateness(s) == 1).findFirst().orElseThrow();
        Instant over = state.steps().get(wait.id()).readyAt().plus(wait.waiting().forDuration());
        return over.isAfter(soon) ? over : soon;
    }

    /** Steps to work first (0), waits that end with time (1), waits for an event the team may end early (2). */
    private static int lateness(Step step) {
        if (step.type() != StepType.WAIT) {
            return 0;
        }
        return step.waiting().forDuration() != null ? 1 : 2;
    }

    private static boolean takes(Action action, Target target) {
        if (action instanceof Action.Choose choose) {
            return choose.step().equals(target.step()) && choose.option().equals(target.option());
        }
        return action instanceof Action.Reject reject && reject.step().equals(target.step()) && target.option() == null;
    }

    private static String approver(Step step) {
        if (step.approval() != null) {
            return step.approval().approver();
        }
        return step.notification() == null ? null : step.notification().requiresApprovalBy();
    }

    /** The n-th person holding {@code role} (the commander when the step names no role). */
    private static Actor holder(String role, int n) {
        String held = role == null ? "commander" : role;
        return Actor.of("U-" + held + "-" + n, held);
    }

    private Map<String, String> sampleValues(List<FieldDef> fields) {
        return fields.stream().collect(Collectors.toMap(FieldDef::key, f -> answers.getOrDefault(f.key(), SampleValues.of(f)),
                (a, b) -> a, HashMap::new));
    }
}
