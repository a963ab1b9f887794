/**
 * The Slack adapter: Bolt wiring (HTTP at {@code /slack/events} and Socket Mode), slash commands,
 * modals and buttons, and the {@link org.csirtbot.slack.SlackGateway}, the only class that calls the
 * Slack Web API, keeping its outbox in storage. Nothing depends on this module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"report", "incident", "playbook", "storage"})
package org.csirtbot.slack;
