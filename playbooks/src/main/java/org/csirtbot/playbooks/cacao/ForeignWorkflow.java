package org.csirtbot.playbooks.cacao;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The steps of a CACAO workflow without csirtbot data, in the order the workflow reaches them from its start. An
 * action becomes a task, a playbook-action a sub-playbook, a parallel a parallel, and an if-, while- or
 * switch-condition a decision a person takes. CACAO's blocks are kept: the end of a branch leads to the
 * on_completion of the step that opened it (a while-condition's body back to the condition).
 */
final class ForeignWorkflow {

    /** A CACAO step to translate, and where an end inside it leads. */
    private record Visit(String key, String continuation) {
    }

    /** A step id csirtbot keeps as cacao_ref: a lower-case UUIDv4, as CACAO asks of steps. */
    private static final String KEPT_REF = "[a-z][a-z-]*--[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

    private final JsonNode workflow;
    private final List<String> problems;
    private final Map<String, String> stepIds = new LinkedHashMap<>();
    private final Deque<Visit> todo = new ArrayDeque<>();
    private final ArrayNode steps = Trees.array();
    private final ForeignRoles roles;

    ForeignWorkflow(JsonNode cacao, List<String> problems) {
        this.workflow = cacao.path("workflow");
        this.problems = problems;
        this.roles = new ForeignRoles(cacao.path("agent_definitions"));
        String first = target(Trees.text(workflow.path(Trees.text(cacao, "workflow_start")), "on_completion"), "end", "start");
        if ("end".equals(first)) {
            problems.add("the workflow goes from its start straight to the end: there is no step to import");
        }
        while (!todo.isEmpty()) {
            translate(todo.poll());
        }
    }

    ArrayNode steps() {
        return steps;
    }

    ObjectNode roles() {
        return roles.definitions();
    }

    private void translate(Visit visit) {
        JsonNode cacao = workflow.get(visit.key());
        String id = stepIds.get(visit.key());
        String type = Trees.text(cacao, "type");
        String after = target(first(cacao, "on_completion", "on_success"), visit.continuation(), id);
        ObjectNode step = Trees.object().put("id", id);
        if (visit.key().matches(KEPT_REF)) {
            step.put("cacao_ref", visit.key());
        }
        step.set("name", ForeignPlaybook.both(Trees.text(cacao, "name") != null ? Trees.text(cacao, "name") : id));
        switch (type == null ? "" : type) {
            case "action" -> ForeignSteps.task(step, cacao, roles).put("next", after);
            case "playbook-action" -> ForeignSteps.subplaybook(step, cacao, problems).put("next", after);
            case "parallel" -> parallel(step, cacao, after, id);
            case "if-condition" -> ForeignSteps.decision(step, cacao, roles, List.of(
                    option("true", "Yes", "はい", target(Trees.text(cacao, "on_true"), after, id)),
                    option("false", "No", "いいえ", target(Trees.text(cacao, "on_false"), after, id))), after);
            case "while-condition" -> ForeignSteps.decision(step, cacao, roles, List.of(
                    option("true", "Yes", "はい", target(Trees.text(cacao, "on_true"), id, id)),
                    option("false", "No", "いいえ", after)), after);
            case "switch-condition" -> ForeignSteps.decision(step, cacao, roles, cases(cacao, after, id), after);
            default -> problems.add("step " + visit.key() + " has the type " + cacao.path("type")
                    + ", which csirtbot cannot import: use action, playbook-action, parallel, if-, while- or switch-condition");
        }
        step.put("mandatory", true);
        steps.add(step);
    }

    private void parallel(ObjectNode step, JsonNode cacao, String after, String id) {
        step.put("type", "parallel");
        ArrayNode branches = step.putArray("branches");
        cacao.path("next_steps").forEach(next -> branches.add(target(next.asText(), after, id)));
    }

    private List<ObjectNode> cases(JsonNode cacao, String after, String id) {
        Map<String, ObjectNode> options = new LinkedHashMap<>();
        cacao.path("cases").properties().forEach(c -> {
            String optionId = ForeignRoles.unique(ForeignRoles.slug(c.getKey(), "case"), options.keySet());
            options.put(optionId, option(optionId, c.getKey(), c.getKey(), target(c.getValue().asText(), after, id)));
        });
        if (options.size() < 2) {
            options.put("other", option("other", "Other", "その他", after));
        }
        return List.copyOf(options.values());
    }

    private static ObjectNode option(String id, String en, String ja, String next) {
        ObjectNode option = Trees.object().put("id", id);
        option.set("label", Trees.object().put("en", en).put("ja", ja));
        return option.put("next", next);
    }

    /**
     * The step id a CACAO reference leads to: an end (or nothing) leads to {@code continuation}; a step met for the
     * first time gets the next id {@code s1, s2, …} and is translated later with that continuation.
     */
    private String target(String key, String continuation, String from) {
        if (key == null || "end".equals(Trees.text(workflow.get(key), "type"))) {
            return continuation;
        }
        if (!workflow.has(key)) {
            problems.add((from.equals("start") ? "the start" : "step " + from) + " leads to " + key
                    + ", which is not in the workflow: add it or fix the reference");
            return continuation;
        }
        if (!stepIds.containsKey(key)) {
            stepIds.put(key, "s" + (stepIds.size() + 1));
            todo.add(new Visit(key, continuation));
        }
        return stepIds.get(key);
    }

    private static String first(JsonNode node, String field, String otherwise) {
        return Trees.text(node, field) != null ? Trees.text(node, field) : Trees.text(node, otherwise);
    }
}
