package org.csirtbot.slack.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.csirtbot.testkit.BotIntegrationTest;
import org.csirtbot.testkit.SlackPayloads;
import org.csirtbot.testkit.TestBot;
import org.csirtbot.testkit.fakeslack.FakeSlackWorkspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.slack.api.model.view.View;
import com.slack.api.model.view.Views;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;

/**
 * Slack's limits as the application wires them from application.yml (Resilience4j through Spring), against the
 * fake, which answers 429 beyond Slack's tiers: rate limiters per method at their tier, one message a second per
 * channel, the bulkhead (which forms never wait for), backoff honouring Retry-After, the circuit breaker, and
 * their metrics.
 */
@BotIntegrationTest
class SlackLimitsIntegrationTests {

    /** Slack's published tier of every method the bot calls, in calls per minute (slack-facts.md §3). */
    private static final Map<String, Integer> SLACK_TIERS = Map.ofEntries(
            Map.entry("conversations.create", 20), Map.entry("conversations.setTopic", 20),
            Map.entry("conversations.setPurpose", 20), Map.entry("conversations.archive", 20),
            Map.entry("conversations.list", 20), Map.entry("pins.add", 20), Map.entry("pins.remove", 20),
            Map.entry("usergroups.users.list", 20),
            Map.entry("conversations.invite", 50), Map.entry("conversations.history", 50),
            Map.entry("conversations.replies", 50), Map.entry("conversations.info", 50),
            Map.entry("conversations.open", 50), Map.entry("chat.update", 50), Map.entry("chat.postEphemeral", 100),
            Map.entry("users.info", 100), Map.entry("users.profile.get", 100), Map.entry("conversations.members", 100),
            Map.entry("views.open", 100),
            Map.entry("views.push", 100), Map.entry("views.update", 100),
            // special: chat.postMessage (also one a second per channel), chat.getPermalink, auth.test
            Map.entry("chat.postMessage", 300), Map.entry("chat.getPermalink", 300), Map.entry("auth.test", 300));
    private static final Pattern METHOD = Pattern.compile(
            "\"((?:chat|conversations|views|users|usergroups|pins|auth|apps|reactions|bookmarks)\\.[a-zA-Z.]+)\"");

    final FakeSlackWorkspace slack = TestBot.slack();
    final ExecutorService callers = Executors.newCachedThreadPool();

    @Autowired
    SlackGateway gateway;
    @Autowired
    RateLimiterRegistry limiters;
    @Autowired
    CircuitBreakerRegistry breakers;
    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;

    @AfterEach
    void stopCallers() {
        callers.shutdownNow();
    }

    @Test
    void everyMethodTheBotCallsHasALimiterOfItsOwnWithinItsTier() throws IOException {
        TreeSet<String> called = new TreeSet<>();
        try (var sources = Files.list(Path.of("src/main/java/org/csirtbot/slack/gateway"))) {
            for (Path source : sources.toList()) {
                Matcher m = METHOD.matcher(Files.readString(source));
                while (m.find()) {
                    called.add(m.group(1));
                }
            }
        }

        assertThat(called).hasSizeGreaterThan(15).allSatisfy(method -> {
            assertThat(SLACK_TIERS).as("Slack's tier of %s", method).containsKey(method);
            RateLimiterConfig config = limiters.rateLimiter(SlackTiers.limiterFor(method), SlackTiers.configFor(method))
                    .getRateLimiterConfig();
            double perMinute = config.getLimitForPeriod() * 60_000.0 / config.getLimitRefreshPeriod().toMillis();
            // at most a minute's count at once (across a period's edge), and at most the count a minute on end
            assertThat(2 * config.getLimitForPeriod()).as(method).isLessThanOrEqualTo(SLACK_TIERS.get(method));
            assertThat(perMinute).as(method).isLessThanOrEqualTo(SLACK_TIERS.get(method))
                    .isGreaterThanOrEqualTo(SLACK_TIERS.get(method) / 2.0);
        });
        assertThat(called.stream().map(SlackTiers::limiterFor).distinct()).hasSameSizeAs(called);
    }

    @Test
    void aBurstBeyondATierIsSpreadSoSlackNeverAnswers429() {
        slack.givenUsergroupUsers("S0BURST01", "U0BURST01");

        // 21 calls of a Tier 2 method (20 a minute) at once
        var calls = IntStream.range(0, 21).mapToObj(i -> CompletableFuture.supplyAsync(
                () -> gateway.userGroupMembers("S0BURST01"), callers)).toList();

        assertThat(calls).allSatisfy(call -> assertThat(call.join()).containsExactly("U0BURST01"));
        assertThat(slack.count("usergroups.users.list")).isEqualTo(21);
        assertThat(slack.rules().rateLimited()).isEmpty();
    }

    @Test
    void whoWasSentADirectMessageIsNotPublishedAsAMetric() {
        gateway.postNotice("U0REPORTR", "Thank you for your report");

        assertThat(slack.requests("chat.postMessage")).hasSize(1);
        assertThat(TestBot.text(managementPort, "/actuator/prometheus")).doesNotContain("U0REPORTR")
                .containsPattern("resilience4j_ratelimiter_available_permissions\\{[^}]*name=\"slack-api:chat.postMessage\"");
        assertThat(limiters.getAllRateLimiters()).noneMatch(limiter -> limiter.getName().contains("U0REPORTR"));
    }

    @Test
    void messagesToOneConversationGoOneASecondSoSlackNeverAnswers429() {
        var notices = IntStream.range(0, 6).mapToObj(i -> CompletableFuture.runAsync(
                () -> gateway.postNotice("U0PACE001", "notice " + i), callers)).toList();
        notices.forEach(CompletableFuture::join);

        List<Instant> at = slack.requests("chat.postMessage").stream().map(r -> r.getLoggedDate().toInstant()).toList();
        assertThat(at).hasSize(6);
        assertThat(Duration.between(at.get(0), at.get(5))).isGreaterThanOrEqualTo(Duration.ofMillis(4500));
        assertThat(slack.rules().rateLimited()).isEmpty();
    }

    @Test
    void aRateLimitedCallWaitsAsLongAsSlacksRetryAfterSays() {
        slack.givenRateLimitedOnce("users.info", 2);

        gateway.userLocale("U0RETRY01");

        List<Instant> at = slack.requests("users.info").stream().map(r -> r.getLoggedDate().toInstant()).toList();
        assertThat(at).hasSize(2);
        assertThat(Duration.between(at.get(0), at.get(1))).isGreaterThanOrEqualTo(Duration.ofMillis(1950));
    }

    @Test
    void atMostEightCallsAreUnderWayAndAFormNeverWaitsForThem() {
        slack.givenDelay("chat.postEphemeral", 3500);
        var slow = IntStream.range(0, 10).mapToObj(i -> CompletableFuture.runAsync(
                () -> gateway.postEphemeral("C0BULK001", "U0BULK" + i, "slow"), callers)).toList();
        await().atMost(Duration.ofSeconds(3)).until(() -> slack.count("chat.postEphemeral") >= 8);

        gateway.openView(SlackPayloads.newTriggerId(), View.builder().type("modal").title(Views.viewTitle(t -> t
                .type("plain_text").text("Report"))).blocks(List.of()).build());
        Instant formOpen = Instant.now();
        slow.forEach(CompletableFuture::join);

        List<Instant> at = slack.requests("chat.postEphemeral").stream().map(r -> r.getLoggedDate().toInstant()).sorted()
                .toList();
        // the form is open before any of the eight is answered, that is, before a slot is free
        assertThat(formOpen).isBefore(at.get(0).plusMillis(3500));
        // the ninth and tenth reach Slack only once one of the first eight is answered
        assertThat(Duration.between(at.get(0), at.get(8))).isGreaterThanOrEqualTo(Duration.ofMillis(3000));
        assertThat(Duration.between(at.get(0), at.get(7))).isLessThan(Duration.ofMillis(3000));
    }

    @Test
    void theBreakerOpensWhenSlackKeepsFailingAndHalfOpensTenSecondsLater() {
        CircuitBreaker breaker = breakers.circuitBreaker(SlackCalls.NAME);
        slack.wireMock().stubFor(post(urlPathEqualTo("/api/users.info")).atPriority(1)
                .willReturn(aResponse().withStatus(503)));
        IntStream.range(0, 10).forEach(i -> CompletableFuture.runAsync(() -> gateway.userLocale("U0DOWN" + i), callers));
        await().atMost(Duration.ofSeconds(5)).until(() -> breaker.getState() == CircuitBreaker.State.OPEN);
        Instant opened = Instant.now();

        assertThat(TestBot.text(managementPort, "/actuator/prometheus"))
                .containsPattern("resilience4j_circuitbreaker_state\\{[^}]*name=\"slack-web-api\"[^}]*state=\"open\"[^}]*} 1\\.0");
        assertThatThrownBy(() -> gateway.userLocale("U0DOWN99")).isInstanceOf(SlackUnreachable.class)
                .hasMessageContaining("circuit breaker open");

        slack.reset();
        await().atMost(Duration.ofSeconds(15)).until(() -> breaker.getState() != CircuitBreaker.State.OPEN);
        assertThat(Duration.between(opened, Instant.now())).isGreaterThan(Duration.ofSeconds(9));
        IntStream.range(0, 3).forEach(i -> gateway.userLocale("U0BACK" + i));
        await().atMost(Duration.ofSeconds(10)).until(() -> breaker.getState() == CircuitBreaker.State.CLOSED);
    }

    @Test
    void theLimitsAreVisibleToPrometheus() {
        gateway.userLocale("U0METRIC1");

        String metrics = TestBot.text(managementPort, "/actuator/prometheus");

        assertThat(metrics)
                .containsPattern("resilience4j_ratelimiter_available_permissions\\{[^}]*name=\"slack-api:users.info\"")
                .containsPattern("resilience4j_bulkhead_available_concurrent_calls\\{[^}]*name=\"slack-web-api\"")
                .containsPattern("resilience4j_bulkhead_available_concurrent_calls\\{[^}]*name=\"slack-views\"")
                .containsPattern("resilience4j_circuitbreaker_state\\{[^}]*name=\"slack-web-api\"")
                .containsPattern("resilience4j_retry_calls_total\\{[^}]*name=\"slack-web-api\"")
                .containsPattern("slack_api_calls_total\\{[^}]*method=\"users.info\"[^}]*outcome=\"ok\"");
    }
}
