package org.csirtbot.slack.gateway;

import java.util.Map;

/**
 * Slack's rate-limit tier of each Web API method the bot calls (docs.slack.dev rate limits; JSS
 * rate_limit_tiers.json). Slack counts each method on its own, so each method has a Resilience4j rate
 * limiter of its own, built from its tier's configuration in {@code application.yml}.
 */
final class SlackTiers {

    static final String TIER_2 = "slack-tier-2";
    static final String TIER_3 = "slack-tier-3";
    static final String TIER_4 = "slack-tier-4";
    static final String SPECIAL = "slack-special";
    /** Tier 4 for forms, waiting briefly: their trigger lasts three seconds. */
    static final String VIEWS = "slack-views";
    /** chat.postMessage: about one message per second per channel. */
    static final String PER_CHANNEL = "slack-post-per-channel";

    private static final Map<String, String> TIERS = Map.ofEntries(
            Map.entry("conversations.create", TIER_2),
            Map.entry("conversations.setTopic", TIER_2),
            Map.entry("conversations.setPurpose", TIER_2),
            Map.entry("conversations.archive", TIER_2),
            Map.entry("conversations.list", TIER_2),
            Map.entry("pins.add", TIER_2),
            Map.entry("pins.remove", TIER_2),
            Map.entry("usergroups.users.list", TIER_2),
            Map.entry("conversations.invite", TIER_3),
            Map.entry("conversations.history", TIER_3),
            Map.entry("conversations.replies", TIER_3),
            Map.entry("conversations.info", TIER_3),
            Map.entry("conversations.open", TIER_3),
            Map.entry("chat.update", TIER_3),
            Map.entry("chat.postEphemeral", TIER_4),
            Map.entry("users.info", TIER_4),
            Map.entry("users.profile.get", TIER_4),
            Map.entry("conversations.members", TIER_4),
            Map.entry("views.open", VIEWS),
            Map.entry("views.push", VIEWS),
            Map.entry("views.update", TIER_4));

    private SlackTiers() {
    }

    /**
     * The configuration of a method's limiter; chat.postMessage (across channels), chat.getPermalink, auth.test and
     * unknown methods have the special budget, each its own.
     */
    static String configFor(String method) {
        return TIERS.getOrDefault(method, SPECIAL);
    }

    /** The name of the method's own limiter (also its name in the metrics). */
    static String limiterFor(String method) {
        return "slack-api:" + method;
    }

    /** The pace of chat.postMessage in one channel. */
    /** Whether the call exchanges a trigger, which expires three seconds after Slack sent it. */
    static boolean opensForm(String method) {
        return VIEWS.equals(configFor(method));
    }
}
