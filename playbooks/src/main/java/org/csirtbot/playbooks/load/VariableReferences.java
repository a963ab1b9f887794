package org.csirtbot.playbooks.load;

import java.util.HashMap;
import java.util.Map;
import org.csirtbot.playbooks.expr.Condition;
import org.csirtbot.playbooks.expr.ConditionException;
import org.csirtbot.playbooks.model.ClockDef;
import org.csirtbot.playbooks.model.EventRef;
import org.csirtbot.playbooks.model.FieldDef;
import org.csirtbot.playbooks.model.FieldType;
import org.csirtbot.playbooks.model.Playbook;
import org.csirtbot.playbooks.model.Step;

/** Conditions parse and read only variables something sets; clocks count from date-time fields. */
final class VariableReferences {

    private final Findings findings;
    /** Variable → its field type, or null when a decision, approval or option sets it. */
    private final Map<String, FieldType> declared = new HashMap<>();

    private VariableReferences(Findings findings) {
        this.findings = findings;
    }

    static void check(Playbook playbook, Findings findings) {
        VariableReferences check = new VariableReferences(findings);
        check.declare(playbook);
        check.use(playbook);
    }

    private void declare(Playbook playbook) {
        playbook.inputs().forEach(f -> declared.put(f.key(), f.type()));
        playbook.steps().forEach(step -> {
            step.fields().forEach((FieldDef f) -> declared.put(f.key(), f.type()));
            if (step.decision() != null) {
                declared.putIfAbsent(step.decision().recordAs(), null);
                step.decision().options().forEach(o -> o.set().keySet().forEach(k -> declared.putIfAbsent(k, null)));
            }
            if (step.approval() != null) {
                declared.putIfAbsent(step.approval().recordAs(), null);
            }
        });
        declared.remove(null);
    }

    private void use(Playbook playbook) {
        for (Walk.LocatedStep located : Walk.steps(playbook)) {
            Step step = located.step();
            for (int i = 0; i < step.requires().size(); i++) {
                variable(step.requires().get(i), located.at("requires/" + i));
            }
            condition(step.when(), located.at("when"));
            for (int i = 0; i < step.spawns().size(); i++) {
                condition(step.spawns().get(i).when(), located.at("spawns/" + i + "/when"));
            }
            if (step.waiting() != null) {
                dateTimeField(step.waiting().until(), located.at("wait/until"));
            }
            if (step.sla() != null) {
                dateTimeField(step.sla().fromEvent(), located.at("sla/from"));
            }
        }
        for (int i = 0; i < playbook.clocks().size(); i++) {
            ClockDef clock = playbook.clocks().get(i);
            condition(clock.appliesIf(), "/clocks/" + i + "/applies_if");
            dateTimeField(clock.startsOn(), "/clocks/" + i + "/starts_on");
            dateTimeField(clock.stopsOn(), "/clocks/" + i + "/stops_on");
        }
        for (int i = 0; i < playbook.closureCriteria().size(); i++) {
            condition(playbook.closureCriteria().get(i).check(), "/closure_criteria/" + i + "/check");
        }
    }

    private void condition(String text, String pointer) {
        if (text == null) {
            return;
        }
        try {
            Condition.parse(text).variables().forEach(name -> variable(name, pointer));
        } catch (ConditionException e) {
            findings.add(pointer, "cannot read the condition: " + e.getMessage() + " at character "
                    + (e.offset() + 1) + "; write e.g. __var__ = 'value' AND NOT __other__ IN ['a', 'b']");
        }
    }

    private void variable(String name, String pointer) {
        if (!declared.containsKey(name)) {
            findings.add(pointer, "unknown variable '" + name
                    + "': no input, field, decision or option sets it; declare it or fix the name");
        }
    }

    private void dateTimeField(String eventText, String pointer) {
        EventRef event = eventText == null ? null : EventRef.parse(eventText);
        if (event == null || event.kind() != EventRef.Kind.FIELD) {
            return;
        }
        if (!declared.containsKey(event.subject())) {
            variable(event.subject(), pointer);
        } else if (declared.get(event.subject()) != FieldType.DATETIME) {
            findings.add(pointer, "field '" + event.subject()
                    + "' is not a datetime: a clock, wait or SLA counts only from a field of type datetime");
        }
    }
}
