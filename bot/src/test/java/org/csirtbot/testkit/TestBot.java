package org.csirtbot.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.test.context.DynamicPropertyRegistry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The configuration of a bot under test (HTTP mode against the stub) and a client for its read API. */
public final class TestBot {

    public static final String BOT_TOKEN = "xoxb-test-token";
    public static final String SIGNING_SECRET = "test-signing-secret";
    public static final String API_TOKEN = "test-api-token";
    public static final String TRIAGE = "CTRIAGE01";
    public static final String RESPONDER = "UCSIRT001";
    public static final String SECOND_RESPONDER = "UCSIRT002";
    public static final String EMPLOYEE = "UEMPLOY01";
    public static final String GENERAL = "CGENERAL1";

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private TestBot() {
    }

    /** Slack in HTTP mode against the stub, triage channel, two responders, the API on, data in the dir. */
    public static void properties(DynamicPropertyRegistry registry, SlackApiStub slack, Path dataDir) {
        httpModeProperties(slack, dataDir).forEach((k, v) -> registry.add(k, () -> v));
    }

    public static Map<String, String> httpModeProperties(SlackApiStub slack, Path dataDir) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("slack.bot-token", BOT_TOKEN);
        p.put("slack.signing-secret", SIGNING_SECRET);
        p.put("slack.api-url", slack.baseUrl());
        p.put("csirtbot.triage-channel", TRIAGE);
        p.put("csirtbot.responders", RESPONDER + "," + SECOND_RESPONDER);
        p.put("csirtbot.api-token", API_TOKEN);
        p.put("csirtbot.storage.data-dir", dataDir.toString());
        return p;
    }

    /** GET on the read API with the right token; the status and the JSON body. */
    public static ApiResponse api(int port, String path) {
        return api(port, path, API_TOKEN);
    }

    public static ApiResponse api(int port, String path, String token) {
        HttpResponse<String> response = get(port, path, token);
        try {
            return new ApiResponse(response.statusCode(), JSON.readTree(response.body().isEmpty() ? "null" : response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The body of a plain GET, such as {@code /actuator/prometheus}. */
    public static String text(int port, String path) {
        return get(port, path, null).body();
    }

    private static HttpResponse<String> get(int port, String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An API answer. */
    public record ApiResponse(int status, JsonNode body) {
    }
}
