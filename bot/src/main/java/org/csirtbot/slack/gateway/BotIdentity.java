package org.csirtbot.slack.gateway;

import com.slack.api.methods.MethodsClient;

/** The bot's own Slack user ID, asked of Slack once. */
class BotIdentity {

    private final MethodsClient client;
    private final SlackCalls calls;
    private volatile String userId;

    BotIdentity(MethodsClient client, SlackCalls calls) {
        this.client = client;
        this.calls = calls;
    }

    String userId() {
        if (userId == null) {
            userId = calls.call("auth.test", null, () -> client.authTest(r -> r)).getUserId();
        }
        return userId;
    }
}
