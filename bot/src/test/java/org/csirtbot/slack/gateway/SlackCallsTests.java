package org.csirtbot.slack.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.csirtbot.testkit.fakeslack.FakeSlackWorkspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** Retries, Retry-After, refusals and the per-channel message rate, against the fake Slack. */
class SlackCallsTests {

    static final FakeSlackWorkspace slack = new FakeSlackWorkspace().start();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private SlackCalls calls;
    private MethodsClient client;

    @BeforeEach
    void calls() {
        slack.reset();
        slack.givenChannel("C1", "c1", false);
        slack.givenChannel("C2", "c2", false);
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slack.baseUrl());
        config.setStatsEnabled(false);
        client = Slack.getInstance(config).methods("xoxb-test");
        RetryConfig retry = RetryConfig.custom().maxAttempts(4)
                .intervalBiFunction(SlackGatewayConfiguration.retryWaits(Duration.ofMillis(10)))
                .retryExceptions(SlackUnreachable.class).ignoreExceptions(SlackCallRejected.class).build();
        RateLimiterConfig perSecond = RateLimiterConfig.custom().limitForPeriod(1)
                .limitRefreshPeriod(Duration.ofSeconds(1)).timeoutDuration(Duration.ofSeconds(10)).build();
        RateLimiterRegistry limiters = RateLimiterRegistry.of(RateLimiterConfig.custom().limitForPeriod(1000).build());
        for (String tier : new String[] {SlackTiers.TIER_2, SlackTiers.TIER_3, SlackTiers.TIER_4, SlackTiers.SPECIAL,
                SlackTiers.VIEWS}) {
            limiters.addConfiguration(tier, limiters.getDefaultConfig());
        }
        limiters.addConfiguration(SlackTiers.PER_CHANNEL, perSecond);
        SlackLimits limits = new SlackLimits(limiters, Bulkhead.ofDefaults("t"), Bulkhead.ofDefaults("views"));
        calls = new SlackCalls(Retry.of("t", retry), Retry.ofDefaults("views"),
                CircuitBreaker.of("t", CircuitBreakerConfig.ofDefaults()), limits, meters);
    }

    @AfterAll
    static void stop() {
        slack.stop();
    }

    @Test
    void aRateLimitedCallWaitsAsLongAsSlackAsksThenSucceeds() {
        slack.givenRateLimitedOnce("chat.postMessage", 1);

        calls.call("chat.postMessage", "C1", () -> client.chatPostMessage(r -> r.channel("C1").text("hi")));

        List<Instant> at = slack.requests("chat.postMessage").stream().map(r -> r.getLoggedDate().toInstant()).toList();
        assertThat(at).hasSize(2);
        assertThat(Duration.between(at.get(0), at.get(1))).isGreaterThanOrEqualTo(Duration.ofMillis(950));
        assertThat(meters.counter("slack.api.calls", "method", "chat.postMessage", "outcome", "http_429").count())
                .isEqualTo(1);
    }

    @Test
    void aRefusalIsNeverRetried() {
        slack.givenError("pins.add", "not_pinnable");

        assertThatThrownBy(() -> calls.call("pins.add", "C1", () -> client.pinsAdd(r -> r.channel("C1").timestamp("1.2"))))
                .isInstanceOf(SlackCallRejected.class).hasMessageContaining("not_pinnable");
        assertThat(slack.count("pins.add")).isEqualTo(1);
    }

    @Test
    void serverErrorsAreRetriedAndThenReportedAsUnreachable() {
        slack.wireMock().stubFor(com.github.tomakehurst.wiremock.client.WireMock
                .post("/api/conversations.setTopic").atPriority(1)
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(503)));

        assertThatThrownBy(() -> calls.call("conversations.setTopic", "C1",
                () -> client.conversationsSetTopic(r -> r.channel("C1").topic("t"))))
                .isInstanceOf(SlackUnreachable.class).hasMessageContaining("HTTP 503");
        assertThat(slack.count("conversations.setTopic")).isEqualTo(4);
    }

    @Test
    void messagesToOneChannelGoAtMostOnePerSecondWhileOtherChannelsDoNotWait() {
        for (String channel : new String[] {"C1", "C2", "C1"}) {
            calls.call("chat.postMessage", channel, () -> client.chatPostMessage(r -> r.channel(channel).text("x")));
        }

        var posts = slack.requests("chat.postMessage");
        Instant first = posts.get(0).getLoggedDate().toInstant();
        // C2 right after C1, not a second later; C1 again only a second after its first message
        assertThat(Duration.between(first, posts.get(1).getLoggedDate().toInstant())).isLessThan(Duration.ofMillis(500));
        assertThat(Duration.between(first, posts.get(2).getLoggedDate().toInstant()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(900));
    }
}
