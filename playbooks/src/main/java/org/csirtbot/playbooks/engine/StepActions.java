package org.csirtbot.playbooks.engine;

import static org.csirtbot.playbooks.engine.FieldCheck.refuse;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.csirtbot.playbooks.engine.RunState.Status;
import org.csirtbot.playbooks.model.Playbook;
import org.csirtbot.playbooks.model.Step;
import org.csirtbot.playbooks.model.StepType;

/** Completing and skipping steps. Each method returns the refusal, or empty when it changed the run. */
final class StepActions {

    private final Playbook playbook;
    private final Run run;
    private final Flow flow;

    StepActions(Playbook playbook, Run run, Flow flow) {
        this.playbook = playbook;
        this.run = run;
        this.flow = flow;
    }

    /** The refusal when {@code id} is not a step waiting for someone now. */
    static Optional<Event.Refused> notReady(Playbook playbook, Run run, String id) {
        if (id == null || playbook.step(id).isEmpty()) {
            return refuse(run, Refusal.UNKNOWN_STEP, id);
        }
        return run.isReady(id) ? Optional.empty() : refuse(run, Refusal.STEP_NOT_READY, id);
    }

    Optional<Event.Refused> complete(Action.Complete action) {
        Optional<Event.Refused> refused = notReady(playbook, run, action.step());
        if (refused.isPresent()) {
            return refused;
        }
        Step step = playbook.step(action.step()).orElseThrow();
        if (step.type() == StepType.DECISION || step.type() == StepType.APPROVAL) {
            return refuse(run, Refusal.WRONG_ACTION, step.type() == StepType.DECISION ? "choose an option" : "approve or reject");
        }
        if (!Roles.mayWork(playbook, action.actor(), step)) {
            return refuse(run, Refusal.ROLE_REQUIRED, step.owner());
        }
        var notify = step.notification();
        if (notify != null && notify.requiresApprovalBy() != null && !run.step(step.id()).approved()) {
            return refuse(run, Refusal.AWAITING_APPROVAL, notify.requiresApprovalBy());
        }
        return FieldCheck.check(run, step.fields().toList(), action.fields())
                .or(() -> missingRequirement(step, action.fields()))
                .or(() -> {
                    flow.complete(step, action.actor(), action.fields(), List.of(playbook.successor(step)));
                    return Optional.empty();
                });
    }

    /** A variable in the step's {@code requires} that neither the run nor this completion sets. */
    Optional<Event.Refused> missingRequirement(Step step, Map<String, String> fields) {
        return step.requires().stream()
                .filter(key -> !fields.containsKey(key) && !run.values.containsKey(key))
                .findFirst()
                .flatMap(key -> refuse(run, Refusal.MISSING_INPUT, key));
    }

    Optional<Event.Refused> skip(Action.Skip action) {
        Optional<Event.Refused> refused = notReady(playbook, run, action.step());
        if (refused.isPresent()) {
            return refused;
        }
        Step step = playbook.step(action.step()).orElseThrow();
        if (!step.skippable()) {
            return refuse(run, Refusal.NOT_SKIPPABLE, step.id());
        }
        boolean allowed = step.mandatory()
                ? Roles.holds(playbook, action.actor(), step.waivableBy())
                : Roles.mayWork(playbook, action.actor(), step) || Roles.holds(playbook, action.actor(), step.waivableBy());
        if (!allowed) {
            return refuse(run, Refusal.ROLE_REQUIRED, step.mandatory() ? step.waivableBy() : step.owner());
        }
        if (action.reason() == null || action.reason().isBlank()) {
            return refuse(run, Refusal.REASON_REQUIRED, step.id());
        }
        run.record(step.id(), step.mandatory() ? "waived" : "skipped", action.actor(), action.reason(), Map.of());
        run.emit(new Event.StepSkipped(run.now, step.id(), action.actor().id(), action.reason(), step.mandatory()));
        flow.leave(step, step.mandatory() ? Status.WAIVED : Status.SKIPPED, playbook.successor(step));
        return Optional.empty();
    }

    Optional<Event.Refused> provideInputs(Action.ProvideInputs action) {
        Optional<Event.Refused> refused = FieldCheck.check(run, playbook.inputs().stream()
                .filter(f -> action.values().containsKey(f.key())).toList(), action.values());
        if (refused.isPresent()) {
            Refusal reason = refused.get().reason() == Refusal.UNKNOWN_FIELD ? Refusal.UNKNOWN_INPUT : refused.get().reason();
            return refuse(run, reason, refused.get().detail());
        }
        run.values.putAll(action.values());
        run.emit(new Event.InputsProvided(run.now, action.actor().id(), action.values()));
        return Optional.empty();
    }
}
