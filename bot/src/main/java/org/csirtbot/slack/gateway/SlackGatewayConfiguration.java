package org.csirtbot.slack.gateway;

import java.time.Duration;

import org.csirtbot.storage.OutboxStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;

import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.common.retry.configuration.RetryConfigCustomizer;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The gateway's parts. The Resilience4j instances are named {@code slack-web-api} (retry, circuit breaker,
 * bulkhead), {@code slack-views} (the retry and bulkhead of forms), and one rate limiter per Web API method
 * ({@link SlackTiers}), configured in {@code application.yml}.
 */
@Configuration(proxyBeanMethods = false)
public class SlackGatewayConfiguration {

    private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);

    /** Backs off exponentially, or as long as Slack's {@code Retry-After} asks. */
    @Bean
    RetryConfigCustomizer slackRetryWaits() {
        return RetryConfigCustomizer.of(SlackCalls.NAME, builder -> builder.intervalBiFunction(retryWaits(FIRST_BACKOFF)));
    }

    static IntervalBiFunction<Object> retryWaits(Duration firstBackoff) {
        IntervalFunction backoff = IntervalFunction.ofExponentialBackoff(firstBackoff, 2.0);
        return (attempt, outcome) -> {
            if (outcome.isLeft() && outcome.getLeft() instanceof SlackUnreachable unreachable
                    && unreachable.retryAfter().isPresent()) {
                return unreachable.retryAfter().get().toMillis();
            }
            return backoff.apply(attempt);
        };
    }

    /** Builds the gateway on a Web API client; called by the Slack wiring when a bot token is set. */
    public static SlackGateway gateway(Slack slack, String botToken, OutboxStore outbox, RetryRegistry retries,
                                       CircuitBreakerRegistry breakers, BulkheadRegistry bulkheads,
                                       RateLimiterRegistry limiters, MeterRegistry meters, ChannelMarks marks) {
        MethodsClient client = slack.methods(botToken);
        SlackLimits limits = new SlackLimits(limiters, bulkheads.bulkhead(SlackCalls.NAME),
                bulkheads.bulkhead(SlackLimits.VIEWS_BULKHEAD));
        SlackCalls calls = new SlackCalls(retries.retry(SlackCalls.NAME), retries.retry(SlackCalls.FORMS),
                breakers.circuitBreaker(SlackCalls.NAME), limits, meters);
        BotIdentity bot = new BotIdentity(client, calls);
        OutboxDocuments entries = new OutboxDocuments(outbox);
        EffectTraces traces = new EffectTraces(client, calls, bot);
        SlackEffects effects = new SlackEffects(entries, calls, new EffectSender(client, calls, traces), traces);
        return new SlackGateway(client, calls, effects, bot, new OutboxDispatcher(entries, effects), marks);
    }
}
