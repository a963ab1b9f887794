package org.csirtbot.testkit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.csirtbot.sandbox.workspace.SlackSamples;
import org.csirtbot.testkit.fakeslack.FakeSlackWorkspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.app_backend.SlackSignature;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.util.SlackRequestParser;
import com.slack.api.model.event.MemberJoinedChannelEvent;
import com.slack.api.model.view.ViewState;

/**
 * Checks the kit's signer against Slack's golden vector, and that what {@link SignedSlackRequests} puts on the wire
 * (captured by a fake app) passes Bolt's own signature verification and request parsing.
 */
class SignedSlackRequestsTests {

    private static final String SECRET = "test-signing-secret-0123456789abcdef";
    private static final WireMockServer fakeApp = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    private static final FakeSlackWorkspace slackApi = new FakeSlackWorkspace();
    private static Slack slack;
    private static SignedSlackRequests slackSends;

    private final AtomicReference<Object> handled = new AtomicReference<>();

    @BeforeAll
    static void start() {
        fakeApp.start();
        fakeApp.stubFor(post(urlEqualTo("/slack/events")).willReturn(aResponse().withStatus(200)
                .withHeader("X-Fake-App", "yes").withBody("captured")));
        slackApi.start();
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slackApi.baseUrl());
        slack = Slack.getInstance(config);
        slackSends = new SignedSlackRequests(fakeApp.port(), SECRET, slackApi);
    }

    @AfterAll
    static void stop() throws Exception {
        slack.close();
        slackApi.stop();
        fakeApp.stop();
    }

    @BeforeEach
    void clear() {
        fakeApp.resetRequests();
        slackApi.reset();
        // requests are dated by the shared test clock, and Bolt here checks them against the real one: a test run
        // before in this JVM may have left the clock set
        TestClock.shared().release();
    }

    @Test
    void signerMatchesSlacksGoldenVector() {
        String body = golden();
        String expected = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

        assertThat(SignedSlackRequests.sign("8f742231b10e8888abcd99yyyzzz85a5", "1531420618", body)).isEqualTo(expected);
        SlackSignature.Verifier verifier = new SlackSignature.Verifier(
                new SlackSignature.Generator("8f742231b10e8888abcd99yyyzzz85a5"));
        assertThat(verifier.isValid("1531420618", body, expected, 1531420618_000L + 1000)).isTrue();
    }

    @Test
    void slashCommandIsARealisticSignedFormThatBoltAccepts() {
        SignedSlackRequests.Response response = slackSends.slashCommand("/incident", "declare DB leak & \"ransom\" 東京", "U0ALICE", "C0GENERAL");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("captured");
        LoggedRequest sent = lastSent();
        assertThat(sent.getHeader("Content-Type")).isEqualTo(SignedSlackRequests.FORM);
        assertThat(verifier().isValid(sent.getHeader(SignedSlackRequests.TIMESTAMP_HEADER), body(sent),
                sent.getHeader(SignedSlackRequests.SIGNATURE_HEADER))).isTrue();
        assertThat(body(sent)).contains("command=%2Fincident", "text=declare+DB+leak+%26+%22ransom%22+%E6%9D%B1%E4%BA%AC");

        Map<String, String> form = FakeSlackWorkspace.decodeForm(body(sent));
        assertThat(form.keySet()).containsExactly("token", "team_id", "team_domain", "channel_id", "channel_name",
                "user_id", "user_name", "command", "text", "api_app_id", "is_enterprise_install", "response_url",
                "trigger_id");
        assertThat(form).containsEntry("team_id", SlackTestIds.TEAM_ID).containsEntry("user_id", "U0ALICE")
                .containsEntry("channel_id", "C0GENERAL").containsEntry("trigger_id", slackSends.lastTriggerId())
                .containsEntry("response_url", slackSends.lastResponseUrl());
        assertThat(slackSends.lastResponseUrl()).startsWith("http://127.0.0.1:" + slackApi.port() + "/response-url/");

        App app = app();
        app.command("/incident", (req, ctx) -> {
            handled.set(req.getPayload());
            return ctx.ack();
        });
        assertThat(runInBolt(app, sent)).isEqualTo(200);
        assertThat(((SlashCommandPayload) handled.get()).getText()).isEqualTo("declare DB leak & \"ransom\" 東京");
    }

    @Test
    void triggerIdsAndResponseUrlsAreFreshPerCommand() {
        slackSends.slashCommand("/incident", "", "U1", "C1");
        String firstTrigger = slackSends.lastTriggerId();
        String firstUrl = slackSends.lastResponseUrl();
        slackSends.slashCommand("/incident", "", "U1", "C1");
        assertThat(slackSends.lastTriggerId()).isNotEqualTo(firstTrigger).matches("\\d+\\.\\d+\\.[0-9a-f]{32}");
        assertThat(slackSends.lastResponseUrl()).isNotEqualTo(firstUrl);
    }

    @Test
    void viewSubmissionIsSentAsPayloadFieldAndBoltParsesTheState() {
        String payload = SlackPayloads.viewSubmission("U0ALICE", "declare_incident", "V0K1", "{\"channel\":\"C1\"}",
                Map.of("title", Map.of("title_input", SlackPayloads.plainText("DB \"leak\"\nline 2")),
                        "severity", Map.of("severity_select", SlackPayloads.staticSelect("sev1")),
                        "responders", Map.of("responders_select", SlackPayloads.multiUsersSelect("U1", "U2"))));
        slackSends.interaction(payload);

        LoggedRequest sent = lastSent();
        assertThat(body(sent)).startsWith("payload=%7B");
        assertThat(FakeSlackWorkspace.decodeForm(body(sent))).containsEntry("payload", payload);

        App app = app();
        app.viewSubmission("declare_incident", (req, ctx) -> {
            handled.set(req.getPayload().getView().getState().getValues());
            return ctx.ack();
        });
        assertThat(runInBolt(app, sent)).isEqualTo(200);
        @SuppressWarnings("unchecked")
        Map<String, Map<String, ViewState.Value>> state = (Map<String, Map<String, ViewState.Value>>) handled.get();
        assertThat(state.get("title").get("title_input").getValue()).isEqualTo("DB \"leak\"\nline 2");
        assertThat(state.get("severity").get("severity_select").getSelectedOption().getValue()).isEqualTo("sev1");
        assertThat(state.get("responders").get("responders_select").getSelectedUsers()).containsExactly("U1", "U2");
    }

    @Test
    void blockActionsReachBoltWithTheActionValue() {
        slackSends.interaction(SlackPayloads.blockActions("U0BOB", "C0INC", "1700000000.000100", "ack_incident",
                "INC-7", "123.456.abc", slackApi.responseUrl()));

        App app = app();
        app.blockAction("ack_incident", (req, ctx) -> {
            handled.set(req.getPayload().getActions().get(0).getValue() + "|" + req.getPayload().getUser().getId()
                    + "|" + req.getPayload().getContainer().getMessageTs() + "|" + req.getPayload().getTriggerId());
            return ctx.ack();
        });
        assertThat(runInBolt(app, lastSent())).isEqualTo(200);
        assertThat(handled.get()).isEqualTo("INC-7|U0BOB|1700000000.000100|123.456.abc");
    }

    @Test
    void eventsAreSignedJsonOverTheirUtf8Bytes() {
        String event = SlackSamples.object("events/bolt-python_member_joined_channel_event_callback.json").get("event")
                .toString().replace("C111", "C0ÜBER");
        String envelope = SlackPayloads.eventCallback(event);
        slackSends.event(envelope);

        LoggedRequest sent = lastSent();
        assertThat(sent.getHeader("Content-Type")).isEqualTo(SignedSlackRequests.JSON);
        assertThat(sent.getBody()).isEqualTo(envelope.getBytes(StandardCharsets.UTF_8));
        assertThat(SignedSlackRequests.sign(SECRET, sent.getHeader(SignedSlackRequests.TIMESTAMP_HEADER), body(sent)))
                .isEqualTo(sent.getHeader(SignedSlackRequests.SIGNATURE_HEADER));

        App app = app();
        app.event(MemberJoinedChannelEvent.class, (req, ctx) -> {
            handled.set(req.getEvent().getChannel());
            return ctx.ack();
        });
        assertThat(runInBolt(app, sent)).isEqualTo(200);
        assertThat(handled.get()).isEqualTo("C0ÜBER");
    }

    @Test
    void badRequestsAreRejectedByBoltExceptAFutureTimestamp() {
        String body = SignedSlackRequests.formBody(SlackPayloads.slashCommandForm("/incident", "x", "U1", "C1",
                slackApi.responseUrl(), SlackPayloads.newTriggerId()));
        App app = app();
        app.command("/incident", (req, ctx) -> ctx.ack());
        long now = System.currentTimeMillis() / 1000;

        slackSends.unsigned(SignedSlackRequests.FORM, body);
        LoggedRequest unsigned = lastSent();
        assertThat(unsigned.containsHeader(SignedSlackRequests.SIGNATURE_HEADER)).isFalse();
        assertThat(unsigned.containsHeader(SignedSlackRequests.TIMESTAMP_HEADER)).isFalse();
        assertThat(runInBolt(app, unsigned)).isEqualTo(401);

        slackSends.wrongSignature(SignedSlackRequests.FORM, body);
        assertThat(runInBolt(app, lastSent())).isEqualTo(401);

        slackSends.staleTimestamp(SignedSlackRequests.FORM, body);
        LoggedRequest stale = lastSent();
        long staleTs = Long.parseLong(stale.getHeader(SignedSlackRequests.TIMESTAMP_HEADER));
        assertThat(staleTs).isCloseTo(now - 600, within(5L));
        assertThat(SignedSlackRequests.sign(SECRET, String.valueOf(staleTs), body))
                .isEqualTo(stale.getHeader(SignedSlackRequests.SIGNATURE_HEADER));
        assertThat(runInBolt(app, stale)).isEqualTo(401);

        slackSends.futureTimestamp(SignedSlackRequests.FORM, body);
        LoggedRequest future = lastSent();
        assertThat(Long.parseLong(future.getHeader(SignedSlackRequests.TIMESTAMP_HEADER))).isCloseTo(now + 600, within(5L));
        // Bolt's TimestampVerifier is one-sided (slack-facts §1): a correctly signed future timestamp passes.
        assertThat(runInBolt(app, future)).isEqualTo(200);
    }

    @Test
    void sendPassesExtraHeadersAndSignsForAGivenTimestamp() {
        String body = SlackPayloads.urlVerification("challenge-123");
        slackSends.send(SignedSlackRequests.JSON, body, Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout",
                SignedSlackRequests.TIMESTAMP_HEADER, "1531420618"));

        LoggedRequest sent = lastSent();
        assertThat(sent.getHeader("X-Slack-Retry-Num")).isEqualTo("1");
        assertThat(sent.getHeader(SignedSlackRequests.TIMESTAMP_HEADER)).isEqualTo("1531420618");
        assertThat(sent.getHeader(SignedSlackRequests.SIGNATURE_HEADER))
                .isEqualTo(SignedSlackRequests.sign(SECRET, "1531420618", body));
        assertThat(sent.getHeader("User-Agent")).startsWith("Slackbot 1.0");
    }

    @Test
    void signatureHeadersSuitBoltUnitTestsWithoutHttp() {
        String body = SignedSlackRequests.interactionBody(SlackPayloads.blockActions("U1", "C1", "1.2", "a", "v", "t"));
        Map<String, String> headers = SignedSlackRequests.signatureHeaders(SECRET, body);
        assertThat(verifier().isValid(headers.get(SignedSlackRequests.TIMESTAMP_HEADER), body,
                headers.get(SignedSlackRequests.SIGNATURE_HEADER))).isTrue();
    }

    @Test
    void responseRecordLooksUpHeadersCaseInsensitively() {
        SignedSlackRequests.Response response = slackSends.event(SlackPayloads.urlVerification("c"));
        assertThat(response.header("x-fake-app")).contains("yes");
        assertThat(response.header("X-FAKE-APP")).contains("yes");
        assertThat(response.header("X-Nope")).isEmpty();
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private static String golden() {
        // the sample file ends with a newline that is not part of the signed body
        return SlackSamples.text("requests/java-slack-sdk_signature_test_vector_body.txt").stripTrailing();
    }

    private static SlackSignature.Verifier verifier() {
        return new SlackSignature.Verifier(new SlackSignature.Generator(SECRET));
    }

    private static LoggedRequest lastSent() {
        List<LoggedRequest> all = fakeApp.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlEqualTo("/slack/events")));
        assertThat(all).isNotEmpty();
        return all.get(all.size() - 1);
    }

    private static String body(LoggedRequest r) {
        return new String(r.getBody(), StandardCharsets.UTF_8);
    }

    private static App app() {
        return new App(AppConfig.builder().signingSecret(SECRET).singleTeamBotToken("xoxb-kit-test").slack(slack).build());
    }

    /** Feeds the captured wire request (headers + exact body) through Bolt's parser and middleware; returns the status. */
    private static int runInBolt(App app, LoggedRequest sent) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (HttpHeader h : sent.getHeaders().all()) {
            headers.put(h.key(), h.values());
        }
        var request = new SlackRequestParser(app.config()).parse(SlackRequestParser.HttpRequest.builder()
                .requestUri("/slack/events").headers(new RequestHeaders(headers)).requestBody(body(sent))
                .remoteAddress("127.0.0.1").build());
        try {
            return app.run(request).getStatusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
