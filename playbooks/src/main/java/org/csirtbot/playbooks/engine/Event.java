package org.csirtbot.playbooks.engine;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.csirtbot.playbooks.model.LText;
import org.csirtbot.playbooks.model.Severity;
import org.csirtbot.playbooks.model.Tlp;

/** What happened in a run; the bot logs each one and tells the people concerned. */
@JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, property = "event")
@JsonSubTypes({
    @JsonSubTypes.Type(Event.RunStarted.class), @JsonSubTypes.Type(Event.StepReady.class),
    @JsonSubTypes.Type(Event.StepCompleted.class), @JsonSubTypes.Type(Event.StepSkipped.class),
    @JsonSubTypes.Type(Event.StepPassedOver.class), @JsonSubTypes.Type(Event.DecisionTaken.class),
    @JsonSubTypes.Type(Event.SeverityChanged.class), @JsonSubTypes.Type(Event.DispositionSet.class),
    @JsonSubTypes.Type(Event.PlaybookRequested.class), @JsonSubTypes.Type(Event.ApprovalGiven.class),
    @JsonSubTypes.Type(Event.ApprovalRejected.class), @JsonSubTypes.Type(Event.NotificationReady.class),
    @JsonSubTypes.Type(Event.InputsProvided.class), @JsonSubTypes.Type(Event.StepDueSoon.class),
    @JsonSubTypes.Type(Event.StepOverdue.class), @JsonSubTypes.Type(Event.StepReminder.class),
    @JsonSubTypes.Type(Event.ClockStarted.class), @JsonSubTypes.Type(Event.ClockWarning.class),
    @JsonSubTypes.Type(Event.ClockDeadlinePassed.class), @JsonSubTypes.Type(Event.ClockStopped.class),
    @JsonSubTypes.Type(Event.RunFinished.class), @JsonSubTypes.Type(Event.Refused.class),
    @JsonSubTypes.Type(Event.SeverityLoweringProposed.class)})
public sealed interface Event {

    Instant at();

    record RunStarted(Instant at, String playbook, int version, Severity severity) implements Event {
    }

    /** A step waits for its owner; {@code dueAt} is null without an SLA. */
    record StepReady(Instant at, String step, String owner, Instant dueAt) implements Event {
    }

    record StepCompleted(Instant at, String step, String actor, Map<String, String> fields) implements Event {
    }

    /** {@code waived}: the step was mandatory and its waiving role let it go. */
    record StepSkipped(Instant at, String step, String actor, String reason, boolean waived) implements Event {
    }

    /** The step's {@code when} condition did not hold, so the run went past it. */
    record StepPassedOver(Instant at, String step, String condition) implements Event {
    }

    record DecisionTaken(Instant at, String step, LText question, String option, LText optionLabel, String actor,
            String rationale, Map<String, String> fields) implements Event {
    }

    /** The run's severity changed: raised by a decision ({@code step}), or following the incident's (step null). */
    record SeverityChanged(Instant at, String step, Severity from, Severity to) implements Event {
    }

    /**
     * A decision's option would lower the severity: never done by the engine, only proposed to the commander, who may
     * confirm it with a reason; the run keeps its severity until the incident's changes.
     */
    record SeverityLoweringProposed(Instant at, String step, Severity from, Severity to, String actor)
            implements Event {
    }

    record DispositionSet(Instant at, String step, String disposition) implements Event {
    }

    /** Start another playbook on the incident: a spawn, an option's spawn, or a sub-playbook step. */
    record PlaybookRequested(Instant at, String step, String playbook, Integer version, String mode,
            Map<String, String> inputs, boolean stepWaitsForIt) implements Event {
    }

    record ApprovalGiven(Instant at, String step, String actor, String comment, int approvals, int needed)
            implements Event {
    }

    record ApprovalRejected(Instant at, String step, String actor, String reason, String nextStep) implements Event {
    }

    /** A message may now be sent (approved, or needing no approval); the step is done once it was sent. */
    record NotificationReady(Instant at, String step, List<String> audience, LText message, String channel, Tlp tlp)
            implements Event {
    }

    record InputsProvided(Instant at, String actor, Map<String, String> values) implements Event {
    }

    record StepDueSoon(Instant at, String step, Instant dueAt) implements Event {
    }

    record StepOverdue(Instant at, String step, Instant dueAt, String escalateTo) implements Event {
    }

    /** The n-th reminder after the due time; after a long pause only the latest is sent. */
    record StepReminder(Instant at, String step, int number, String escalateTo) implements Event {
    }

    record ClockStarted(Instant at, String clock, Instant startedAt, Instant deadline, Instant hardDeadline)
            implements Event {
    }

    record ClockWarning(Instant at, String clock, Instant deadline, String before) implements Event {
    }

    /** The target ({@code hard} false) or the hard deadline passed before the clock stopped. */
    record ClockDeadlinePassed(Instant at, String clock, Instant deadline, boolean hard, List<String> notifyRoles,
            String escalateTo) implements Event {
    }

    record ClockStopped(Instant at, String clock, boolean metDeadline) implements Event {
    }

    record RunFinished(Instant at) implements Event {
    }

    record Refused(Instant at, Refusal reason, String detail) implements Event {
    }
}
