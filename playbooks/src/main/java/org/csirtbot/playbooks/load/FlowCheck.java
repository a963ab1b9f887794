package org.csirtbot.playbooks.load;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.csirtbot.playbooks.model.Decision;
import org.csirtbot.playbooks.model.Playbook;
import org.csirtbot.playbooks.model.Step;
import org.csirtbot.playbooks.model.StepType;

/** Every step can be reached from the first one, and every reachable step can still reach the end. */
final class FlowCheck {

    private final Playbook playbook;
    private final Map<String, Set<String>> edges = new HashMap<>();

    private FlowCheck(Playbook playbook) {
        this.playbook = playbook;
        playbook.steps().forEach(step -> edges.put(step.id(), successors(step)));
    }

    /** Runs only on playbooks whose references already resolve. */
    static void check(Playbook playbook, Findings findings) {
        new FlowCheck(playbook).report(findings);
    }

    /** Where a step can lead: the same paths the engine takes. */
    private Set<String> successors(Step step) {
        Set<String> next = new LinkedHashSet<>();
        String fallback = playbook.successor(step);
        if (step.type() == StepType.PARALLEL) {
            next.addAll(step.branches());
        } else if (step.type() == StepType.DECISION) {
            step.decision().options().stream().map(o -> optionTarget(step, o)).forEach(next::add);
        } else {
            next.add(fallback);
        }
        if (step.approval() != null && step.approval().onReject() != null) {
            next.add(step.approval().onReject());
        }
        if (step.skippable() || step.when() != null) {
            next.add(fallback);
        }
        return next;
    }

    private String optionTarget(Step step, Decision.Option option) {
        return option.next() != null ? option.next() : playbook.successor(step);
    }

    private void report(Findings findings) {
        Set<String> reachable = reach(playbook.firstStep().id(), edges);
        Set<String> reachesEnd = reach(Step.END, reversed());
        Set<String> reported = new LinkedHashSet<>();
        for (Walk.LocatedStep located : Walk.steps(playbook)) {
            String id = located.step().id();
            if (!reachable.contains(id)) {
                findings.add(located.at("id"), "step '" + id + "' is unreachable: no step leads to it; point a next, "
                        + "an option or a branch at it, or remove it");
            } else if (!reachesEnd.contains(id) && !reported.contains(id)) {
                List<String> loop = loopOf(id, reachesEnd);
                reported.addAll(loop);
                findings.add(located.at("id"), "steps " + loop + " loop with no way out: none of them leads outside "
                        + "the loop or to 'end'; give one of them a next or an option that leaves the loop");
            }
        }
    }

    /** The steps that cannot reach the end and lie on a cycle with {@code id} (or after it). */
    private List<String> loopOf(String id, Set<String> reachesEnd) {
        Set<String> ahead = reach(id, edges);
        ahead.removeAll(reachesEnd);
        List<String> loop = new ArrayList<>();
        playbook.steps().map(Step::id).filter(ahead::contains).forEach(loop::add);
        return loop;
    }

    private Map<String, Set<String>> reversed() {
        Map<String, Set<String>> back = new HashMap<>();
        edges.forEach((from, tos) -> tos.forEach(to -> back.computeIfAbsent(to, k -> new LinkedHashSet<>()).add(from)));
        return back;
    }

    private static Set<String> reach(String start, Map<String, Set<String>> graph) {
        Set<String> seen = new LinkedHashSet<>(List.of(start));
        Deque<String> todo = new ArrayDeque<>(seen);
        while (!todo.isEmpty()) {
            for (String next : graph.getOrDefault(todo.pop(), Set.of())) {
                if (seen.add(next)) {
                    todo.push(next);
                }
            }
        }
        return seen;
    }
}
