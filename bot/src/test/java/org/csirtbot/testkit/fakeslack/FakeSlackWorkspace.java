package org.csirtbot.testkit.fakeslack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.csirtbot.sandbox.workspace.SlackSamples;
import org.csirtbot.sandbox.workspace.SlackWorkspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * The one fake Slack of the tests: a stateful Slack workspace ({@link SlackWorkspace}: channels, members, messages,
 * threads, pins, views, users, user groups, Slack's rules and Block Kit limits) served by a WireMock server on
 * 127.0.0.1 (dynamic port), with seeded fault injection for every method and scripted answers per method.
 * Unit tests, in-process Spring tests ({@link TestBot}) and a bot started as a process (SLACK_API_URL =
 * {@link #baseUrl()}) all use it.
 * <p>
 * Implemented methods: auth.test, apps.connections.open, users.info, usergroups.users.list,
 * views.open/push/update, conversations.create/invite/setTopic/setPurpose/archive/info/open/list/members/history/replies,
 * chat.postMessage/update/postEphemeral/getPermalink, pins.add/list. Any other method answers
 * {@code {"ok":false,"error":"unknown_method"}}. A request without a token answers {@code not_authed};
 * {@code Bearer null} answers {@code invalid_auth}; any other token is accepted.
 */
public class FakeSlackWorkspace extends SlackWorkspace implements AutoCloseable {

    private final WireMockServer server;
    private final AtomicInteger responseUrls = new AtomicInteger();

    /** Creates the workspace (not started). */
    public FakeSlackWorkspace() {
        super();
        server = new WireMockServer(options()
                .bindAddress("127.0.0.1")
                .dynamicPort()
                .jettyStopTimeout(100L)
                .asynchronousResponseEnabled(true) // a delayed answer waits on a scheduler, not on a Jetty thread
                .asynchronousResponseThreads(4)
                .extensions(new FakeSlackTransformer(this))
                .notifier(new Slf4jNotifier(false)));
    }

    /** Starts the server; returns this. */
    public FakeSlackWorkspace start() {
        server.start();
        installStubs();
        return this;
    }

    private void installStubs() {
        server.stubFor(post(urlPathMatching("/api/.+")).withId(FakeSlackTransformer.CATCH_ALL).atPriority(10)
                .willReturn(aResponse().withStatus(200)));
        server.stubFor(post(urlPathMatching("/response-url/.*")).willReturn(aResponse().withStatus(200).withBody("OK")));
        givenSocketModeUrl("ws://127.0.0.1:" + port() + "/");
    }

    /** Stops the server (answers still delayed are dropped). */
    public void stop() {
        server.stop();
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    /** The port the server listens on. */
    public int port() {
        return server.port();
    }

    /** {@code http://127.0.0.1:<port>/api/} (with trailing slash): the bot's SLACK_API_URL. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port() + "/api/";
    }

    /**
     * Back to an empty workspace: no channels, messages, views, calls, given users, scripted answers, faults or
     * a test's own WireMock stubs; fault counts cleared.
     */
    public void reset() {
        write(() -> {
            clear();
            server.resetAll();
            installStubs();
        });
    }

    /** Forgets the requests received (both journals), keeping the workspace, scripted answers and faults. */
    public void forgetRequests() {
        write(() -> {
            forgetCalls();
            server.resetRequests();
        });
    }

    /** The underlying WireMock server, for a test's own stubs (they beat the workspace; their calls are journaled). */
    public WireMockServer wireMock() {
        return server;
    }

    // ---- response URLs ----------------------------------------------------------------------------------------

    /** A fresh response_url {@code http://127.0.0.1:<port>/response-url/<n>} that answers 200 "OK" to POSTs. */
    public String responseUrl() {
        return "http://127.0.0.1:" + port() + "/response-url/" + responseUrls.incrementAndGet();
    }

    /** The JSON bodies POSTed to any response URL from {@link #responseUrl()}, oldest first. */
    public List<JsonNode> responseUrlPosts() {
        return server.findAll(postRequestedFor(urlPathMatching("/response-url/.*"))).stream()
                .map(r -> parse(utf8(r))).toList();
    }

    /** The JSON bodies POSTed to one response URL, oldest first. */
    public List<JsonNode> responseUrlPosts(String responseUrl) {
        String path = responseUrl.substring(responseUrl.indexOf("/response-url/"));
        return server.findAll(postRequestedFor(urlPathEqualTo(path))).stream().map(r -> parse(utf8(r))).toList();
    }

    // ---- HTTP journal -----------------------------------------------------------------------------------------

    /** The raw HTTP requests made to a Web API method (headers, arrival time), in the order received. */
    public List<LoggedRequest> requests(String method) {
        return server.findAll(postRequestedFor(urlPathEqualTo("/api/" + method)));
    }

    /** Requests to anything but the Web API and response URLs, as "METHOD url body"; assert it is empty. */
    public List<String> unmatchedRequests() {
        return server.findAllUnmatchedRequests().stream()
                .map(r -> r.getMethod() + " " + r.getUrl() + " " + utf8(r)).toList();
    }

    /** The form Slack was asked to open ({@code views.open}) once {@code act} was done. */
    public JsonNode formOpenedBy(Runnable act) {
        int opened = count("views.open");
        act.run();
        await().until(() -> count("views.open") == opened + 1);
        return json(calls("views.open").get(opened), "view");
    }

    /** Parses a JSON-valued form param of a call, e.g. {@code json(call, "blocks")} or {@code json(call, "view")}. */
    public static JsonNode json(Map<String, String> call, String param) {
        String value = call.get(param);
        if (value == null) {
            throw new IllegalArgumentException("No form param '" + param + "' in call with params " + call.keySet());
        }
        return parse(value);
    }

    /** Decodes an application/x-www-form-urlencoded body (UTF-8); a repeated key keeps its first value. */
    public static Map<String, String> decodeForm(String body) {
        return SlackWorkspace.decodeForm(body);
    }

    private static String utf8(LoggedRequest r) {
        return new String(r.getBody(), StandardCharsets.UTF_8);
    }

    private static JsonNode parse(String json) {
        try {
            return SlackSamples.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: " + json, e);
        }
    }
}
