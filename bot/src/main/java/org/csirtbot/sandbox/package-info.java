/**
 * The sandbox: when no Slack tokens are set, a built-in Slack workspace (the same model the tests' fake Slack serves)
 * answers the bot's Web API calls at {@code /sandbox/api/}, so that the bot can be tried without Slack. Knows no feature.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sandbox", allowedDependencies = {})
package org.csirtbot.sandbox;
