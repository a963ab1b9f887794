package org.csirtbot.playbooks.cacao;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.csirtbot.playbooks.model.FieldDef;
import org.csirtbot.playbooks.model.FieldType;
import org.csirtbot.playbooks.model.Playbook;

/** The playbook's variables as CACAO {@code playbook_variables}: inputs (external), recorded fields, decisions. */
final class Variables {

    private static final Map<FieldType, String> TYPES = Map.of(
            FieldType.BOOL, "bool", FieldType.INT, "integer", FieldType.IPV4, "ipv4-addr", FieldType.IPV6, "ipv6-addr",
            FieldType.URL, "uri", FieldType.MD5, "md5-hash", FieldType.SHA256, "sha256-hash", FieldType.SHA1, "hash");

    private Variables() {
    }

    static ObjectNode of(Playbook playbook) {
        ObjectNode variables = Trees.object();
        playbook.inputs().forEach(field -> variables.set(field.key(), field(field).put("external", true)));
        playbook.steps().forEach(step -> {
            step.fields().forEach(field -> variables.set(field.key(), field(field)));
            if (step.decision() != null) {
                variables.set(StepObjects.decisionVariable(step), described("The option chosen at " + step.id()));
                step.decision().options().forEach(o -> o.set().keySet().forEach(key -> variables.putIfAbsent(key,
                        described("Set by option " + o.id() + " of " + step.id()))));
            }
            if (step.approval() != null) {
                variables.set(StepObjects.approvalVariable(step), described("approved or rejected at " + step.id()));
            }
        });
        return variables;
    }

    private static ObjectNode field(FieldDef field) {
        return Trees.object().put("type", TYPES.getOrDefault(field.type(), "string"))
                .put("description", field.label() == null ? field.key() : field.label().en());
    }

    private static ObjectNode described(String description) {
        return Trees.object().put("type", "string").put("description", description);
    }
}
