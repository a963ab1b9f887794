package org.csirtbot.playbooks.engine;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.csirtbot.playbooks.engine.RunState.HistoryEntry;
import org.csirtbot.playbooks.engine.RunState.StepState;
import org.csirtbot.playbooks.model.Playbook;
import org.csirtbot.playbooks.model.Step;
import org.csirtbot.playbooks.model.StepType;

/**
 * The four-eyes rule: whoever did the work an approval is about may not approve it. An approval is about the steps
 * that lead to it (the step before it, a decision option or branch naming it, the step a rejection sends back to)
 * and about the step itself, approvals among them excepted (approving is no work); whoever last completed, chose, skipped or waived one of them before the approval
 * became ready counts as having acted on it.
 */
final class FourEyes {

    private FourEyes() {
    }

    /** Whether {@code actor} did the work {@code step}, an approval or a notify awaiting one, is about. */
    static boolean actedOn(Playbook playbook, Run run, Step step, Actor actor) {
        StepState state = run.step(step.id());
        Set<String> about = about(playbook, step);
        Map<String, String> lastActor = new HashMap<>();
        for (HistoryEntry entry : run.history) {
            if (about.contains(entry.step()) && acting(entry.outcome())
                    && (state == null || !entry.at().isAfter(state.readyAt()))) {
                lastActor.put(entry.step(), entry.actor());
            }
        }
        return lastActor.containsValue(actor.id());
    }

    private static Set<String> about(Playbook playbook, Step step) {
        Set<String> about = new HashSet<>();
        about.add(step.id());
        if (step.approval() != null && step.approval().onReject() != null) {
            about.add(step.approval().onReject());
        }
        playbook.steps().filter(other -> leadsTo(playbook, other, step.id())).forEach(other -> about.add(other.id()));
        // an approval before it was approved, not worked: its approver may approve the next one too
        about.removeIf(id -> playbook.step(id).map(s -> s.type() == StepType.APPROVAL).orElse(true));
        return about;
    }

    private static boolean leadsTo(Playbook playbook, Step from, String target) {
        if (from.id().equals(target)) {
            return false;
        }
        return target.equals(playbook.successor(from)) || from.branches().contains(target)
                || from.decision() != null && from.decision().options().stream().anyMatch(o -> Objects.equals(o.next(), target));
    }

    private static boolean acting(String outcome) {
        return "completed".equals(outcome) || outcome.startsWith("decided:") || "skipped".equals(outcome)
                || "waived".equals(outcome);
    }
}
