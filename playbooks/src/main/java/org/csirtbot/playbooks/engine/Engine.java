package org.csirtbot.playbooks.engine;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.csirtbot.playbooks.model.Playbook;
import org.csirtbot.playbooks.model.Severity;
import org.csirtbot.playbooks.time.BusinessCalendar;

/**
 * Walks a run through a playbook. {@link #apply} is a pure function of the playbook, the state, the action and
 * the time (and the calendar given here): the same arguments always give the same outcome, and a refused action
 * gives the state back unchanged with one {@link Event.Refused}.
 */
public final class Engine {

    private final Deadlines deadlines;

    public Engine(BusinessCalendar calendar) {
        this.deadlines = new Deadlines(calendar);
    }

    /** A new run at the higher of {@code severity} and the playbook's default, its first step ready. */
    public Outcome start(Playbook playbook, Severity severity, Instant now) {
        return start(playbook, severity, Map.of(), now);
    }

    /**
     * A new run at the higher of {@code severity} (the incident's; null: none) and the playbook's
     * {@code severity_default}, holding the values the bot gives before anything is asked ({@code __incident_severity__},
     * {@code __t_aware__}, {@code __t_declared__}), its first step ready.
     */
    public Outcome start(Playbook playbook, Severity severity, Map<String, String> given, Instant now) {
        Severity initial = severity == null || severity.compareTo(playbook.severityDefault()) > 0
                ? playbook.severityDefault() : severity;
        RunState empty = new RunState(playbook.id(), playbook.version(), now, now, initial, null, given, Map.of(),
                List.of(), List.of(), Map.of(), Map.of(), false);
        Run run = new Run(empty, now);
        run.happen("run.started");
        run.emit(new Event.RunStarted(now, playbook.id(), playbook.version(), initial));
        Flow flow = new Flow(playbook, run, deadlines);
        flow.enter(playbook.firstStep().id());
        return settle(playbook, run, flow);
    }

    public Outcome apply(Playbook playbook, RunState state, Action action, Instant now) {
        Instant at = now.isBefore(state.updatedAt()) ? state.updatedAt() : now;
        Run run = new Run(state, at);
        if (state.finished() && !(action instanceof Action.TimePasses)) {
            return refused(state, new Event.Refused(at, Refusal.RUN_FINISHED, state.playbook()));
        }
        Flow flow = new Flow(playbook, run, deadlines);
        Optional<Event.Refused> refusal = perform(playbook, run, flow, action);
        if (refusal.isPresent()) {
            return refused(state, refusal.get());
        }
        return settle(playbook, run, flow);
    }

    /**
     * What still stands in the run, told as the events that brought it there, for a view of the run that may have
     * missed some (a crash between storing a change and showing it): the start, while the inputs it asks for are not
     * given; each step over, closed as its last round was (completed, skipped or waived, decided, rejected to another
     * step), with the playbooks it asked for; each step waiting, with its approvals so far and its SLA notices (due
     * soon, overdue, the latest reminder); each running clock's warnings or passed deadlines; the end. Left out, as
     * they no longer stand: notices about steps and clocks that are over, a step's earlier rounds, a rejection that
     * left its step waiting. The same state always gives the same recap.
     */
    public List<Event> recap(Playbook playbook, RunState state) {
        return new Recap(playbook, state, deadlines).events();
    }

    private static Optional<Event.Refused> perform(Playbook playbook, Run run, Flow flow, Action action) {
        StepActions steps = new StepActions(playbook, run, flow);
        ApprovalActions approvals = new ApprovalActions(playbook, run, flow);
        if (action instanceof Action.Complete complete) {
            return steps.complete(complete);
        } else if (action instanceof Action.Skip skip) {
            return steps.skip(skip);
        } else if (action instanceof Action.Choose choose) {
            return new DecisionActions(playbook, run, flow).choose(choose);
        } else if (action instanceof Action.Approve approve) {
            return approvals.approve(approve);
        } else if (action instanceof Action.Reject reject) {
            return approvals.reject(reject);
        } else if (action instanceof Action.ProvideInputs inputs) {
            return steps.provideInputs(inputs);
        } else if (action instanceof Action.IncidentRated rated) {
            return new IncidentActions(playbook, run, flow).rated(rated);
        } else if (action instanceof Action.SubRunEnded ended) {
            return new IncidentActions(playbook, run, flow).subRunEnded(ended);
        }
        return Optional.empty();
    }

    /** After the action: time-driven events up to now, then the end of the run if nothing is left. */
    private Outcome settle(Playbook playbook, Run run, Flow flow) {
        new StepTimers(playbook, run, flow, deadlines).advance();
        new Clocks(playbook, run, deadlines).advance();
        flow.finishIfDone();
        return new Outcome(run.freeze(), run.events);
    }

    private static Outcome refused(RunState state, Event.Refused refusal) {
        return new Outcome(state, List.of(refusal));
    }
}
