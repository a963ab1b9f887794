package org.csirtbot.playbooks.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.csirtbot.playbooks.engine.RunState.Status;
import org.csirtbot.playbooks.model.FieldDef;
import org.csirtbot.playbooks.model.Playbook;
import org.csirtbot.playbooks.model.Step;
import org.csirtbot.playbooks.model.StepType;

/**
 * What is wrong with a run for a playbook, e.g. after loading a stored run against a changed playbook:
 * unknown steps or clocks, a ready list out of step with the statuses, values nobody declares.
 */
public final class RunStateCheck {

    private RunStateCheck() {
    }

    public static List<String> problems(Playbook playbook, RunState state) {
        List<String> problems = new ArrayList<>();
        if (!state.playbook().equals(playbook.id())) {
            problems.add("run of " + state.playbook() + ", not of " + playbook.id());
        }
        if (state.finished() != state.ready().isEmpty()) {
            problems.add("finished is " + state.finished() + " but " + state.ready().size() + " steps are ready");
        }
        if (new HashSet<>(state.ready()).size() != state.ready().size()) {
            problems.add("a step is ready twice: " + state.ready());
        }
        state.steps().forEach((id, step) -> {
            var def = playbook.step(id);
            if (def.isEmpty()) {
                problems.add("unknown step " + id);
            } else if ((step.status() == Status.READY) != state.ready().contains(id)) {
                problems.add("step " + id + " is " + step.status() + " but ready=" + state.ready().contains(id));
            } else if (step.status() == Status.READY && def.get().type() == StepType.PARALLEL) {
                problems.add("parallel step " + id + " stays ready");
            }
        });
        state.ready().stream().filter(id -> !state.steps().containsKey(id)).forEach(id -> problems.add("ready " + id + " has no state"));
        Set<String> declared = declared(playbook);
        state.values().keySet().stream().filter(k -> !declared.contains(k)).forEach(k -> problems.add("undeclared value " + k));
        fields(playbook).forEach(field -> {
            String value = state.values().get(field.key());
            if (value != null && !FieldCheck.valid(field, value)) {
                problems.add("value of " + field.key() + " is not a " + field.type() + ": " + value);
            }
        });
        state.history().stream().filter(h -> playbook.step(h.step()).isEmpty())
                .forEach(h -> problems.add("history names unknown step " + h.step()));
        state.clocks().forEach((id, clock) -> {
            if (playbook.clocks().stream().noneMatch(c -> c.id().equals(id))) {
                problems.add("unknown clock " + id);
            } else if (clock.deadline().isBefore(clock.startedAt())) {
                problems.add("clock " + id + " ends before it starts");
            }
        });
        return problems;
    }

    private static List<FieldDef> fields(Playbook playbook) {
        List<FieldDef> fields = new ArrayList<>(playbook.inputs());
        playbook.steps().flatMap(Step::fields).forEach(fields::add);
        return fields;
    }

    private static Set<String> declared(Playbook playbook) {
        Set<String> keys = new HashSet<>();
        playbook.inputs().forEach(f -> keys.add(f.key()));
        playbook.steps().forEach((Step step) -> {
            step.fields().map(FieldDef::key).forEach(keys::add);
            if (step.decision() != null) {
                keys.add(step.decision().recordAs());
                step.decision().options().forEach(o -> keys.addAll(o.set().keySet()));
            }
            if (step.approval() != null) {
                keys.add(step.approval().recordAs());
            }
        });
        keys.remove(null);
        return keys;
    }
}
