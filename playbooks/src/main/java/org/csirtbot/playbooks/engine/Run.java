package org.csirtbot.playbooks.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.csirtbot.playbooks.engine.RunState.ClockState;
import org.csirtbot.playbooks.engine.RunState.HistoryEntry;
import org.csirtbot.playbooks.engine.RunState.Status;
import org.csirtbot.playbooks.engine.RunState.StepState;
import org.csirtbot.playbooks.model.Severity;

/** A working copy of a {@link RunState} for one action, plus the events it causes; frozen again at the end. */
final class Run {

    final String playbook;
    final int version;
    final Instant startedAt;
    final Instant now;
    Severity severity;
    String disposition;
    final Map<String, String> values;
    final Map<String, StepState> steps;
    final List<String> ready;
    final List<HistoryEntry> history;
    final Map<String, ClockState> clocks;
    final Map<String, Instant> happened;
    boolean finished;
    final List<Event> events = new ArrayList<>();

    Run(RunState state, Instant now) {
        this.playbook = state.playbook();
        this.version = state.version();
        this.startedAt = state.startedAt();
        this.now = now;
        this.severity = state.severity();
        this.disposition = state.disposition();
        this.values = new TreeMap<>(state.values());
        this.steps = new TreeMap<>(state.steps());
        this.ready = new ArrayList<>(state.ready());
        this.history = new ArrayList<>(state.history());
        this.clocks = new TreeMap<>(state.clocks());
        this.happened = new TreeMap<>(state.happened());
        this.finished = state.finished();
    }

    RunState freeze() {
        return new RunState(playbook, version, startedAt, now, severity, disposition, values, steps, ready, history,
                clocks, happened, finished);
    }

    void emit(Event event) {
        events.add(event);
    }

    StepState step(String id) {
        return steps.get(id);
    }

    boolean isReady(String id) {
        return ready.contains(id);
    }

    void record(String step, String outcome, Actor actor, String note, Map<String, String> fields) {
        history.add(new HistoryEntry(now, step, outcome, actor.id(), note, new LinkedHashMap<>(fields)));
    }

    /** Takes a step off the ready list with its final status for this round. */
    void close(String id, Status status) {
        ready.remove(id);
        StepState s = steps.get(id);
        steps.put(id, new StepState(status, s.readyAt(), s.rounds(), s.approvals(), s.approved(), s.dueSoonSent(),
                s.overdueSent(), s.reminders()));
    }

    /** Asks for another playbook, and remembers that it did ({@link RunState#requestedPlaybooks()}). */
    void request(Event.PlaybookRequested requested) {
        emit(requested);
        happen(RunState.REQUESTED_PREFIX + requested.playbook() + RunState.REQUESTED_SUFFIX);
    }

    void happen(String eventRef) {
        happened.putIfAbsent(eventRef, now);
    }
}
