package org.csirtbot.playbooks.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.csirtbot.playbooks.model.Playbook;
import org.csirtbot.playbooks.model.Severity;
import org.csirtbot.playbooks.model.Step;
import org.csirtbot.playbooks.model.StepType;

/** What the incident around the run tells it: its severity now, and that a run it waits for ended. */
final class IncidentActions {

    /** The run value holding the incident's severity, kept current by the bot. */
    static final String INCIDENT_SEVERITY = "__incident_severity__";

    private final Playbook playbook;
    private final Run run;
    private final Flow flow;

    IncidentActions(Playbook playbook, Run run, Flow flow) {
        this.playbook = playbook;
        this.run = run;
        this.flow = flow;
    }

    /** The run takes the incident's severity; {@code __incident_severity__} holds it. */
    Optional<Event.Refused> rated(Action.IncidentRated action) {
        Severity to = action.severity();
        if (to == null) {
            return FieldCheck.refuse(run, Refusal.MISSING_INPUT, INCIDENT_SEVERITY);
        }
        if (!to.name().equals(run.values.get(INCIDENT_SEVERITY))) {
            run.values.put(INCIDENT_SEVERITY, to.name());
            run.emit(new Event.InputsProvided(run.now, Actor.ENGINE.id(), Map.of(INCIDENT_SEVERITY, to.name())));
        }
        if (run.severity != to) {
            run.emit(new Event.SeverityChanged(run.now, null, run.severity, to));
            run.severity = to;
        }
        return Optional.empty();
    }

    /** Completes the sub-playbook steps waiting for the run of {@code action.playbook()}. */
    Optional<Event.Refused> subRunEnded(Action.SubRunEnded action) {
        for (String id : List.copyOf(run.ready)) {
            Step step = playbook.step(id).orElseThrow();
            if (step.type() == StepType.SUBPLAYBOOK && step.subplaybook().awaitEnd() && run.isReady(id)
                    && step.subplaybook().playbook().equals(action.playbook())) {
                flow.complete(step, Actor.ENGINE, Map.of(), List.of(playbook.successor(step)));
            }
        }
        return Optional.empty();
    }

    /** The incident's severity as the run knows it: {@code __incident_severity__}, else the run's own. */
    static Severity incidentSeverity(Run run) {
        String given = run.values.get(INCIDENT_SEVERITY);
        try {
            return given == null ? run.severity : Severity.valueOf(given);
        } catch (IllegalArgumentException e) {
            return run.severity;
        }
    }
}
