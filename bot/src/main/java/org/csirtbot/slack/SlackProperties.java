package org.csirtbot.slack;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the bot reaches Slack.
 *
 * @param botToken      bot token {@code xoxb-…} ({@code SLACK_BOT_TOKEN})
 * @param signingSecret verifies HTTP requests from Slack ({@code SLACK_SIGNING_SECRET})
 * @param appToken      app-level token {@code xapp-…}; when set the bot connects over Socket Mode ({@code SLACK_APP_TOKEN})
 * @param apiUrl        Web API base URL ending in {@code /} ({@code SLACK_API_URL})
 * @param timeout       how long to wait for one Web API answer before counting it as lost and retrying
 */
@ConfigurationProperties("slack")
public record SlackProperties(
        String botToken,
        String signingSecret,
        String appToken,
        @DefaultValue("https://slack.com/api/") String apiUrl,
        @DefaultValue("4s") Duration timeout) {

    boolean hasBotToken() {
        return present(botToken);
    }

    boolean httpMode() {
        return hasBotToken() && present(signingSecret);
    }

    boolean socketMode() {
        return hasBotToken() && present(appToken);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
