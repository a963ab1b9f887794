package org.csirtbot.slack.gateway;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;

/**
 * chat.postMessage's pace in each conversation: about one message a second. One limiter per conversation, kept for
 * the most recently used conversations only and never put in the limiter registry: a direct message's channel is a
 * person's user ID, and every limiter in the registry is published on {@code /actuator/prometheus}, which would list
 * everyone who reported to the CSIRT.
 */
final class ChannelPace {

    /** Conversations whose pace is kept; one that has not posted for this many others is long past its second. */
    static final int CONVERSATIONS_KEPT = 10_000;

    private final RateLimiterConfig config;
    private final Map<String, RateLimiter> recent;

    ChannelPace(RateLimiterConfig config, int kept) {
        this.config = config;
        this.recent = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, RateLimiter> eldest) {
                return size() > kept;
            }
        };
    }

    /** Waits until {@code channel} may take one more message, or throws when that takes past the timeout. */
    void waitFor(String channel) {
        RateLimiter.waitForPermission(limiterOf(channel));
    }

    synchronized int kept() {
        return recent.size();
    }

    private synchronized RateLimiter limiterOf(String channel) {
        return recent.computeIfAbsent(channel, c -> RateLimiter.of(SlackTiers.PER_CHANNEL, config));
    }
}
