package org.csirtbot.playbooks.cacao;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import org.csirtbot.playbooks.model.Phase;
import org.csirtbot.playbooks.model.Playbook;
import org.csirtbot.playbooks.model.Step;
import org.csirtbot.playbooks.model.StepType;

/**
 * Writes the steps as CACAO workflow steps (CACAO.md, "Steps"): each step becomes its main object (action,
 * playbook-action or parallel) with the step's extension data, plus an if-condition for a {@code when} guard, a
 * switch-condition for a decision, an if-condition for an approval, and an end for every path that ends. Branches
 * point straight at the step they lead to; no switch or if has an on_completion, which in CACAO would run after
 * each branch. The step trees of {@code document} are moved out of its phases, which keep only the step ids.
 */
final class WorkflowWriter {

    private final Playbook playbook;
    private final ObjectNode document;
    private final Agents agents;
    private final ObjectNode workflow = Trees.object();
    private final Map<String, String> entries = new HashMap<>();
    final ArrayNode stepReferences = Trees.array();

    WorkflowWriter(Playbook playbook, ObjectNode document, Agents agents) {
        this.playbook = playbook;
        this.document = document;
        this.agents = agents;
        playbook.steps().forEach(step -> entries.put(step.id(), entry(step)));
    }

    /** The workflow, beginning with its start step. */
    ObjectNode write() {
        String start = CacaoIds.of("start", playbook.id() + "/start");
        workflow.set(start, Trees.object().put("type", "start").put("on_completion", entries.get(playbook.firstStep().id())));
        for (int p = 0; p < playbook.phases().size(); p++) {
            Phase phase = playbook.phases().get(p);
            ObjectNode phaseTree = (ObjectNode) document.withArray("phases").get(p);
            ArrayNode stepTrees = (ArrayNode) phaseTree.remove("steps");
            ArrayNode ids = phaseTree.putArray("steps");
            for (int s = 0; s < phase.steps().size(); s++) {
                Step step = phase.steps().get(s);
                ids.add(step.id());
                write(step, (ObjectNode) stepTrees.get(s));
            }
        }
        return workflow;
    }

    String start() {
        return workflow.fieldNames().next();
    }

    private void write(Step step, ObjectNode tree) {
        String successor = playbook.successor(step);
        if (step.when() != null) {
            guard(step, tree, successor);
        }
        ObjectNode main = Trees.object().put("type", mainType(step));
        workflow.set(mainId(step), main);
        main.put("name", Trees.takeEnglish(tree, "name"));
        StepObjects.describe(step, tree, main, agents);
        JsonNode references = tree.remove("references");
        if (references != null) {
            main.set("external_references", references);
            stepReferences.addAll((ArrayNode) references);
        }
        if (step.type() != StepType.PARALLEL && step.type() != StepType.DECISION) {
            flagWrittenNext(tree);
        }
        switch (step.type()) {
            case DECISION -> main.put("on_completion", decision(step, tree, successor));
            case APPROVAL -> main.put("on_completion", approval(step, tree, successor));
            case PARALLEL -> parallel(step, tree, main);
            default -> main.put("on_completion", target(successor, step, "next"));
        }
        main.putObject("step_extensions").set(CsirtbotExtension.ID, tree);
    }

    /** The step's when: the step if it holds, else where the step would lead. */
    private void guard(Step step, ObjectNode tree, String successor) {
        tree.remove("when");
        ObjectNode guard = Trees.object().put("type", "if-condition").put("name", "When: " + step.when())
                .put("condition", step.when()).put("on_true", mainId(step));
        workflow.set(entries.get(step.id()), part(guard.put("on_false", target(successor, step, "passed")), step, "when"));
    }

    private String decision(Step step, ObjectNode tree, String successor) {
        String id = CacaoIds.of("switch-condition", playbook.id() + "/" + step.id() + "#decision");
        ObjectNode cases = Trees.object();
        for (JsonNode option : tree.path("decision").path("options")) {
            String optionId = option.get("id").asText();
            String next = option.has("next") ? option.get("next").asText() : successor;
            flagWrittenNext((ObjectNode) option);
            cases.put(optionId, target(next, step, "option:" + optionId));
        }
        ObjectNode choice = Trees.object().put("type", "switch-condition").put("name", step.decision().question().en())
                .put("switch", StepObjects.decisionVariable(step) + ":value");
        choice.set("cases", cases);
        workflow.set(id, part(choice, step, "decision"));
        return id;
    }

    private String approval(Step step, ObjectNode tree, String successor) {
        String id = CacaoIds.of("if-condition", playbook.id() + "/" + step.id() + "#approval");
        ObjectNode condition = Trees.object().put("type", "if-condition").put("name", "Approved?")
                .put("condition", StepObjects.approvalVariable(step) + ":value = 'approved'")
                .put("on_true", target(successor, step, "next"));
        JsonNode onReject = ((ObjectNode) tree.get("approval")).remove("on_reject");
        if (onReject != null) {
            condition.put("on_false", target(onReject.asText(), step, "reject"));
        }
        workflow.set(id, part(condition, step, "approval"));
        return id;
    }

    private void parallel(Step step, ObjectNode tree, ObjectNode main) {
        tree.remove("branches");
        ArrayNode next = main.putArray("next_steps");
        for (int i = 0; i < step.branches().size(); i++) {
            next.add(target(step.branches().get(i), step, "branch:" + i));
        }
        main.put("on_completion", target(Step.END, step, "joined"));
    }

    /** Where a reference leads: a step's entry, or an end step of its own for this place. */
    private String target(String ref, Step from, String place) {
        if (!Step.END.equals(ref)) {
            return entries.get(ref);
        }
        String id = CacaoIds.of("end", playbook.id() + "/" + from.id() + "#" + place);
        workflow.set(id, Trees.object().put("type", "end"));
        return id;
    }

    /** A next written in the YAML (rather than implied by the order) is kept as a flag; CACAO says where it leads. */
    private static void flagWrittenNext(ObjectNode holder) {
        if (holder.remove("next") != null) {
            holder.put("next_written", true);
        }
    }

    /** Marks a helper object as a part of a step, so import knows where it belongs. */
    private static ObjectNode part(ObjectNode object, Step step, String part) {
        object.putObject("step_extensions").putObject(CsirtbotExtension.ID).put("part_of", step.id()).put("part", part);
        return object;
    }

    private String entry(Step step) {
        return step.when() != null ? CacaoIds.of("if-condition", playbook.id() + "/" + step.id() + "#when") : mainId(step);
    }

    private String mainId(Step step) {
        String type = mainType(step);
        String kept = step.cacaoRef();
        return kept != null && kept.startsWith(type + "--") ? kept : CacaoIds.of(type, playbook.id() + "/" + step.id());
    }

    static String mainType(Step step) {
        return switch (step.type()) {
            case SUBPLAYBOOK -> "playbook-action";
            case PARALLEL -> "parallel";
            default -> "action";
        };
    }
}
