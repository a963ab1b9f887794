package org.csirtbot.playbooks.engine;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.csirtbot.playbooks.model.Severity;

/**
 * A run of a playbook as stored between actions (JSON via {@link RunStateJson}). {@code values} holds inputs,
 * recorded fields and decision results; {@code history} is append-only; {@code happened} maps event references
 * (run.started, step:ID.completed, decision:ID=OPTION, playbook:ID.requested) to when they first happened.
 */
public record RunState(
        String playbook,
        int version,
        Instant startedAt,
        Instant updatedAt,
        Severity severity,
        String disposition,
        Map<String, String> values,
        Map<String, StepState> steps,
        List<String> ready,
        List<HistoryEntry> history,
        Map<String, ClockState> clocks,
        Map<String, Instant> happened,
        boolean finished) {

    public RunState {
        values = Map.copyOf(values);
        steps = Map.copyOf(steps);
        ready = List.copyOf(ready);
        history = List.copyOf(history);
        clocks = Map.copyOf(clocks);
        happened = Map.copyOf(happened);
    }

    static final String REQUESTED_PREFIX = "playbook:";
    static final String REQUESTED_SUFFIX = ".requested";

    /** The playbooks the run asked for (spawns, options' spawns, sub-playbooks), in the order of their ids. */
    public List<String> requestedPlaybooks() {
        return happened.keySet().stream().filter(k -> k.startsWith(REQUESTED_PREFIX) && k.endsWith(REQUESTED_SUFFIX))
                .map(k -> k.substring(REQUESTED_PREFIX.length(), k.length() - REQUESTED_SUFFIX.length()))
                .sorted().toList();
    }

    public enum Status { READY, DONE, SKIPPED, WAIVED, REJECTED, PASSED_OVER }

    /**
     * Where a step stands. {@code rounds} counts how often it became ready (loops); {@code approvals} are the
     * approvers of this round; the flags and {@code reminders} make SLA events fire once each.
     */
    public record StepState(Status status, Instant readyAt, int rounds, List<String> approvals, boolean approved,
            boolean dueSoonSent, boolean overdueSent, int reminders) {
        public StepState {
            approvals = List.copyOf(approvals);
        }
    }

    /** One thing done to a step, with the fields recorded then (kept even if a later round records again). */
    public record HistoryEntry(Instant at, String step, String outcome, String actor, String note,
            Map<String, String> fields) {
        public HistoryEntry {
            fields = Map.copyOf(fields);
        }
    }

    /** A started clock; {@code warningsSent} holds the ISO durations of the warnings already given. */
    public record ClockState(Instant startedAt, Instant deadline, Instant hardDeadline, Instant stoppedAt,
            List<String> warningsSent, boolean deadlineSent, boolean hardDeadlineSent) {
        public ClockState {
            warningsSent = List.copyOf(warningsSent);
        }
    }
}
