package org.csirtbot.playbooks.testing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.csirtbot.playbooks.model.Playbook;
import org.csirtbot.playbooks.model.Step;

/** Where a step can lead (next, options, branches, rejection, passing over), conditions not evaluated. */
final class StepGraph {

    private final Playbook playbook;

    StepGraph(Playbook playbook) {
        this.playbook = playbook;
    }

    /** Whether {@code to} can come up after (or at) {@code from}. */
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
