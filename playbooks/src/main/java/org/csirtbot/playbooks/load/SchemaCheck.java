package org.csirtbot.playbooks.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/** Checks a YAML tree against csirt-playbook-1.schema.json and says each failure in the author's terms. */
final class SchemaCheck {

    static final String SCHEMA_RESOURCE = "/csirt-playbook-1.schema.json";

    /** Compiled once: compiling takes a while and a compiled schema is safe to share between threads. */
    private static final JsonSchema SCHEMA = compile();

    private static JsonSchema compile() {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true)
                .locale(Locale.ENGLISH)
                .build();
        try (InputStream in = SchemaCheck.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void check(JsonNode root, Findings findings) {
        for (ValidationMessage message : SCHEMA.validate(root)) {
            String pointer = message.getInstanceLocation().toString();
            switch (message.getType()) {
                case "required" -> findings.add(pointer, where(pointer) + " lacks the required field '"
                        + message.getProperty() + "': add it");
                case "additionalProperties" -> findings.add(pointer + "/" + message.getProperty(), "unknown field '"
                        + message.getProperty() + "' in " + where(pointer) + ": remove it or fix its spelling");
                case "enum" -> findings.add(pointer, quoted(message.getInstanceNode()) + " is not allowed at "
                        + where(pointer) + ": use one of " + message.getSchemaNode());
                case "const" -> findings.add(pointer, where(pointer) + " must be " + message.getSchemaNode());
                case "pattern" -> findings.add(pointer, quoted(message.getInstanceNode()) + " at " + where(pointer)
                        + " is not written as expected: it must match " + message.getSchemaNode().asText()
                        + " (see FORMAT.md)");
                default -> findings.add(pointer, where(pointer) + ": " + withoutPath(message.getMessage())
                        + "; fix it as FORMAT.md describes");
            }
        }
    }

    private static String where(String pointer) {
        return pointer.isEmpty() ? "the playbook" : Findings.yamlPath(pointer);
    }

    private static String quoted(JsonNode node) {
        return node.isTextual() ? "'" + node.asText() + "'" : node.toString();
    }

    /** The validator puts the instance path before a colon; the problem says where already. */
    private static String withoutPath(String message) {
        int colon = message.indexOf(": ");
        return colon >= 0 ? message.substring(colon + 2) : message;
    }
}
