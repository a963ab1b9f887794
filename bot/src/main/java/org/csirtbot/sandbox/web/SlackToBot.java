package org.csirtbot.sandbox.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Sends the bot what Slack would: signed requests to its own {@code /slack/events}, over loopback HTTP to the port
 * the web server listens on, so that they take the real path (signature filter, Bolt, the features' handlers).
 */
@Component
@SandboxEnabled
class SlackToBot {

    private static final String USER_AGENT = "Slackbot 1.0 (+https://api.slack.com/robots)";

    private final SandboxSecret secret;
    private final Clock clock;
    private final Environment environment;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    SlackToBot(SandboxSecret secret, Clock clock, Environment environment) {
        this.secret = secret;
        this.clock = clock;
        this.environment = environment;
    }

    /** A form body: a slash command, or an interaction as {@code payload=}. */
    BotAnswer form(String body) {
        return post("application/x-www-form-urlencoded", body);
    }

    /** An Events API JSON body. */
    BotAnswer event(String json) {
        return post("application/json", json);
    }

    private BotAnswer post(String contentType, String body) {
        String timestamp = String.valueOf(clock.instant().getEpochSecond());
        HttpRequest request = HttpRequest.newBuilder(endpoint()).timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType).header("User-Agent", USER_AGENT)
                .header(SlackSigning.TIMESTAMP_HEADER, timestamp)
                .header(SlackSigning.SIGNATURE_HEADER, SlackSigning.sign(secret.signingSecret(), timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new BotAnswer(true, r.statusCode(), r.body());
        } catch (IOException e) {
            throw new IllegalStateException("The bot did not answer at " + endpoint(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while calling " + endpoint(), e);
        }
    }

    /**
     * A response_url for a command or a click. The bot answers through the Web API and never posts to it; it points
     * back at the sandbox so that nothing would ever leave this machine if it did.
     */
    String responseUrl(String kind) {
        return base() + "/sandbox/response-url/" + kind + "/" + SlackClock.nextTs().replace(".", "");
    }

    private URI endpoint() {
        return URI.create(base() + "/slack/events");
    }

    /** Read at each request: the port is known only once the web server has started. */
    private String base() {
        return "http://127.0.0.1:" + environment.getRequiredProperty("local.server.port");
    }
}
