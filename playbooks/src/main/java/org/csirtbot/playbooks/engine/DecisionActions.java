package org.csirtbot.playbooks.engine;

import static org.csirtbot.playbooks.engine.FieldCheck.refuse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.csirtbot.playbooks.engine.RunState.Status;
import org.csirtbot.playbooks.model.Decision;
import org.csirtbot.playbooks.model.Playbook;
import org.csirtbot.playbooks.model.Severity;
import org.csirtbot.playbooks.model.Step;
import org.csirtbot.playbooks.model.StepType;

/** Choosing an option of a decision step, with its effects: variables, severity, disposition, other playbooks. */
final class DecisionActions {

    private final Playbook playbook;
    private final Run run;
    private final Flow flow;

    DecisionActions(Playbook playbook, Run run, Flow flow) {
        this.playbook = playbook;
        this.run = run;
        this.flow = flow;
    }

    Optional<Event.Refused> choose(Action.Choose action) {
        Optional<Event.Refused> refused = StepActions.notReady(playbook, run, action.step());
        if (refused.isPresent()) {
            return refused;
        }
        Step step = playbook.step(action.step()).orElseThrow();
        if (step.type() != StepType.DECISION) {
            return refuse(run, Refusal.WRONG_ACTION, "complete the step");
        }
        Decision decision = step.decision();
        Optional<Decision.Option> option = decision.option(action.option() == null ? "" : action.option());
        if (option.isEmpty()) {
            return refuse(run, Refusal.UNKNOWN_OPTION, action.option());
        }
        String needed = option.get().requiresRole();
        if (needed != null ? !Roles.holds(playbook, action.actor(), needed) : !Roles.mayWork(playbook, action.actor(), step)) {
            return refuse(run, Refusal.ROLE_REQUIRED, needed != null ? needed : step.owner());
        }
        if (decision.rationaleRequired() && (action.rationale() == null || action.rationale().isBlank())) {
            return refuse(run, Refusal.RATIONALE_REQUIRED, step.id());
        }
        return FieldCheck.check(run, step.fields().toList(), action.fields())
                .or(() -> new StepActions(playbook, run, flow).missingRequirement(step, action.fields()))
                .or(() -> {
                    take(step, option.get(), action);
                    return Optional.empty();
                });
    }

    /**
     * Takes the decision's {@code default_option} for the engine once its SLA has passed, when the decision says
     * {@code auto_default} and nothing it must record is missing.
     */
    void takeDefault(Step step) {
        Decision decision = step.decision();
        Optional<Decision.Option> option = decision.option(decision.defaultOption() == null ? "" : decision.defaultOption());
        if (decision.autoDefault() && option.isPresent()
                && FieldCheck.check(run, step.fields().toList(), Map.of()).isEmpty()) {
            take(step, option.get(), new Action.Choose(Actor.ENGINE, step.id(), option.get().id(),
                    "default option: the SLA passed", Map.of()));
        }
    }

    /**
     * An option's severity: a raise above the incident's (as the run knows it) re-rates the run, and the bot the
     * incident; a lowering is only proposed to the commander, the severity unchanged.
     */
    private void rate(Step step, Decision.Option option, Actor actor) {
        Severity current = IncidentActions.incidentSeverity(run);
        if (option.severity() == null || option.severity() == current) {
            return;
        }
        if (option.severity().compareTo(current) < 0) {
            run.emit(new Event.SeverityChanged(run.now, step.id(), current, option.severity()));
            run.severity = option.severity();
            if (run.values.containsKey(IncidentActions.INCIDENT_SEVERITY)) {
                run.values.put(IncidentActions.INCIDENT_SEVERITY, option.severity().name()); // the bot re-rates it so
            }
        } else {
            run.emit(new Event.SeverityLoweringProposed(run.now, step.id(), current, option.severity(), actor.id()));
        }
    }

    private void take(Step step, Decision.Option option, Action.Choose action) {
        Decision decision = step.decision();
        Map<String, String> recorded = new LinkedHashMap<>(action.fields());
        if (decision.recordAs() != null) {
            recorded.put(decision.recordAs(), option.id());
        }
        recorded.putAll(option.set());
        run.values.putAll(recorded);
        run.record(step.id(), "decided:" + option.id(), action.actor(), action.rationale(), recorded);
        run.emit(new Event.DecisionTaken(run.now, step.id(), decision.question(), option.id(), option.label(),
                action.actor().id(), action.rationale(), recorded));
        rate(step, option, action.actor());
        if (option.disposition() != null) {
            run.disposition = option.disposition();
            run.emit(new Event.DispositionSet(run.now, step.id(), option.disposition()));
        }
        for (String other : option.spawns()) {
            run.request(new Event.PlaybookRequested(run.now, step.id(), other, null, "parallel", Map.of(), false));
        }
        flow.spawn(step);
        run.happen("decision:" + step.id() + "=" + option.id());
        flow.leave(step, Status.DONE, List.of(option.next() != null ? option.next() : playbook.successor(step)));
    }
}
