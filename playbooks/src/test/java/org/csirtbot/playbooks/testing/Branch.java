package org.csirtbot.playbooks.testing;

import java.util.ArrayList;
import java.util.List;
import org.csirtbot.playbooks.model.Playbook;
import org.csirtbot.playbooks.model.StepType;

/** One answer at one step of one playbook: an option of a decision, or "approve" / "reject" of an approval. */
public record Branch(String playbook, String step, String option) {

    /** Every answer a walk can give: each option of each decision, approve and reject for each approval. */
    public static List<Branch> allOf(Playbook playbook) {
        List<Branch> branches = new ArrayList<>();
        playbook.steps().forEach(step -> {
            if (step.type() == StepType.DECISION) {
                step.decision().options().forEach(o -> branches.add(new Branch(playbook.id(), step.id(), o.id())));
            } else if (step.type() == StepType.APPROVAL
                    || step.type() == StepType.NOTIFY && step.notification().requiresApprovalBy() != null) {
                branches.add(new Branch(playbook.id(), step.id(), "approve"));
                branches.add(new Branch(playbook.id(), step.id(), "reject"));
            }
        });
        return branches;
    }

    @Override
    public String toString() {
        return playbook + ": " + step + "=" + option;
    }
}
