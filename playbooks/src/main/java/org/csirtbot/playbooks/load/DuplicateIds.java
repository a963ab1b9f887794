package org.csirtbot.playbooks.load;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.csirtbot.playbooks.model.Playbook;
import org.csirtbot.playbooks.model.Step;

/** Ids and keys that must be unique: phases, steps (and the reserved "end"), clocks, options, fields. */
final class DuplicateIds {

    private DuplicateIds() {
    }

    static void check(Playbook playbook, Findings findings) {
        unique(playbook.phases(), p -> p.id(), "/phases/%d/id", "phase id", findings);
        Map<String, String> stepIds = new HashMap<>();
        for (Walk.LocatedStep located : Walk.steps(playbook)) {
            String id = located.step().id();
            if (Step.END.equals(id)) {
                findings.add(located.at("id"), "step id 'end' is reserved for the end of the run: rename the step");
            } else if (stepIds.putIfAbsent(id, located.pointer()) != null) {
                findings.add(located.at("id"), "duplicate step id '" + id + "' (first used at "
                        + Findings.yamlPath(stepIds.get(id)) + "): give each step its own id");
            }
            checkStep(located, findings);
        }
        unique(playbook.clocks(), c -> c.id(), "/clocks/%d/id", "clock id", findings);
        unique(playbook.inputs(), f -> f.key(), "/inputs/%d/key", "input key", findings);
        unique(playbook.closureCriteria(), c -> c.id(), "/closure_criteria/%d/id", "criterion id", findings);
    }

    private static void checkStep(Walk.LocatedStep located, Findings findings) {
        Step step = located.step();
        if (step.decision() != null) {
            unique(step.decision().options(), o -> o.id(), located.pointer() + "/decision/options/%d/id",
                    "option id", findings);
        }
        unique(step.collect(), f -> f.key(), located.pointer() + "/collect/%d/key", "field key", findings);
        List<String> collected = step.collect().stream().map(f -> f.key()).toList();
        for (int i = 0; i < step.record().size(); i++) {
            String key = step.record().get(i).key();
            if (collected.contains(key)) {
                findings.add(located.pointer() + "/record/" + i + "/key", "field key '" + key
                        + "' is both collected and recorded by step '" + step.id() + "': keep it in one list");
            }
        }
        unique(step.record(), f -> f.key(), located.pointer() + "/record/%d/key", "field key", findings);
    }

    private static <T> void unique(List<T> items, Function<T, String> id, String pointerFormat, String what,
            Findings findings) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String value = id.apply(items.get(i));
            Integer first = seen.putIfAbsent(value, i);
            if (first != null) {
                findings.add(pointerFormat.formatted(i), "duplicate " + what + " '" + value + "' (first used at "
                        + Findings.yamlPath(pointerFormat.formatted(first)) + "): make it unique");
            }
        }
    }
}
