package org.csirtbot.playbooks.engine;

import java.time.Duration;
import java.time.Instant;
import org.csirtbot.playbooks.model.Severity;
import org.csirtbot.playbooks.model.Sla;
import org.csirtbot.playbooks.model.Step;
import org.csirtbot.playbooks.time.BusinessCalendar;

/** Due times of steps and clocks, in calendar time or business days. */
final class Deadlines {

    private final BusinessCalendar calendar;

    Deadlines(BusinessCalendar calendar) {
        this.calendar = calendar;
    }

    Instant plus(Instant start, Duration amount, boolean businessDays) {
        return calendar.plus(start, amount, businessDays);
    }

    /** When a ready step is due at the run's current severity, or null without an SLA. */
    Instant dueAt(Step step, Run run) {
        return dueAt(step, run.severity,
                EventTimes.slaStart(from(step), run.step(step.id()).readyAt(), run.startedAt, run.happened, run.values));
    }

    /** When a step of {@code state} made ready at {@code readyAt} is due at the state's severity, or null. */
    Instant dueAt(Step step, Instant readyAt, RunState state) {
        return dueAt(step, state.severity(),
                EventTimes.slaStart(from(step), readyAt, state.startedAt(), state.happened(), state.values()));
    }

    /**
     * When a step is due at {@code severity}, counted from {@code start}, or null without an SLA (or without a due time
     * at that severity).
     */
    private Instant dueAt(Step step, Severity severity, Instant start) {
        Sla sla = step.sla();
        if (sla == null) {
            return null;
        }
        return sla.dueFor(severity).map(due -> plus(start, due, sla.businessDays())).orElse(null);
    }

    private static String from(Step step) {
        return step.sla() == null ? null : step.sla().from();
    }
}
