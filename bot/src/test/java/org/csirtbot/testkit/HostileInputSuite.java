package org.csirtbot.testkit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;

/**
 * The whole bot for the generated bad-input suites. Thousands of requests within a minute, far beyond what Slack
 * would deliver or take: these suites alone raise every Web API rate limiter (each tier's, forms', the per-channel
 * pace), and switch the fake's rate tiers off while they run, so that they test hostile input, not Slack's limits
 * (SlackLimitsIntegrationTests and ReliabilityIntegrationTests test those at application.yml's values).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@BotIntegrationTest
@TestPropertySource(properties = {
        "resilience4j.ratelimiter.configs.slack-tier-2.limit-for-period=100000",
        "resilience4j.ratelimiter.configs.slack-tier-3.limit-for-period=100000",
        "resilience4j.ratelimiter.configs.slack-tier-4.limit-for-period=100000",
        "resilience4j.ratelimiter.configs.slack-views.limit-for-period=100000",
        "resilience4j.ratelimiter.configs.slack-special.limit-for-period=100000",
        "resilience4j.ratelimiter.configs.slack-post-per-channel.limit-for-period=100000"})
public @interface HostileInputSuite {
}
