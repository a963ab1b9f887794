package org.csirtbot.playbooks.testing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.csirtbot.playbooks.expr.Condition;
import org.csirtbot.playbooks.model.Decision;
import org.csirtbot.playbooks.model.FieldType;
import org.csirtbot.playbooks.model.Playbook;
import org.csirtbot.playbooks.model.Step;

/**
 * How a walk gets to a step off the main path: at each decision, the first option from which the step can still
 * come up; in each form, the enum values with which the step's {@code when} holds.
 */
final class Steering {

    private final Playbook playbook;

    Steering(Playbook playbook) {
        this.playbook = playbook;
    }

    /** The option of {@code step} to take on the way to {@code target}: the first that leads there, else the first. */
    Decision.Option option(Step step, String target) {
        return step.decision().options().stream()
                .filter(o -> reaches(o.next() != null ? o.next() : playbook.successor(step), target))
                .findFirst().orElse(step.decision().options().get(0));
    }

    /** {@code fields} with the enum values that make {@code target}'s guard hold, given the run's values. */
    Map<String, String> fields(Step step, String target, Map<String, String> runValues, Map<String, String> fields) {
        String guard = playbook.step(target).orElseThrow().when();
        if (guard == null) {
            return fields;
        }
        Condition condition = Condition.parse(guard);
        Map<String, String> values = new HashMap<>(runValues);
        values.putAll(fields);
        step.fields().filter(f -> f.type() == FieldType.ENUM && condition.variables().contains(f.key())).forEach(f -> {
            for (String value : f.enumValues()) {
                values.put(f.key(), value);
                if (condition.test(values)) {
                    fields.put(f.key(), value);
                    return;
                }
            }
            values.put(f.key(), fields.get(f.key()));
        });
        return fields;
    }

    /** Whether {@code to} can come up after (or at) {@code from}; conditions are not evaluated. */
    boolean reaches(String from, String to) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(Set.of(from));
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (id.equals(to)) {
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
