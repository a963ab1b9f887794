package org.csirtbot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The fake Slack on its own, as benchmarks run it from the jar: the workspace's Web API on a port of its own, each
 * answer after the given latency, Slack's tiers enforced, and what happened at {@code /stats}.
 */
class StandaloneSlackTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private StandaloneSlack slack;

    @AfterEach
    void stop() {
        if (slack != null) {
            slack.stop();
        }
    }

    @Test
    void answersAfterTheLatencyEnforcesTheTiersAndTellsWhatTheBotDid() throws Exception {
        slack = StandaloneSlack.start(Map.of("port", "0", "latency-ms", "60-80", "seed", "7",
                "triage-channel", "C0BENCH01"));

        long started = System.nanoTime();
        HttpResponse<String> auth = call("auth.test", "");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(60));
        assertThat(JSON.readTree(auth.body()).path("user_id").asText()).isEqualTo("UBOT0001");

        // chat.postMessage in one channel: a burst of two, then one a second
        assertThat(call("chat.postMessage", "channel=C0BENCH01&text=first").statusCode()).isEqualTo(200);
        assertThat(call("chat.postMessage", "channel=C0BENCH01&text=second").statusCode()).isEqualTo(200);
        HttpResponse<String> third = call("chat.postMessage", "channel=C0BENCH01&text=third");
        assertThat(third.statusCode()).isEqualTo(429);
        assertThat(third.headers().firstValue("Retry-After")).isPresent();

        JsonNode stats = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(base() + "/stats")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        assertThat(stats.path("calls").path("chat.postMessage").asInt()).isEqualTo(3);
        assertThat(stats.path("calls").path("auth.test").asInt()).isEqualTo(1);
        assertThat(stats.path("rateLimited").path("chat.postMessage").asInt()).isEqualTo(1);
        assertThat(stats.path("rateLimited").has("auth.test")).isFalse();
        assertThat(stats.path("channels").path("C0BENCH01").path("messages").findValuesAsText("text"))
                .containsExactly("first", "second");
        assertThat(stats.path("channels").has(SandboxPeople.TRIAGE_CHANNEL)).as("the sandbox's own channels").isTrue();
    }

    @Test
    void takesOptionsAsNameEqualsValue() {
        assertThat(StandaloneSlack.options(new String[] {"--port=9000", "--latency-ms=50-200"}))
                .containsEntry("port", "9000").containsEntry("latency-ms", "50-200");
        assertThatThrownBy(() -> StandaloneSlack.options(new String[] {"9000"}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StandaloneSlack.start(Map.of("port", "0", "latency-ms", "200-50")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private HttpResponse<String> call(String method, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base() + SandboxWebApi.PATH + method))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Bearer xoxb-test")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String base() {
        return "http://127.0.0.1:" + slack.port();
    }
}
