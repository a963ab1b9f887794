/**
 * The Slack gateway: every Web API call, checked, counted, paced by tier, retried and recorded in an outbox so each
 * effect happens once. Published to the features' Slack adapters as the {@code slack :: gateway} interface.
 */
@org.springframework.modulith.NamedInterface("gateway")
package org.csirtbot.slack.gateway;
