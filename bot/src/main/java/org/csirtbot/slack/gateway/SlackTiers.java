package org.csirtbot.slack.gateway;

import java.util.Map;

/**
 * Slack's rate-limit tier of each Web API method the bot calls (docs.slack.dev rate limits; JSS
 * rate_limit_tiers.json), as the name of the Resilience4j rate limiter that keeps within it.
 */
final class SlackTiers {

    static final String TIER_2 = "slack-tier-2";
    static final String TIER_3 = "slack-tier-3";
    static final String TIER_4 = "slack-tier-4";
    static final String SPECIAL = "slack-special";
    /** chat.postMessage: about one message per second per channel. */
    static final String PER_CHANNEL = "slack-post-per-channel";

    private static final Map<String, String> TIERS = Map.ofEntries(
            Map.entry("conversations.create", TIER_2),
            Map.entry("conversations.setTopic", TIER_2),
            Map.entry("conversations.setPurpose", TIER_2),
            Map.entry("conversations.archive", TIER_2),
            Map.entry("conversations.list", TIER_2),
            Map.entry("pins.add", TIER_2),
            Map.entry("usergroups.users.list", TIER_2),
            Map.entry("conversations.invite", TIER_3),
            Map.entry("conversations.history", TIER_3),
            Map.entry("conversations.replies", TIER_3),
            Map.entry("conversations.info", TIER_3),
            Map.entry("conversations.open", TIER_3),
            Map.entry("chat.update", TIER_3),
            Map.entry("chat.postEphemeral", TIER_4),
            Map.entry("views.open", TIER_4),
            Map.entry("views.update", TIER_4),
            Map.entry("users.info", TIER_4));

    private SlackTiers() {
    }

    /**
     * The limiter for a method; chat.postMessage, chat.getPermalink, auth.test and unknown methods share the
     * special budget.
     */
    static String limiterFor(String method) {
        return TIERS.getOrDefault(method, SPECIAL);
    }
}
