package org.csirtbot.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** One person acting in the sandbox through its act endpoints ({@code POST /sandbox/act/<kind>}), as the page does. */
record PersonActs(int port, String as) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** What the act answered: {@code {sent, status, body}}. */
    JsonNode act(String kind, Map<String, Object> fields) {
        Map<String, Object> body = new LinkedHashMap<>(fields);
        body.put("as", as);
        try {
            return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/sandbox/act/" + kind))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the person sees: {@code GET /sandbox/seen?as=}, their conversations with their ephemeral messages. */
    JsonNode seen() {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/sandbox/seen?as=" + as)).build());
    }

    private static JsonNode send(HttpRequest request) {
        try {
            return JSON.readTree(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The id of the form on the person's screen in the workspace's state, or null. */
    String form(JsonNode state) {
        for (JsonNode view : state.path("views")) {
            if (as.equals(view.path("user").asText())) {
                return view.path("id").asText();
            }
        }
        return null;
    }

    /** The ts of the person's latest message in the channel, or null. */
    String lastMessageIn(JsonNode channel) {
        String ts = null;
        for (JsonNode message : channel == null ? JSON.createArrayNode() : channel.path("messages")) {
            if (as.equals(message.path("user").asText())) {
                ts = message.path("ts").asText();
            }
        }
        return ts;
    }

    /** The message of the channel with this ts, or null when there is none. */
    JsonNode message(JsonNode channel, String ts) {
        for (JsonNode message : channel.path("messages")) {
            if (ts.equals(message.path("ts").asText())) {
                return message;
            }
        }
        return null;
    }
}
