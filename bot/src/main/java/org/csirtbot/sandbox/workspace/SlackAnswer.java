package org.csirtbot.sandbox.workspace;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * How the fake workspace answers one Web API request, as plain values: whoever serves the model (WireMock in
 * tests, the bot's sandbox later) turns it into HTTP.
 *
 * @param resetConnection true: no answer at all, the connection is reset
 * @param delay           how long to wait before answering (zero: at once)
 */
public record SlackAnswer(int status, String contentType, String body, Map<String, String> headers, Duration delay,
                          boolean resetConnection) {

    static final String JSON = "application/json; charset=utf-8";

    public SlackAnswer {
        headers = Map.copyOf(headers);
    }

    static SlackAnswer json(ObjectNode body) {
        return json(200, body.toString());
    }

    static SlackAnswer json(int status, String body) {
        return new SlackAnswer(status, JSON, body, Map.of(), Duration.ZERO, false);
    }

    /** An HTML error page, as Slack's load balancers answer 5xx. */
    static SlackAnswer html(int status, String reason) {
        return new SlackAnswer(status, "text/html; charset=utf-8", "<html><head><title>" + status + " " + reason
                + "</title></head><body><h1>" + reason + "</h1></body></html>", Map.of(), Duration.ZERO, false);
    }

    /** HTTP 429 with {@code Retry-After}, shaped as slack-samples/web-api/errors/ratelimited_429.http. */
    static SlackAnswer rateLimited(int retryAfterSeconds) {
        SlackSamples.HttpSample sample = SlackSamples.http("web-api/errors/ratelimited_429.http");
        return sample(sample).withHeader("Retry-After", String.valueOf(retryAfterSeconds));
    }

    static SlackAnswer sample(SlackSamples.HttpSample sample) {
        Map<String, String> headers = new LinkedHashMap<>(sample.headers());
        String type = headers.remove("Content-Type");
        return new SlackAnswer(sample.status(), type == null ? JSON : type, sample.body(), headers, Duration.ZERO, false);
    }

    static SlackAnswer connectionReset() {
        return new SlackAnswer(0, JSON, "", Map.of(), Duration.ZERO, true);
    }

    SlackAnswer withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new SlackAnswer(status, contentType, body, more, delay, resetConnection);
    }

    SlackAnswer delayedBy(Duration more) {
        return new SlackAnswer(status, contentType, body, headers, delay.plus(more), resetConnection);
    }
}
