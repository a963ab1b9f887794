package org.csirtbot.sandbox.web;

/**
 * Who the sandbox's Slack says the workspace, the app and its bot are: the ids in every request it sends the bot.
 *
 * @param verificationToken the legacy {@code token} field Slack still sends (Bolt ignores it)
 */
public record SandboxApp(String teamId, String teamDomain, String appId, String botId, String botUserId,
                         String verificationToken) {
}
