package org.csirtbot.slack;

/** A bot token is set, so the Slack adapter has something to connect with; features' Slack beans are conditional on it. */
public class SlackConfigured extends SettingPresent {
    SlackConfigured() {
        super("slack.bot-token", "SLACK_BOT_TOKEN");
    }
}
