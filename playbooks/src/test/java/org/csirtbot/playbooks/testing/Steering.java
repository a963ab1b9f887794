package org.csirtbot.playbooks.testing;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.csirtbot.playbooks.expr.Condition;
import org.csirtbot.playbooks.model.Decision;
import org.csirtbot.playbooks.model.FieldDef;
import org.csirtbot.playbooks.model.FieldType;
import org.csirtbot.playbooks.model.Playbook;
import org.csirtbot.playbooks.model.Step;

/**
 * How a walk gets to a step off its main path: at each decision, an option from which the step can still come up
 * (one whose record makes the step's {@code when} hold, if there is one); in each form, the enum values with which
 * that {@code when} holds.
 */
final class Steering {

    private final Playbook playbook;
    private final String target;
    private final Condition guard;
    /** The target's guard and those of the guarded steps it can only be reached through (a gate's bypass misses it). */
    private final List<Condition> gates;

    Steering(Playbook playbook, String target) {
        this.playbook = playbook;
        this.target = target;
        String when = playbook.step(target).orElseThrow(() -> new AssertionError(playbook.id() + " has no step " + target))
                .when();
        this.guard = when == null ? null : Condition.parse(when);
        this.gates = playbook.steps().filter(s -> s.when() != null)
                .filter(s -> s.id().equals(target) || through(s)).map(s -> Condition.parse(s.when())).toList();
    }

    /** Whether the target comes up only through {@code gate} itself: after it, but not on its bypass. */
    private boolean through(Step gate) {
        Set<String> after = new LinkedHashSet<>(gate.branches());
        if (gate.decision() != null) {
            gate.decision().options().forEach(o -> after.add(o.next() != null ? o.next() : playbook.successor(gate)));
        }
        return after.stream().anyMatch(this::reaches) && !reaches(playbook.successor(gate));
    }

    String target() {
        return target;
    }

    /** The option of {@code step} to take on the way (the default one first), or null when none leads there. */
    String option(Step step, Map<String, String> runValues) {
        Decision decision = step.decision();
        List<Decision.Option> leading = decision.options().stream()
                .sorted(Comparator.comparing(o -> !o.id().equals(decision.defaultOption())))
                .filter(o -> reaches(o.next() != null ? o.next() : playbook.successor(step))).toList();
        return leading.stream().filter(o -> holdsAfter(step, o, runValues)).findFirst()
                .or(() -> leading.stream().findFirst()).map(Decision.Option::id).orElse(null);
    }

    /** Puts into {@code values} the enum values of {@code fields} that make the guard hold, given the run's values. */
    void steer(List<FieldDef> fields, Map<String, String> runValues, Map<String, String> values) {
        for (Condition gate : gates) {
            steer(gate, fields, runValues, values);
        }
    }

    private void steer(Condition guard, List<FieldDef> fields, Map<String, String> runValues, Map<String, String> values) {
        Map<String, String> all = new HashMap<>(runValues);
        all.putAll(values);
        for (FieldDef field : fields) {
            if (field.type() != FieldType.ENUM || !guard.variables().contains(field.key())) {
                continue;
            }
            String was = all.get(field.key());
            for (String value : field.enumValues()) {
                all.put(field.key(), value);
                if (guard.test(all)) {
                    values.put(field.key(), value);
                    was = value;
                    break;
                }
            }
            all.put(field.key(), was);
        }
    }

    /** Whether the guard holds after the option, with the step's own enum fields steered too. */
    private boolean holdsAfter(Step step, Decision.Option option, Map<String, String> runValues) {
        if (guard == null) {
            return true;
        }
        Decision decision = step.decision();
        Map<String, String> after = new HashMap<>(runValues);
        if (decision.recordAs() != null) {
            after.put(decision.recordAs(), option.id());
        }
        after.putAll(option.set());
        Map<String, String> fields = new HashMap<>();
        steer(guard, step.fields().toList(), after, fields);
        after.putAll(fields);
        return guard.test(after);
    }

    /** Whether the target can come up after (or at) {@code from}; conditions are not evaluated. */
    private boolean reaches(String from) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(Set.of(from));
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (id.equals(target)) {
                return true;
            }
            if (!Step.END.equals(id) && seen.add(id)) {
                todo.addAll(successors(playbook.step(id).orElseThrow()));
            }
        }
        return false;
    }

    /** The paths the engine can take from a step. */
    private Set<String> successors(Step step) {
        Set<String> next = new LinkedHashSet<>(step.branches());
        if (step.decision() != null) {
            step.decision().options().forEach(o -> next.add(o.next() != null ? o.next() : playbook.successor(step)));
        } else if (step.branches().isEmpty()) {
            next.add(playbook.successor(step));
        }
        if (step.skippable() || step.when() != null) {
            next.add(playbook.successor(step));
        }
        if (step.approval() != null && step.approval().onReject() != null) {
            next.add(step.approval().onReject());
        }
        return next;
    }
}
