package org.csirtbot.sandbox.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Reads the copied Slack samples from the test classpath ({@code slack-samples/...}), never from disk. */
public final class SlackSamples {

    /** Shared mapper for the kit. */
    public static final ObjectMapper MAPPER = new ObjectMapper();

    /** An HTTP response sample such as {@code web-api/errors/ratelimited_429.http}. */
    public record HttpSample(int status, Map<String, String> headers, String body) {
    }

    private SlackSamples() {
    }

    /** The sample's text, e.g. {@code text("requests/bolt-python_slash_command_body.txt")} (verbatim, trailing newline kept). */
    public static String text(String path) {
        String resource = "slack-samples/" + path;
        try (InputStream in = SlackSamples.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No sample on the classpath: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample parsed as JSON (a fresh, mutable tree each call). */
    public static JsonNode json(String path) {
        try {
            return MAPPER.readTree(text(path));
        } catch (IOException e) {
            throw new UncheckedIOException("Invalid JSON sample " + path, e);
        }
    }

    /** The sample parsed as a JSON object (a fresh, mutable tree each call). */
    public static ObjectNode object(String path) {
        return (ObjectNode) json(path);
    }

    /** A raw HTTP response sample: status line, headers, blank line, body. */
    public static HttpSample http(String path) {
        String[] parts = text(path).replace("\r\n", "\n").split("\n\n", 2);
        String[] head = parts[0].split("\n");
        int status = Integer.parseInt(head[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < head.length; i++) {
            int colon = head[i].indexOf(':');
            headers.put(head[i].substring(0, colon).trim(), head[i].substring(colon + 1).trim());
        }
        return new HttpSample(status, headers, parts.length > 1 ? parts[1].strip() : "");
    }
}
