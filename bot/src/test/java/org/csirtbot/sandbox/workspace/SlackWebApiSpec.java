package org.csirtbot.sandbox.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Slack's published Web API specification (OpenAPI 2.0, test resource {@code slack-api-specs/}): each method's
 * success schema and the error codes its error schema lists. OpenAPI 2.0 schemas are JSON Schema draft 4 whose
 * {@code $ref}s point into the document's {@code #/definitions}, so each schema is validated with those
 * definitions beside it.
 */
final class SlackWebApiSpec {

    static final String RESOURCE = "/slack-api-specs/slack_web_openapi_v2_without_examples.json";

    private final JsonNode spec;
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);

    private SlackWebApiSpec(JsonNode spec) {
        this.spec = spec;
    }

    static SlackWebApiSpec load() {
        try (InputStream in = SlackWebApiSpec.class.getResourceAsStream(RESOURCE)) {
            return new SlackWebApiSpec(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean describes(String method) {
        return !operation(method).isMissingNode();
    }

    /** What is wrong with this body as the method's success answer (HTTP 200); empty when it matches. */
    Set<String> successProblems(String method, JsonNode body) {
        return problems(response(method, "200"), body);
    }

    /** What is wrong with this body as the method's error answer; empty when it matches. */
    Set<String> errorProblems(String method, JsonNode body) {
        return problems(response(method, "default"), body);
    }

    /** The error codes the spec lists for the method. */
    Set<String> errors(String method) {
        Set<String> codes = new LinkedHashSet<>();
        response(method, "default").path("properties").path("error").path("enum").forEach(e -> codes.add(e.asText()));
        return codes;
    }

    private Set<String> problems(JsonNode schema, JsonNode body) {
        ObjectNode withDefinitions = schema.deepCopy();
        withDefinitions.set("definitions", spec.get("definitions"));
        JsonSchema jsonSchema = factory.getSchema(withDefinitions);
        Set<String> problems = new LinkedHashSet<>();
        jsonSchema.validate(body).stream().map(ValidationMessage::getMessage).forEach(problems::add);
        return problems;
    }

    private JsonNode response(String method, String status) {
        JsonNode schema = operation(method).path("responses").path(status).path("schema");
        if (!schema.isObject()) {
            throw new IllegalArgumentException("the spec has no " + status + " schema for " + method);
        }
        return schema;
    }

    /** Each method has one operation (get or post; Slack accepts both). */
    private JsonNode operation(String method) {
        JsonNode path = spec.path("paths").path("/" + method);
        return path.has("post") ? path.get("post") : path.path("get");
    }
}
