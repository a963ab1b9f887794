/**
 * What every feature's Slack adapter shares: Bolt wiring (HTTP at {@code /slack/events} and Socket Mode), the signature
 * filter, repeated deliveries, the store-within-ack budget, {@code /incident} dispatch, texts, mrkdwn, modal parts, user
 * locales and recovery; and, in {@code gateway}, the only code that calls the Slack Web API. Knows no feature.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Slack (shared)", allowedDependencies = {"storage"})
package org.csirtbot.slack;
