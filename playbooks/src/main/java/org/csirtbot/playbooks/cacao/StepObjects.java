package org.csirtbot.playbooks.cacao;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.csirtbot.playbooks.model.FieldDef;
import org.csirtbot.playbooks.model.Step;
import org.csirtbot.playbooks.model.StepType;

/** What a step's main CACAO object says besides its flow: the manual command, agent, targets, arguments. */
final class StepObjects {

    private StepObjects() {
    }

    /** Takes the English instructions out of {@code tree} into {@code main}, and adds the projections. */
    static void describe(Step step, ObjectNode tree, ObjectNode main, Agents agents) {
        String instructions = Trees.takeEnglish(tree, "instructions");
        if (!"action".equals(main.get("type").asText())) {
            if (instructions != null) {
                main.put("description", instructions);
            }
            if (step.type() == StepType.SUBPLAYBOOK) {
                main.put("playbook_id", CacaoIds.of("playbook", step.subplaybook().playbook()));
            }
            arguments(step, main);
            return;
        }
        ObjectNode command = main.putArray("commands").addObject().put("type", "manual");
        if (instructions != null) {
            command.put("command", instructions);
        }
        main.put("agent", agents.agent(step.owner()));
        if (step.notification() != null) {
            ArrayNode targets = main.putArray("targets");
            step.notification().audience().forEach(a -> targets.add(agents.target(a)));
        }
        if (step.waiting() != null && step.waiting().forDuration() != null) {
            main.put("delay", step.waiting().forDuration().toMillis());
        }
        arguments(step, main);
    }

    /** in_args: what must be set before; out_args: what the step records (CACAO variables). */
    private static void arguments(Step step, ObjectNode main) {
        if (!step.requires().isEmpty() && !"parallel".equals(main.get("type").asText())) {
            main.set("in_args", Trees.arrayOf(step.requires()));
        }
        Set<String> out = new LinkedHashSet<>();
        step.fields().map(FieldDef::key).forEach(out::add);
        if (step.decision() != null) {
            out.add(decisionVariable(step));
        }
        if (step.approval() != null) {
            out.add(approvalVariable(step));
        }
        if (!out.isEmpty() && "action".equals(main.get("type").asText())) {
            main.set("out_args", Trees.arrayOf(out.stream().toList()));
        }
    }

    /** The variable a decision's choice is recorded in (the switch looks at it). */
    static String decisionVariable(Step step) {
        return step.decision().recordAs() != null ? step.decision().recordAs() : variableFor(step, "decision");
    }

    static String approvalVariable(Step step) {
        return step.approval().recordAs() != null ? step.approval().recordAs() : variableFor(step, "approval");
    }

    private static String variableFor(Step step, String what) {
        return "__" + what + "_" + step.id().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_") + "__";
    }
}
