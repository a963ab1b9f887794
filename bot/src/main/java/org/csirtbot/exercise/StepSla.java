package org.csirtbot.exercise;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.csirtbot.playbook.PlaybookRun;
import org.csirtbot.playbooks.engine.RunState;
import org.csirtbot.playbooks.model.Step;

/**
 * One playbook step of the exercise against its SLA: when it became ready, when it was done (null while open), and
 * whether it met its due time. Missed when the engine announced it overdue (which counts business days where the
 * playbook says so) or it was done after ready + due.
 */
record StepSla(String playbook, Step step, Instant readyAt, Instant doneAt, Duration due, boolean missed) {

    static List<StepSla> of(PlaybookRun run, Instant now) {
        List<StepSla> slas = new ArrayList<>();
        RunState state = run.state();
        for (Step step : run.playbook().steps().toList()) {
            RunState.StepState s = state.steps().get(step.id());
            Duration due = step.sla() == null ? null : step.sla().dueFor(state.severity()).orElse(null);
            if (s == null || due == null || s.readyAt() == null) {
                continue;
            }
            Instant done = state.history().stream().filter(h -> h.step().equals(step.id()))
                    .map(RunState.HistoryEntry::at).filter(at -> !at.isBefore(s.readyAt())).reduce((a, b) -> b)
                    .filter(at -> s.status() != RunState.Status.READY).orElse(null);
            Instant deadline = s.readyAt().plus(due);
            boolean late = done != null ? done.isAfter(deadline) : now.isAfter(deadline);
            slas.add(new StepSla(run.playbook().id(), step, s.readyAt(), done, due,
                    s.overdueSent() || (!step.sla().businessDays() && late)));
        }
        return slas;
    }
}
