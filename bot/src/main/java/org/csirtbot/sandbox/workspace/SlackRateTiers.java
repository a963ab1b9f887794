package org.csirtbot.sandbox.workspace;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Slack's rate limits per Web API method, per workspace (docs.slack.dev rate limits; tiers as in
 * {@code slack-facts.md} §3). A method of a tier may be called the tier's count per minute, in short bursts
 * too: a bucket that holds one minute's count and refills steadily. chat.postMessage goes about once a second
 * per channel, with bursts of two. Methods with no published number (auth.test, chat.getPermalink, the
 * workspace-wide chat.postMessage limit) are not limited here.
 */
final class SlackRateTiers {

    /** chat.postMessage in one channel: a burst of this many, then one a second. */
    static final int POST_BURST = 2;

    private static final Map<String, Integer> PER_MINUTE = perMinute();

    private final Map<String, Bucket> buckets = new HashMap<>();

    /** Takes one call from the method's budget at {@code now}; empty when allowed, else how long to wait. */
    synchronized Optional<Duration> take(String method, String channel, Instant now) {
        Bucket bucket;
        if ("chat.postMessage".equals(method)) {
            bucket = buckets.computeIfAbsent(method + ":" + channel, k -> new Bucket(POST_BURST, 1.0, now));
        } else if (PER_MINUTE.containsKey(method)) {
            int count = PER_MINUTE.get(method);
            bucket = buckets.computeIfAbsent(method, k -> new Bucket(count, count / 60.0, now));
        } else {
            return Optional.empty();
        }
        return bucket.take(now);
    }

    /** The calls a minute a method is allowed, or null when the fake does not limit it. */
    static Integer perMinute(String method) {
        return PER_MINUTE.get(method);
    }

    private static Map<String, Integer> perMinute() {
        Map<String, Integer> tiers = new HashMap<>();
        for (String method : new String[] {"conversations.create", "conversations.setTopic", "conversations.setPurpose",
                "conversations.archive", "conversations.list", "conversations.rename", "pins.add", "pins.remove",
                "pins.list", "usergroups.users.list", "bookmarks.add"}) {
            tiers.put(method, 20); // Tier 2
        }
        // apps.connections.open: Tier 3 on docs.slack.dev, Tier 1 in the Java SDK's metadata
        for (String method : new String[] {"conversations.invite", "conversations.history", "conversations.replies",
                "conversations.info", "conversations.open", "chat.update", "users.lookupByEmail", "reactions.add",
                "apps.connections.open"}) {
            tiers.put(method, 50); // Tier 3
        }
        for (String method : new String[] {"chat.postEphemeral", "views.open", "views.update", "views.push",
                "users.info", "users.profile.get", "conversations.members"}) {
            tiers.put(method, 100); // Tier 4
        }
        return Map.copyOf(tiers);
    }

    /** A token bucket: {@code capacity} calls at once, refilled at {@code perSecond}. */
    private static final class Bucket {
        private final double capacity;
        private final double perSecond;
        private double tokens;
        private Instant at;

        Bucket(double capacity, double perSecond, Instant now) {
            this.capacity = capacity;
            this.perSecond = perSecond;
            this.tokens = capacity;
            this.at = now;
        }

        Optional<Duration> take(Instant now) {
            if (now.isAfter(at)) {
                tokens = Math.min(capacity, tokens + Duration.between(at, now).toNanos() / 1e9 * perSecond);
                at = now;
            }
            if (tokens >= 1 - 1e-9) { // a whole token, give or take rounding
                tokens -= 1;
                return Optional.empty();
            }
            return Optional.of(Duration.ofNanos((long) ((1 - tokens) / perSecond * 1e9)));
        }
    }
}
