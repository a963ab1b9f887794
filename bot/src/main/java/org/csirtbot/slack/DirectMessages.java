package org.csirtbot.slack;

import org.csirtbot.slack.gateway.SideEffectKey;
import org.csirtbot.slack.gateway.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells one person something privately, in the bot's Messages tab; a failure is logged, never thrown. */
@SlackComponent
public class DirectMessages {

    private static final Logger log = LoggerFactory.getLogger(DirectMessages.class);

    private final SlackGateway slack;

    DirectMessages(SlackGateway slack) {
        this.slack = slack;
    }

    /** For telling someone their action was not recorded: goes straight to Slack, without the outbox. */
    public void sendEvenIfStoreIsDown(String userId, String mrkdwnText) {
        try {
            slack.postNotice(userId, mrkdwnText);
        } catch (RuntimeException e) {
            log.warn("Could not tell {} that their action was not recorded: {}", userId, e.getMessage());
        }
    }

    public void send(String userId, SideEffectKey key, String mrkdwnText) {
        try {
            slack.postMessage(key, userId, mrkdwnText, null);
        } catch (RuntimeException e) {
            log.warn("Could not send {} to {}: {}", key.value(), userId, e.getMessage());
        }
    }
}
