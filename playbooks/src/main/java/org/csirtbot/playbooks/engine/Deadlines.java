package org.csirtbot.playbooks.engine;

import java.time.Duration;
import java.time.Instant;
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
        Sla sla = step.sla();
        if (sla == null) {
            return null;
        }
        return sla.dueFor(run.severity)
                .map(due -> plus(run.step(step.id()).readyAt(), due, sla.businessDays()))
                .orElse(null);
    }
}
