package org.csirtbot.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.csirtbot.sandbox.web.SlackSigning;
import org.csirtbot.sandbox.workspace.SlackTriggers;
import org.csirtbot.testkit.fakeslack.FakeSlackWorkspace;

/** Sends signed requests to the app's {@code POST /slack/events} exactly as Slack does (form bodies, payload=, JSON events). */
public class SignedSlackRequests {

    /** Content type of slash commands and interactivity (Slack sends no charset). */
    public static final String FORM = "application/x-www-form-urlencoded";
    /** Content type of Events API requests. */
    public static final String JSON = "application/json";
    /** Header carrying the request's Unix time in seconds. */
    public static final String TIMESTAMP_HEADER = SlackSigning.TIMESTAMP_HEADER;
    /** Header carrying {@code v0=<hex hmac>}. */
    public static final String SIGNATURE_HEADER = SlackSigning.SIGNATURE_HEADER;
    /** Header of an Events API retry: which one (1 to 3). */
    public static final String RETRY_NUM_HEADER = "X-Slack-Retry-Num";
    /** Header of an Events API retry: why, e.g. {@code http_timeout}. */
    public static final String RETRY_REASON_HEADER = "X-Slack-Retry-Reason";
    /** Path of the app's Slack endpoint. */
    public static final String PATH = "/slack/events";

    private static final String USER_AGENT = "Slackbot 1.0 (+https://api.slack.com/robots)";
    private static final long TEN_MINUTES = 600;

    /** The app's answer. */
    public record Response(int status, String body, Map<String, List<String>> headers) {
        /** The first value of a header, case-insensitively. */
        public Optional<String> header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst();
        }
    }

    private final URI endpoint;
    private final String signingSecret;
    private final Supplier<String> responseUrls;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private volatile String lastTriggerId;
    private volatile String lastResponseUrl;

    /** Targets {@code http://127.0.0.1:<appPort>/slack/events}; slash-command response_urls are Slack-shaped (unreachable). */
    public SignedSlackRequests(int appPort, String signingSecret) {
        this(appPort, signingSecret, () -> SlackPayloads.slackResponseUrl("commands"));
    }

    /** As above, with slash-command response_urls from {@link FakeSlackWorkspace#responseUrl()} so the app can post to them. */
    public SignedSlackRequests(int appPort, String signingSecret, FakeSlackWorkspace slack) {
        this(appPort, signingSecret, slack::responseUrl);
    }

    private SignedSlackRequests(int appPort, String signingSecret, Supplier<String> responseUrls) {
        this.endpoint = URI.create("http://127.0.0.1:" + appPort + PATH);
        this.signingSecret = signingSecret;
        this.responseUrls = responseUrls;
    }

    /** The URL requests go to. */
    public URI endpoint() {
        return endpoint;
    }

    /** Sends a slash command (full realistic form, fresh trigger_id and response_url). */
    public Response slashCommand(String command, String text, String userId, String channelId) {
        lastTriggerId = SlackPayloads.newTriggerId();
        lastResponseUrl = responseUrls.get();
        return form(SlackPayloads.slashCommandForm(command, text, userId, channelId, lastResponseUrl, lastTriggerId));
    }

    /** Sends form fields, form-encoded and signed (e.g. a tweaked {@link SlackPayloads#slashCommandForm}). */
    public Response form(Map<String, String> fields) {
        return send(FORM, formBody(fields), Map.of());
    }

    /** A click on a message's button: {@code block_actions} with a fresh trigger, as Slack sends it. */
    public Response click(String userId, String channelId, String messageTs, String actionId, String value) {
        return interaction(SlackPayloads.blockActions(userId, channelId, messageTs, actionId, value,
                SlackPayloads.newTriggerId()));
    }

    /** Sends an interactivity payload as {@code payload=<url-encoded json>}, signed. */
    public Response interaction(String payloadJson) {
        return send(FORM, interactionBody(payloadJson), Map.of());
    }

    /** Sends an Events API JSON body, signed. */
    public Response event(String json) {
        return send(JSON, json, Map.of());
    }

    /**
     * Sends an Events API body again, as Slack's retry {@code retryNum} (1 to 3) after it saw no answer in
     * three seconds: same body and event_id, with {@code X-Slack-Retry-Num} and {@code X-Slack-Retry-Reason}.
     */
    public Response eventRetry(String json, int retryNum) {
        return send(JSON, json, Map.of(RETRY_NUM_HEADER, String.valueOf(retryNum), RETRY_REASON_HEADER, "http_timeout"));
    }

    /**
     * Sends the body as-is with these extra headers. Signs it now unless the headers carry a signature; if they
     * carry only a timestamp, signs for that timestamp.
     */
    public Response send(String contentType, String body, Map<String, String> headers) {
        Map<String, String> all = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        all.putAll(headers);
        if (!all.containsKey(SIGNATURE_HEADER)) {
            String ts = all.computeIfAbsent(TIMESTAMP_HEADER, k -> String.valueOf(now()));
            all.put(SIGNATURE_HEADER, sign(signingSecret, ts, body));
        }
        return post(contentType, body, all);
    }

    /** Sends the body with no signature headers at all. */
    public Response unsigned(String contentType, String body) {
        return post(contentType, body, Map.of());
    }

    /** Sends the body with a current timestamp but a signature made with another secret. */
    public Response wrongSignature(String contentType, String body) {
        String ts = String.valueOf(now());
        return post(contentType, body, Map.of(TIMESTAMP_HEADER, ts,
                SIGNATURE_HEADER, sign(signingSecret + "-not-it", ts, body)));
    }

    /** Sends the body correctly signed for a timestamp 10 minutes in the past (a replay). */
    public Response staleTimestamp(String contentType, String body) {
        return send(contentType, body, Map.of(TIMESTAMP_HEADER, String.valueOf(now() - TEN_MINUTES)));
    }

    /** Sends the body correctly signed for a timestamp 10 minutes in the future. */
    public Response futureTimestamp(String contentType, String body) {
        return send(contentType, body, Map.of(TIMESTAMP_HEADER, String.valueOf(now() + TEN_MINUTES)));
    }

    /** The trigger_id of the last {@link #slashCommand}. */
    public String lastTriggerId() {
        return lastTriggerId;
    }

    /** The response_url of the last {@link #slashCommand}. */
    public String lastResponseUrl() {
        return lastResponseUrl;
    }

    /** The two signature headers Slack would send with this body now (e.g. for Bolt's RequestHeaders in unit tests). */
    public static Map<String, String> signatureHeaders(String signingSecret, String body) {
        String ts = String.valueOf(now());
        return Map.of(TIMESTAMP_HEADER, ts, SIGNATURE_HEADER, sign(signingSecret, ts, body));
    }

    /** {@code v0=hex(HmacSHA256(secret, "v0:" + timestamp + ":" + body))} over the body's UTF-8 bytes. */
    public static String sign(String signingSecret, String timestamp, String body) {
        return SlackSigning.sign(signingSecret, timestamp, body);
    }

    /** Form-encodes fields in order as Slack does (UTF-8, space as '+'). */
    public static String formBody(Map<String, String> fields) {
        return SlackSigning.formBody(fields);
    }

    /** The interactivity body {@code payload=<url-encoded json>}. */
    public static String interactionBody(String payloadJson) {
        return SlackSigning.interactionBody(payloadJson);
    }

    private Response post(String contentType, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType)
                .header("User-Agent", USER_AGENT)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.getBytes(StandardCharsets.UTF_8)));
        headers.forEach(request::setHeader);
        SlackTriggers.sentIn(body);
        try {
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(r.statusCode(), r.body(), new LinkedHashMap<>(r.headers().map()));
        } catch (IOException e) {
            throw new UncheckedIOException("POST " + endpoint + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while calling " + endpoint, e);
        }
    }

    /** The bot's time: the shared bot checks signatures by its {@link TestClock}. */
    private static long now() {
        return TestClock.shared().instant().getEpochSecond();
    }
}
