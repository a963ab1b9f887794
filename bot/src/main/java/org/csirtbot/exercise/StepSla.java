package org.csirtbot.exercise;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.csirtbot.playbook.PlaybookRun;
import org.csirtbot.playbooks.engine.RunState;
import org.csirtbot.playbooks.model.Step;

/**
 * One playbook step of the exercise against its SLA: when it became ready, when it was done (null while open), how long
 * it took in scenario time (real time × the exercise's pace; until now while open), and whether it met its SLA. The
 * playbook runs on real time, the scenario on its compressed clock; the report judges in the scenario's time, as the
 * injects are. An SLA counted in business days is judged by the engine's overdue notice alone.
 */
record StepSla(String playbook, Step step, Instant readyAt, Instant doneAt, Duration due, Duration took,
               boolean missed) {

    static List<StepSla> of(PlaybookRun run, Instant now, int pace) {
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
            Duration took = Duration.between(s.readyAt(), done != null ? done : now).multipliedBy(pace);
            boolean missed = step.sla().businessDays() ? s.overdueSent() : took.compareTo(due) > 0;
            slas.add(new StepSla(run.playbook().id(), step, s.readyAt(), done, due, took, missed));
        }
        return slas;
    }
}
