package org.csirtbot.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.csirtbot.sandbox.workspace.SlackAnswer;
import org.csirtbot.sandbox.workspace.SlackWorkspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One Web API request as Slack takes it, answered by the workspace: form-encoded (a repeated key keeps its first
 * value, as the tests' fake Slack reads it) or JSON (a JSON value such as {@code blocks} or {@code view} passed on as
 * its JSON text), with the token as {@code Authorization: Bearer} or a {@code token} param.
 */
final class SandboxWebApi {

    static final String PATH = "/sandbox/api/";

    private final SlackWorkspace workspace;
    private final ObjectMapper json;

    SandboxWebApi(SlackWorkspace workspace, ObjectMapper json) {
        this.workspace = workspace;
        this.json = json;
    }

    SlackAnswer answer(String method, String contentType, byte[] body, String authorization) throws IOException {
        return workspace.answer(method, params(contentType, body), authorization);
    }

    private Map<String, String> params(String contentType, byte[] body) throws IOException {
        if (contentType == null || !contentType.toLowerCase().startsWith("application/json")) {
            return SlackWorkspace.decodeForm(new String(body, StandardCharsets.UTF_8));
        }
        Map<String, String> params = new LinkedHashMap<>();
        JsonNode object = body.length == 0 ? null : json.readTree(body);
        if (object != null && object.isObject()) {
            object.fields().forEachRemaining(f -> params.put(f.getKey(),
                    f.getValue().isValueNode() ? f.getValue().asText() : f.getValue().toString()));
        }
        return params;
    }
}
