package org.csirtbot.playbooks.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.csirtbot.playbooks.engine.RunState.StepState;
import org.csirtbot.playbooks.model.Playbook;
import org.csirtbot.playbooks.model.Sla;
import org.csirtbot.playbooks.model.Step;
import org.csirtbot.playbooks.model.StepType;
import org.csirtbot.playbooks.model.Wait;

/** Per-step time: SLA warnings, escalations and reminders (each once), and waits that are over. */
final class StepTimers {

    private final Playbook playbook;
    private final Run run;
    private final Flow flow;
    private final Deadlines deadlines;

    StepTimers(Playbook playbook, Run run, Flow flow, Deadlines deadlines) {
        this.playbook = playbook;
        this.run = run;
        this.flow = flow;
        this.deadlines = deadlines;
    }

    void advance() {
        boolean waitEnded = true;
        for (int pass = 0; waitEnded && pass <= playbook.steps().count(); pass++) {
            waitEnded = false;
            for (String id : List.copyOf(run.ready)) {
                Step step = playbook.step(id).orElseThrow();
                if (step.type() == StepType.WAIT && run.isReady(id) && waitIsOver(step)) {
                    flow.complete(step, Actor.ENGINE, Map.of(), List.of(playbook.successor(step)));
                    waitEnded = true;
                }
            }
        }
        for (String id : List.copyOf(run.ready)) {
            Step step = playbook.step(id).orElseThrow();
            if (step.sla() != null) {
                sla(step, step.sla());
            }
        }
    }

    private boolean waitIsOver(Step step) {
        Wait wait = step.waiting();
        Instant readyAt = run.step(step.id()).readyAt();
        boolean timeUp = wait.forDuration() != null && !run.now.isBefore(readyAt.plus(wait.forDuration()));
        return timeUp || wait.until() != null && Clocks.hasHappened(run, wait.until());
    }

    private void sla(Step step, Sla sla) {
        Instant dueAt = deadlines.dueAt(step, run);
        if (dueAt == null) {
            return;
        }
        StepState s = run.step(step.id());
        boolean dueSoon = s.dueSoonSent();
        boolean overdue = s.overdueSent();
        int reminders = s.reminders();
        if (!dueSoon && sla.warnBefore() != null && !run.now.isBefore(dueAt.minus(sla.warnBefore()))) {
            dueSoon = true;
            if (run.now.isBefore(dueAt)) {
                run.emit(new Event.StepDueSoon(run.now, step.id(), dueAt));
            }
        }
        if (!overdue && !run.now.isBefore(dueAt)) {
            overdue = true;
            run.emit(new Event.StepOverdue(run.now, step.id(), dueAt, escalation(playbook, step, sla)));
        }
        if (overdue && sla.remindEvery() != null) {
            int due = (int) Math.min(Integer.MAX_VALUE,
                    Duration.between(dueAt, run.now).toSeconds() / Math.max(1, sla.remindEvery().toSeconds()));
            if (due > reminders) {
                reminders = due;
                run.emit(new Event.StepReminder(run.now, step.id(), due, escalation(playbook, step, sla)));
            }
        }
        run.steps.put(step.id(), new StepState(s.status(), s.readyAt(), s.rounds(), s.approvals(), s.approved(),
                dueSoon, overdue, reminders));
        if (overdue && !s.overdueSent() && step.type() == StepType.DECISION) {
            new DecisionActions(playbook, run, flow).takeDefault(step);
        }
    }

    /** The SLA's escalation role, else the escalation of the owner's role. */
    static String escalation(Playbook playbook, Step step, Sla sla) {
        if (sla.escalateTo() != null) {
            return sla.escalateTo();
        }
        var owner = playbook.roles().get(step.owner());
        return owner == null ? null : owner.escalatesTo();
    }
}
