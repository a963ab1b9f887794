package org.csirtbot.playbooks.cacao;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** One foreign CACAO step as a csirt-playbook/1 step (the flow is {@link ForeignWorkflow}'s business). */
final class ForeignSteps {

    private static final String VARIABLE = "__[a-z][a-z0-9_]*__";

    private ForeignSteps() {
    }

    /** An action: a task for the agent's role, its commands as instructions, its out_args as fields to record. */
    static ObjectNode task(ObjectNode step, JsonNode action, ForeignRoles roles) {
        step.put("type", "task").put("owner", roles.of(Trees.text(action, "agent")));
        List<String> lines = new ArrayList<>();
        if (Trees.text(action, "description") != null) {
            lines.add(Trees.text(action, "description"));
        }
        action.path("commands").forEach(command -> lines.add(command(command)));
        step.set("instructions", ForeignPlaybook.both(lines.isEmpty() ? step.path("name").path("en").asText()
                : String.join("\n", lines)));
        ArrayNode record = Trees.array();
        Set<String> keys = new HashSet<>();
        for (JsonNode argument : action.path("out_args")) {
            String key = variable(argument.asText());
            if (key != null && keys.add(key)) {
                ObjectNode field = record.addObject().put("key", key);
                field.set("label", ForeignPlaybook.both(argument.asText()));
                field.put("type", "string").put("required", false);
            }
        }
        if (!record.isEmpty()) {
            step.set("record", record);
        }
        return step;
    }

    static ObjectNode subplaybook(ObjectNode step, JsonNode action, List<String> problems) {
        String playbook = Trees.text(action, "playbook_id");
        if (playbook == null || !playbook.toLowerCase(Locale.ROOT).matches("playbook--[0-9a-f-]{36}")) {
            problems.add("playbook-action " + step.get("id").asText() + " names no playbook (playbook_id): add the id "
                    + "of the playbook it runs");
            playbook = "playbook--unknown";
        }
        step.put("type", "subplaybook");
        if (Trees.text(action, "description") != null) {
            step.set("instructions", ForeignPlaybook.both(Trees.text(action, "description")));
        }
        step.putObject("subplaybook").put("playbook", playbook.toLowerCase(Locale.ROOT)).put("wait", true);
        return step;
    }

    /** A condition a person decides: the condition (or switch variable) is the question. */
    static void decision(ObjectNode step, JsonNode condition, ForeignRoles roles, List<ObjectNode> options, String next) {
        String question = Trees.text(condition, "condition") != null ? Trees.text(condition, "condition")
                : "Value of " + Trees.text(condition, "switch");
        step.put("type", "decision").put("owner", roles.responder());
        step.set("instructions", ForeignPlaybook.both(Trees.text(condition, "description") != null
                ? Trees.text(condition, "description") : "Decide: " + question));
        ObjectNode decision = step.putObject("decision");
        decision.set("question", ForeignPlaybook.both(question));
        decision.putArray("options").addAll(options);
        String recordAs = variable(String.valueOf(Trees.text(condition, "switch")));
        if (recordAs != null) {
            decision.put("record_as", recordAs);
        }
        step.put("next", next);
    }

    private static String command(JsonNode command) {
        String text = Trees.text(command, "command");
        if (text == null && Trees.text(command, "command_b64") != null) {
            text = decoded(Trees.text(command, "command_b64"));
        }
        String type = Trees.text(command, "type");
        String described = Trees.text(command, "description");
        String body = text != null ? text : described != null ? described : "(no command text)";
        return "manual".equals(type) ? body : type + ": " + body;
    }

    private static String decoded(String base64) {
        try {
            return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "(command_b64 is not Base64: " + base64 + ")";
        }
    }

    /** A CACAO variable name ({@code __Name-1__:value}) as a csirtbot variable, or null if it cannot be one. */
    static String variable(String reference) {
        String name = reference.replaceAll(":value$", "").toLowerCase(Locale.ROOT).replace('-', '_');
        return name.matches(VARIABLE) ? name : null;
    }
}
