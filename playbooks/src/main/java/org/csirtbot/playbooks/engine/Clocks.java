package org.csirtbot.playbooks.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.csirtbot.playbooks.engine.RunState.ClockState;
import org.csirtbot.playbooks.expr.Condition;
import org.csirtbot.playbooks.model.ClockDef;
import org.csirtbot.playbooks.model.Playbook;

/**
 * Regulatory and SLA clocks. A clock starts once its start event happened and its {@code applies_if} holds;
 * it counts from the start event's time (for field:__x__, the date-time recorded there), so a clock that turns
 * out to apply later still counts from awareness. Warnings and deadlines fire once each; a stop event stops it.
 */
final class Clocks {

    private final Playbook playbook;
    private final Run run;
    private final Deadlines deadlines;

    Clocks(Playbook playbook, Run run, Deadlines deadlines) {
        this.playbook = playbook;
        this.run = run;
        this.deadlines = deadlines;
    }

    void advance() {
        for (ClockDef clock : playbook.clocks()) {
            ClockState state = run.clocks.get(clock.id());
            if (state == null) {
                state = start(clock);
            }
            if (state != null && state.stoppedAt() == null) {
                run.clocks.put(clock.id(), tick(clock, state));
            }
        }
    }

    private ClockState start(ClockDef clock) {
        Instant from = when(run, clock.startsOn());
        boolean applies = clock.appliesIf() == null || Condition.parse(clock.appliesIf()).test(run.values);
        boolean stoppedBefore = clock.stopsOn() != null && hasHappened(run, clock.stopsOn());
        if (from == null || !applies || stoppedBefore) {
            return null;
        }
        Instant deadline = deadlines.plus(from, clock.target(), clock.businessDays());
        Instant hard = clock.hardDeadline() == null ? null : deadlines.plus(from, clock.hardDeadline(), clock.businessDays());
        run.emit(new Event.ClockStarted(run.now, clock.id(), from, deadline, hard));
        return new ClockState(from, deadline, hard, null, List.of(), false, false);
    }

    private ClockState tick(ClockDef clock, ClockState s) {
        if (clock.stopsOn() != null && hasHappened(run, clock.stopsOn())) {
            Instant stoppedAt = when(run, clock.stopsOn());
            run.emit(new Event.ClockStopped(run.now, clock.id(), !stoppedAt.isAfter(s.deadline())));
            return new ClockState(s.startedAt(), s.deadline(), s.hardDeadline(), stoppedAt, s.warningsSent(),
                    s.deadlineSent(), s.hardDeadlineSent());
        }
        List<String> warned = new ArrayList<>(s.warningsSent());
        for (Duration before : clock.warnBefore().stream().sorted(Comparator.reverseOrder()).toList()) {
            if (!warned.contains(before.toString()) && !run.now.isBefore(s.deadline().minus(before))) {
                warned.add(before.toString());
                if (run.now.isBefore(s.deadline())) {
                    run.emit(new Event.ClockWarning(run.now, clock.id(), s.deadline(), before.toString()));
                }
            }
        }
        boolean passed = s.deadlineSent() || fire(clock, s.deadline(), false);
        boolean hardPassed = s.hardDeadlineSent() || s.hardDeadline() != null && fire(clock, s.hardDeadline(), true);
        return new ClockState(s.startedAt(), s.deadline(), s.hardDeadline(), null, warned, passed, hardPassed);
    }

    private boolean fire(ClockDef clock, Instant deadline, boolean hard) {
        if (run.now.isBefore(deadline)) {
            return false;
        }
        run.emit(new Event.ClockDeadlinePassed(run.now, clock.id(), deadline, hard, clock.onBreach().notifyRoles(),
                clock.onBreach().escalateTo()));
        return true;
    }

    static boolean hasHappened(Run run, String eventRef) {
        return when(run, eventRef) != null;
    }

    /** When the referenced event happened, or null when it has not (or the field holds no date-time yet). */
    static Instant when(Run run, String eventRef) {
        return EventTimes.when(run.happened, run.values, eventRef);
    }
}
