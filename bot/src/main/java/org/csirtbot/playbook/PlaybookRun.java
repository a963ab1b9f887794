package org.csirtbot.playbook;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.csirtbot.playbooks.engine.RunState;
import org.csirtbot.playbooks.engine.RunState.Status;
import org.csirtbot.playbooks.model.ClockDef;
import org.csirtbot.playbooks.model.Playbook;
import org.csirtbot.playbooks.model.Step;

/**
 * A playbook run on an incident as stored now: the playbook it follows, the engine's state, the version of the stored
 * run (raised by every change) and the messages showing its steps. {@code id} is {@code <incidentId>/<playbookId>}.
 */
public record PlaybookRun(String id, String incidentId, Playbook playbook, RunState state, long version,
                          String startedBy, Instant startedAt, List<StepMessage> messages) {

    private static final Set<Status> OVER = EnumSet.of(Status.DONE, Status.SKIPPED, Status.WAIVED, Status.REJECTED,
            Status.PASSED_OVER);

    public PlaybookRun {
        messages = List.copyOf(messages);
    }

    public boolean finished() {
        return state.finished();
    }

    /** The steps waiting for someone now, in the order they became ready. */
    public List<Step> readySteps() {
        return state.ready().stream().map(id -> playbook.step(id)).flatMap(Optional::stream).toList();
    }

    /** The mandatory steps waiting now: closing the incident waits for them. */
    public List<Step> openMandatorySteps() {
        return readySteps().stream().filter(Step::mandatory).toList();
    }

    /** How often the step became ready so far (0: never). */
    public int round(String step) {
        RunState.StepState s = state.steps().get(step);
        return s == null ? 0 : s.rounds();
    }

    /** The message showing the step's round to {@code recipient}, once posted. */
    public Optional<StepMessage> message(String step, int round, String recipient) {
        return messages.stream().filter(m -> m.step().equals(step) && m.round() == round
                && m.recipient().equals(recipient)).findFirst();
    }

    /** The messages of that round of the step, the room's and the approvers'. */
    public List<StepMessage> messages(String step, int round) {
        return messages.stream().filter(m -> m.step().equals(step) && m.round() == round).toList();
    }

    /** Steps over (done, skipped, passed over), and how many steps the playbook has. */
    public int stepsOver() {
        return (int) state.steps().values().stream().filter(s -> OVER.contains(s.status())).count();
    }

    public int stepsTotal() {
        return (int) playbook.steps().count();
    }

    /** The clocks started and not stopped, in the playbook's order. */
    public List<RunningClock> runningClocks() {
        return playbook.clocks().stream().filter(c -> state.clocks().containsKey(c.id()))
                .filter(c -> state.clocks().get(c.id()).stoppedAt() == null)
                .map(c -> new RunningClock(c, state.clocks().get(c.id()))).toList();
    }

    /** A clock running now: its definition and where it stands. */
    public record RunningClock(ClockDef clock, RunState.ClockState state) {

        /** The target passed (and was told). */
        public boolean breached() {
            return state.deadlineSent();
        }
    }
}
