package org.csirtbot.slack.gateway;

import java.util.function.Supplier;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;

/**
 * Slack's budgets around one HTTP call: first the wait for the method's rate limiter (and for chat.postMessage,
 * the conversation's pace, {@link ChannelPace}), holding nothing; only then a bulkhead slot, for the call alone.
 * Forms have a bulkhead of their own, so opening one never waits for posts.
 */
class SlackLimits {

    static final String VIEWS_BULKHEAD = "slack-views";

    private final RateLimiterRegistry limiters;
    private final Bulkhead calls;
    private final Bulkhead forms;
    private final ChannelPace pace;

    SlackLimits(RateLimiterRegistry limiters, Bulkhead calls, Bulkhead forms) {
        this.limiters = limiters;
        this.pace = new ChannelPace(limiters.getConfiguration(SlackTiers.PER_CHANNEL)
                .orElseThrow(() -> new IllegalStateException("No rate limiter configuration " + SlackTiers.PER_CHANNEL)),
                ChannelPace.CONVERSATIONS_KEPT);
        this.calls = calls;
        this.forms = forms;
    }

    /** Runs the call within the limits; {@code channel} (may be null) is where chat.postMessage posts. */
    <T> T around(String method, String channel, Supplier<T> call) {
        RateLimiter.waitForPermission(limiters.rateLimiter(SlackTiers.limiterFor(method), SlackTiers.configFor(method)));
        if ("chat.postMessage".equals(method) && channel != null) {
            pace.waitFor(channel);
        }
        return (SlackTiers.opensForm(method) ? forms : calls).executeSupplier(call);
    }
}
