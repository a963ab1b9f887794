package org.csirtbot.bench.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Plain GETs of JSON on loopback, for the harness's own questions (health, stats, the bot's API). */
public final class Http {

    public static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** An answer: its status and its body as JSON (a missing node when it is not JSON). */
    public record Answer(int status, JsonNode body) {
    }

    /** An answer read as text (Markdown, say). */
    public record Text(int status, String body) {
    }

    private Http() {
    }

    public static Text getText(String url, String bearer) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + bearer).GET().build();
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Text(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: GET " + url, e);
        }
    }

    static Answer get(String url, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET();
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        try {
            HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            JsonNode body;
            try {
                body = JSON.readTree(response.body());
            } catch (IOException notJson) {
                body = JSON.missingNode();
            }
            return new Answer(response.statusCode(), body == null ? JSON.missingNode() : body);
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: GET " + url, e);
        }
    }

    /** Whether GET answers, ignoring a refused connection (the server is not up yet). */
    public static boolean answers(String url, String bearer, java.util.function.Predicate<Answer> check) {
        try {
            return check.test(get(url, bearer));
        } catch (UncheckedIOException notYet) {
            return false;
        }
    }
}
