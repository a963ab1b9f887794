package org.csirtbot.playbooks.cacao;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads back the steps of a workflow written by {@link WorkflowWriter}: each step's extension data, completed with
 * what the CACAO objects say (English name and instructions, guard, where each path leads, references).
 */
final class WorkflowReader {

    private final JsonNode workflow;
    private final List<String> problems;
    private final Map<String, String> mainOf = new HashMap<>();
    private final Map<String, String> partOf = new HashMap<>();
    private final Map<String, String> stepAt = new HashMap<>();

    WorkflowReader(JsonNode workflow, List<String> problems) {
        this.workflow = workflow;
        this.problems = problems;
        workflow.properties().forEach(entry -> {
            ObjectNode data = CsirtbotExtension.dataOf(entry.getValue(), "step_extensions");
            if (data != null && data.has("part_of")) {
                partOf.put(data.get("part_of").asText() + "#" + Trees.text(data, "part"), entry.getKey());
                if ("when".equals(Trees.text(data, "part"))) {
                    stepAt.put(entry.getKey(), data.get("part_of").asText());
                }
            } else if (data != null && data.has("id")) {
                mainOf.put(data.get("id").asText(), entry.getKey());
                stepAt.putIfAbsent(entry.getKey(), data.get("id").asText());
            }
        });
    }

    /** Replaces the step ids listed in each phase of {@code document} with the steps. */
    void fill(ObjectNode document) {
        List<String> order = new ArrayList<>();
        document.withArray("phases").forEach(phase -> phase.path("steps").forEach(id -> order.add(id.asText())));
        int index = 0;
        for (JsonNode phase : document.withArray("phases")) {
            ArrayNode steps = Trees.array();
            for (JsonNode id : phase.path("steps")) {
                index++;
                String successor = index < order.size() ? order.get(index) : "end";
                ObjectNode step = step(id.asText(), successor);
                if (step != null) {
                    steps.add(step);
                }
            }
            ((ObjectNode) phase).set("steps", steps);
        }
    }

    private ObjectNode step(String id, String successor) {
        JsonNode main = workflow.path(String.valueOf(mainOf.get(id)));
        ObjectNode data = CsirtbotExtension.dataOf(main, "step_extensions");
        if (data == null) {
            problems.add("step '" + id + "' is listed in a phase but missing from the workflow");
            return null;
        }
        ObjectNode step = data.deepCopy();
        Trees.putEnglish(step, "name", Trees.text(main, "name"));
        boolean action = "action".equals(Trees.text(main, "type"));
        Trees.putEnglish(step, "instructions", action ? Trees.text(main.path("commands").path(0), "command")
                : Trees.text(main, "description"));
        if (main.has("external_references")) {
            step.set("references", main.get("external_references"));
        }
        JsonNode guard = part(id, "when");
        if (guard != null) {
            step.put("when", Trees.text(guard, "condition"));
        }
        if ("parallel".equals(Trees.text(step, "type"))) {
            ArrayNode branches = step.putArray("branches");
            main.path("next_steps").forEach(target -> branches.add(resolve(target.asText(), id)));
            return step;
        }
        flow(id, step, main, successor);
        return step;
    }

    /** Where the step leads, where each option leads and where a rejection leads. */
    private void flow(String id, ObjectNode step, JsonNode main, String successor) {
        JsonNode decision = part(id, "decision");
        if (decision != null) {
            String fallback = step.has("next") ? step.get("next").asText() : successor;
            for (JsonNode option : step.path("decision").path("options")) {
                String chosen = resolve(Trees.text(decision.path("cases"), option.path("id").asText()), id);
                if (((ObjectNode) option).remove("next_written") != null || !chosen.equals(fallback)) {
                    ((ObjectNode) option).put("next", chosen);
                }
            }
            return;
        }
        JsonNode approval = part(id, "approval");
        String target = Trees.text(approval != null ? approval : main, approval != null ? "on_true" : "on_completion");
        String next = target == null ? "end" : resolve(target, id);
        if (step.remove("next_written") != null || !next.equals(successor)) {
            step.put("next", next);
        }
        if (approval != null && approval.has("on_false")) {
            ((ObjectNode) step.get("approval")).put("on_reject", resolve(Trees.text(approval, "on_false"), id));
        }
    }

    private JsonNode part(String id, String part) {
        String key = partOf.get(id + "#" + part);
        return key == null ? null : workflow.get(key);
    }

    /** The step id a CACAO reference leads to, or {@code end}. */
    private String resolve(String target, String from) {
        if ("end".equals(Trees.text(workflow.path(String.valueOf(target)), "type"))) {
            return "end";
        }
        String step = stepAt.get(target);
        if (step == null) {
            problems.add("step '" + from + "' leads to " + target + ", which is no step of this playbook's workflow");
            return "end";
        }
        return step;
    }
}
