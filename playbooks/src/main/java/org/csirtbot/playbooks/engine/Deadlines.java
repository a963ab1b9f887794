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
        return dueAt(step, run.step(step.id()).readyAt(), run.severity);
    }

    /** When a step made ready at {@code readyAt} is due at {@code severity}, or null without an SLA. */
    Instant dueAt(Step step, Instant readyAt, Severity severity) {
        Sla sla = step.sla();
        if (sla == null) {
            return null;
        }
        return sla.dueFor(severity).map(due -> plus(readyAt, due, sla.businessDays())).orElse(null);
    }
}
