package org.csirtbot.playbooks.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.csirtbot.playbooks.engine.RunState.ClockState;
import org.csirtbot.playbooks.engine.RunState.HistoryEntry;
import org.csirtbot.playbooks.engine.RunState.Status;
import org.csirtbot.playbooks.engine.RunState.StepState;
import org.csirtbot.playbooks.expr.Condition;
import org.csirtbot.playbooks.model.ClockDef;
import org.csirtbot.playbooks.model.Decision;
import org.csirtbot.playbooks.model.Playbook;
import org.csirtbot.playbooks.model.Step;
import org.csirtbot.playbooks.model.StepType;

/**
 * What still stands in a run's state, told as the events that brought it there ({@link Engine#recap}). Read from the
 * state alone, so the same state always gives the same recap, and an event of the latest change that still stands is
 * told with the very values it had. Notices are dated at the state's last change.
 */
final class Recap {

    private static final Set<Status> OVER = EnumSet.of(Status.DONE, Status.SKIPPED, Status.WAIVED, Status.REJECTED);

    private final Playbook playbook;
    private final RunState state;
    private final Deadlines deadlines;
    private final List<Event> events = new ArrayList<>();

    Recap(Playbook playbook, RunState state, Deadlines deadlines) {
        this.playbook = playbook;
        this.state = state;
        this.deadlines = deadlines;
    }

    List<Event> events() {
        boolean inputsGiven = playbook.inputs().stream().anyMatch(f -> state.values().containsKey(f.key()));
        if (!inputsGiven) {
            events.add(new Event.RunStarted(state.startedAt(), playbook.id(), state.version(), state.severity()));
        }
        lastClosings().forEach(this::closed);
        state.ready().forEach(id -> playbook.step(id).ifPresent(this::waiting));
        playbook.clocks().forEach(this::clock);
        if (state.finished()) {
            events.add(new Event.RunFinished(state.updatedAt()));
        }
        return List.copyOf(events);
    }

    /** The entry that closed each step over now, in the order they closed; a later round's replaces an earlier's. */
    private List<HistoryEntry> lastClosings() {
        Map<String, HistoryEntry> last = new LinkedHashMap<>();
        for (HistoryEntry entry : state.history()) {
            if (closes(entry.outcome())) {
                last.remove(entry.step());
                last.put(entry.step(), entry);
            }
        }
        return last.values().stream().filter(entry -> {
            StepState s = state.steps().get(entry.step());
            return s != null && OVER.contains(s.status());
        }).toList();
    }

    private static boolean closes(String outcome) {
        return switch (outcome) {
            case "completed", "skipped", "waived", "rejected" -> true;
            default -> outcome.startsWith("decided:");
        };
    }

    private void closed(HistoryEntry h) {
        Step step = playbook.step(h.step()).orElse(null);
        if (step == null) {
            return;
        }
        switch (h.outcome()) {
            case "completed" -> events.add(new Event.StepCompleted(h.at(), h.step(), h.actor(), h.fields()));
            case "skipped", "waived" -> events.add(new Event.StepSkipped(h.at(), h.step(), h.actor(), h.note(),
                    "waived".equals(h.outcome())));
            case "rejected" -> events.add(new Event.ApprovalRejected(h.at(), h.step(), h.actor(), h.note(),
                    step.approval() == null ? null : step.approval().onReject()));
            default -> decided(h, step);
        }
        if (state.steps().get(step.id()).status() == Status.DONE) {
            step.spawns().stream().filter(s -> s.when() == null || Condition.parse(s.when()).test(state.values()))
                    .forEach(s -> events.add(new Event.PlaybookRequested(h.at(), step.id(), s.playbook(), null,
                            s.mode() == null ? "parallel" : s.mode(), Map.of(), false)));
            subPlaybook(step);
        }
    }

    private void decided(HistoryEntry h, Step step) {
        Decision decision = step.decision();
        String option = h.outcome().substring("decided:".length());
        decision.option(option).ifPresent(o -> {
            events.add(new Event.DecisionTaken(h.at(), step.id(), decision.question(), o.id(), o.label(), h.actor(),
                    h.note(), h.fields()));
            o.spawns().forEach(other -> events.add(new Event.PlaybookRequested(h.at(), step.id(), other, null,
                    "parallel", Map.of(), false)));
        });
    }

    /** A step waiting: made ready, with the approvals it has and its SLA notices still in force. */
    private void waiting(Step step) {
        StepState s = state.steps().get(step.id());
        Instant dueAt = deadlines.dueAt(step, s.readyAt(), state);
        events.add(new Event.StepReady(s.readyAt(), step.id(), step.owner(), dueAt));
        subPlaybook(step);
        approvals(step, s);
        if (dueAt == null) {
            return;
        }
        String escalateTo = StepTimers.escalation(playbook, step, step.sla());
        if (s.overdueSent()) {
            events.add(new Event.StepOverdue(state.updatedAt(), step.id(), dueAt, escalateTo));
        } else if (s.dueSoonSent() && state.updatedAt().isBefore(dueAt)) {
            events.add(new Event.StepDueSoon(state.updatedAt(), step.id(), dueAt));
        }
        if (s.reminders() > 0) {
            events.add(new Event.StepReminder(state.updatedAt(), step.id(), s.reminders(), escalateTo));
        }
    }

    private void subPlaybook(Step step) {
        if (step.type() == StepType.SUBPLAYBOOK) {
            var sub = step.subplaybook();
            events.add(new Event.PlaybookRequested(state.steps().get(step.id()).readyAt(), step.id(), sub.playbook(),
                    sub.version(), "sub", sub.inputs(), sub.awaitEnd()));
        }
    }

    /** The approvals of this round: each approver's latest, counted in the order they came. */
    private void approvals(Step step, StepState s) {
        int needed = step.type() == StepType.APPROVAL ? step.approval().minApprovals() : 1;
        for (int i = 0; i < s.approvals().size(); i++) {
            String approver = s.approvals().get(i);
            HistoryEntry given = state.history().stream().filter(h -> h.step().equals(step.id())
                    && "approved".equals(h.outcome()) && approver.equals(h.actor())).reduce((a, b) -> b).orElse(null);
            if (given != null) {
                events.add(new Event.ApprovalGiven(given.at(), step.id(), approver, given.note(), i + 1, needed));
            }
        }
    }

    /** A clock still running: its passed deadlines, else the warnings given. */
    private void clock(ClockDef clock) {
        ClockState s = state.clocks().get(clock.id());
        if (s == null || s.stoppedAt() != null) {
            return;
        }
        Instant at = state.updatedAt();
        if (!s.deadlineSent()) {
            s.warningsSent().forEach(before -> events.add(new Event.ClockWarning(at, clock.id(), s.deadline(), before)));
            return;
        }
        var breach = clock.onBreach();
        events.add(new Event.ClockDeadlinePassed(at, clock.id(), s.deadline(), false, breach.notifyRoles(),
                breach.escalateTo()));
        if (s.hardDeadlineSent()) {
            events.add(new Event.ClockDeadlinePassed(at, clock.id(), s.hardDeadline(), true, breach.notifyRoles(),
                    breach.escalateTo()));
        }
    }
}
