package org.csirtbot.playbooks.exercise;

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

/**
 * The JSON Schema of scenario files, {@code csirt-exercise-1.schema.json}, when it is on the classpath; without it
 * only {@link ScenarioReader}'s own checks apply, which cover what the bot relies on.
 */
final class ScenarioSchema {

    static final String RESOURCE = "/csirt-exercise-1.schema.json";

    private final JsonSchema schema;

    private ScenarioSchema(JsonSchema schema) {
        this.schema = schema;
    }

    static ScenarioSchema fromClasspath() {
        return new ScenarioSchema(compile(RESOURCE));
    }

    /** Null when the schema is not on the classpath. */
    static JsonSchema compile(String resource) {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_PATH)
                .formatAssertionsEnabled(true).locale(Locale.ENGLISH).build();
        try (InputStream in = ScenarioSchema.class.getResourceAsStream(resource)) {
            return in == null ? null
                    : JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void check(JsonNode root, Fields fields) {
        if (schema == null) {
            return;
        }
        for (ValidationMessage message : schema.validate(root)) {
            String where = message.getInstanceLocation().toString().replaceFirst("^\\$\\.?", "");
            String text = message.getMessage();
            int colon = text.indexOf(": ");
            fields.problem(where.isEmpty() ? "the scenario" : where,
                    (colon >= 0 ? text.substring(colon + 2) : text) + " (csirt-exercise-1.schema.json)");
        }
    }
}
