package org.csirtbot.playbooks.engine;

import static org.csirtbot.playbooks.engine.FieldCheck.refuse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.csirtbot.playbooks.engine.RunState.Status;
import org.csirtbot.playbooks.engine.RunState.StepState;
import org.csirtbot.playbooks.model.Playbook;
import org.csirtbot.playbooks.model.Step;
import org.csirtbot.playbooks.model.StepType;

/**
 * Approving and rejecting: an approval step (done once {@code min_approvals} distinct approvers agreed), or a
 * notify step that must be approved before its message goes out (it stays ready until someone sends it).
 */
final class ApprovalActions {

    private final Playbook playbook;
    private final Run run;
    private final Flow flow;

    ApprovalActions(Playbook playbook, Run run, Flow flow) {
        this.playbook = playbook;
        this.run = run;
        this.flow = flow;
    }

    Optional<Event.Refused> approve(Action.Approve action) {
        Optional<Event.Refused> refused = check(action.actor(), action.step());
        if (refused.isPresent()) {
            return refused;
        }
        Step step = playbook.step(action.step()).orElseThrow();
        StepState state = run.step(step.id());
        if (state.approvals().contains(action.actor().id()) || state.approved()) {
            return refuse(run, Refusal.ALREADY_APPROVED, step.id());
        }
        List<String> approvals = new ArrayList<>(state.approvals());
        approvals.add(action.actor().id());
        int needed = step.type() == StepType.APPROVAL ? step.approval().minApprovals() : 1;
        boolean enough = approvals.size() >= needed;
        run.steps.put(step.id(), withApprovals(state, approvals, enough));
        run.record(step.id(), "approved", action.actor(), action.comment(), Map.of());
        run.emit(new Event.ApprovalGiven(run.now, step.id(), action.actor().id(), action.comment(), approvals.size(), needed));
        if (enough && step.type() == StepType.APPROVAL) {
            Map<String, String> recorded = recordAs(step, "approved");
            flow.complete(step, action.actor(), recorded, List.of(playbook.successor(step)));
        } else if (enough) {
            flow.notificationReady(step);
        }
        return Optional.empty();
    }

    Optional<Event.Refused> reject(Action.Reject action) {
        Optional<Event.Refused> refused = check(action.actor(), action.step());
        if (refused.isPresent()) {
            return refused;
        }
        if (action.reason() == null || action.reason().isBlank()) {
            return refuse(run, Refusal.REASON_REQUIRED, action.step());
        }
        Step step = playbook.step(action.step()).orElseThrow();
        String onReject = step.approval() == null ? null : step.approval().onReject();
        Map<String, String> recorded = recordAs(step, "rejected");
        run.values.putAll(recorded);
        run.record(step.id(), "rejected", action.actor(), action.reason(), recorded);
        run.emit(new Event.ApprovalRejected(run.now, step.id(), action.actor().id(), action.reason(), onReject));
        if (onReject != null) {
            flow.leave(step, Status.REJECTED, onReject);
        } else {
            run.steps.put(step.id(), withApprovals(run.step(step.id()), List.of(), false));
        }
        return Optional.empty();
    }

    /** The step is ready, takes approvals, the actor holds its approver role and did not do the work it approves. */
    private Optional<Event.Refused> check(Actor actor, String id) {
        Optional<Event.Refused> refused = StepActions.notReady(playbook, run, id);
        if (refused.isPresent()) {
            return refused;
        }
        String approver = approver(playbook.step(id).orElseThrow());
        if (approver == null) {
            return refuse(run, Refusal.WRONG_ACTION, "complete the step");
        }
        if (!Roles.holds(playbook, actor, approver)) {
            return refuse(run, Refusal.ROLE_REQUIRED, approver);
        }
        Step step = playbook.step(id).orElseThrow();
        return FourEyes.actedOn(playbook, run, step, actor) ? refuse(run, Refusal.OWN_WORK, id) : Optional.empty();
    }

    static String approver(Step step) {
        if (step.type() == StepType.APPROVAL) {
            return step.approval().approver();
        }
        return step.type() == StepType.NOTIFY ? step.notification().requiresApprovalBy() : null;
    }

    private static Map<String, String> recordAs(Step step, String verdict) {
        String key = step.approval() == null ? null : step.approval().recordAs();
        return key == null ? Map.of() : Map.of(key, verdict);
    }

    private static StepState withApprovals(StepState s, List<String> approvals, boolean approved) {
        return new StepState(s.status(), s.readyAt(), s.rounds(), approvals, approved, s.dueSoonSent(),
                s.overdueSent(), s.reminders());
    }
}
