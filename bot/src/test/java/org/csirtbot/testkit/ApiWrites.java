package org.csirtbot.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

/** POSTs and PUTs to the API, as a tool of the CSIRT would; the answer as {@link TestBot.ApiResponse}. */
public final class ApiWrites {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ApiWrites() {
    }

    /** POST {@code json} with the right token. */
    public static TestBot.ApiResponse post(int port, String path, String json) {
        return post(port, path, json, TestBot.API_TOKEN);
    }

    /** POST {@code json} with {@code token} (null: none). */
    public static TestBot.ApiResponse post(int port, String path, String json, String token) {
        HttpResponse<String> response = postRaw(port, path, json, token);
        try {
            return new TestBot.ApiResponse(response.statusCode(),
                    JSON.readTree(response.body().isEmpty() ? "null" : response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** POST {@code json} with {@code token} (null: none); the raw answer, for bodies that are not JSON. */
    public static HttpResponse<String> postRaw(int port, String path, String json, String token) {
        return TestBot.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)), token);
    }

    /** PUT {@code body} (sent as it is, JSON or not) with {@code token} (null: none). */
    public static TestBot.ApiResponse put(int port, String path, String body, String token) {
        HttpResponse<String> response = TestBot.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)), token);
        try {
            return new TestBot.ApiResponse(response.statusCode(),
                    JSON.readTree(response.body().isEmpty() ? "null" : response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
