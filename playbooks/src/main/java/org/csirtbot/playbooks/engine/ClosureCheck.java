package org.csirtbot.playbooks.engine;

import java.util.List;
import org.csirtbot.playbooks.expr.Condition;
import org.csirtbot.playbooks.model.Criterion;
import org.csirtbot.playbooks.model.Playbook;

/**
 * The playbook's {@code closure_criteria} a run does not meet yet: a {@code check} whose condition does not hold on
 * the run's values, or a {@code step_done} whose step was never completed. A criterion with neither is for people to
 * confirm and is not judged here. Pure.
 */
public final class ClosureCheck {

    private ClosureCheck() {
    }

    public static List<Criterion> unmet(Playbook playbook, RunState state) {
        return playbook.closureCriteria().stream().filter(c -> !met(c, state)).toList();
    }

    private static boolean met(Criterion criterion, RunState state) {
        if (criterion.stepDone() != null && !state.happened().containsKey("step:" + criterion.stepDone() + ".completed")) {
            return false;
        }
        return criterion.check() == null || Condition.parse(criterion.check()).test(state.values());
    }
}
