package org.csirtbot.playbooks.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.csirtbot.playbooks.engine.RunState.Status;
import org.csirtbot.playbooks.engine.RunState.StepState;
import org.csirtbot.playbooks.expr.Condition;
import org.csirtbot.playbooks.model.Notify;
import org.csirtbot.playbooks.model.Playbook;
import org.csirtbot.playbooks.model.Spawn;
import org.csirtbot.playbooks.model.Step;
import org.csirtbot.playbooks.model.StepType;

/** Moves a run along: makes steps ready, passes over guarded ones, runs the automatic kinds, ends the run. */
final class Flow {

    private final Playbook playbook;
    private final Run run;
    private final Deadlines due;
    /** Steps passed over in this action: a second visit makes the step ready instead, so guards cannot spin. */
    private final Set<String> passedOver = new HashSet<>();

    Flow(Playbook playbook, Run run, Deadlines due) {
        this.playbook = playbook;
        this.run = run;
        this.due = due;
    }

    /** Closes {@code step} with {@code status} and makes each target ready; ends the run when nothing is left. */
    void leave(Step step, Status status, List<String> targets) {
        run.close(step.id(), status);
        if (status == Status.DONE) {
            run.happen("step:" + step.id() + ".completed");
        }
        targets.forEach(this::enter);
    }

    /** Ends the run once nothing is ready; called after the whole action, so branches entered later count. */
    void finishIfDone() {
        if (run.ready.isEmpty() && !run.finished) {
            run.finished = true;
            run.emit(new Event.RunFinished(run.now));
        }
    }

    void leave(Step step, Status status, String target) {
        leave(step, status, List.of(target));
    }

    void enter(String id) {
        if (Step.END.equals(id) || run.isReady(id)) {
            return;
        }
        Step step = playbook.step(id).orElseThrow();
        if (step.when() != null && !Condition.parse(step.when()).test(run.values) && passedOver.add(id)) {
            makeReady(step);
            run.record(id, "passed_over", Actor.ENGINE, step.when(), Map.of());
            run.emit(new Event.StepPassedOver(run.now, id, step.when()));
            leave(step, Status.PASSED_OVER, playbook.successor(step));
            return;
        }
        makeReady(step);
        run.emit(new Event.StepReady(run.now, id, step.owner(), due.dueAt(step, run)));
        startAutomatic(step);
    }

    private void makeReady(Step step) {
        StepState before = run.step(step.id());
        int rounds = before == null ? 1 : before.rounds() + 1;
        run.steps.put(step.id(), new StepState(Status.READY, run.now, rounds, List.of(), false, false, false, 0));
        run.ready.add(step.id());
    }

    private void startAutomatic(Step step) {
        if (step.type() == StepType.PARALLEL) {
            complete(step, Actor.ENGINE, Map.of(), step.branches());
        } else if (step.type() == StepType.SUBPLAYBOOK) {
            var sub = step.subplaybook();
            run.request(new Event.PlaybookRequested(run.now, step.id(), sub.playbook(), sub.version(), "sub",
                    sub.inputs(), sub.awaitEnd()));
            if (!sub.awaitEnd()) {
                complete(step, Actor.ENGINE, Map.of(), List.of(playbook.successor(step)));
            }
        } else if (step.type() == StepType.NOTIFY && step.notification().requiresApprovalBy() == null) {
            notificationReady(step);
        }
    }

    void notificationReady(Step step) {
        Notify notify = step.notification();
        run.emit(new Event.NotificationReady(run.now, step.id(), notify.audience(), notify.message(), notify.channel(),
                notify.tlp()));
    }

    /** Records a completion, starts the step's spawns and moves on to {@code targets}. */
    void complete(Step step, Actor actor, Map<String, String> fields, List<String> targets) {
        run.values.putAll(fields);
        run.record(step.id(), "completed", actor, null, fields);
        run.emit(new Event.StepCompleted(run.now, step.id(), actor.id(), fields));
        spawn(step);
        leave(step, Status.DONE, targets);
    }

    void spawn(Step step) {
        for (Spawn spawn : step.spawns()) {
            if (spawn.when() == null || Condition.parse(spawn.when()).test(run.values)) {
                run.request(new Event.PlaybookRequested(run.now, step.id(), spawn.playbook(), null,
                        spawn.mode() == null ? "parallel" : spawn.mode(), Map.of(), false));
            }
        }
    }
}
