package org.csirtbot.slack;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says at start-up how the bot reaches Slack, or exactly what to set so it can. */
@Component
class SlackConnectionNotice {

    private static final Logger log = LoggerFactory.getLogger(SlackConnectionNotice.class);

    private final SlackProperties slack;

    SlackConnectionNotice(SlackProperties slack) {
        this.slack = slack;
    }

    @EventListener(ApplicationReadyEvent.class)
    void tell() {
        if (!slack.hasBotToken()) {
            log.warn("Slack is not connected: set SLACK_BOT_TOKEN (xoxb-…) and either SLACK_APP_TOKEN (xapp-…, "
                    + "Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode at POST /slack/events). "
                    + "The API and /actuator/health work meanwhile.");
            return;
        }
        if (slack.httpMode()) {
            log.info("Slack: HTTP mode, requests verified at POST /slack/events; Web API at {}", slack.apiUrl());
        }
        if (slack.socketMode()) {
            log.info("Slack: Socket Mode with the app-level token; Web API at {}", slack.apiUrl());
        }
        if (!slack.httpMode() && !slack.socketMode()) {
            log.warn("Slack cannot reach the bot: set SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET "
                    + "(HTTP mode at POST /slack/events)");
        }
    }
}
