package org.csirtbot.slack.gateway;

import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.slack.api.methods.MethodsClient;
import com.slack.api.model.block.LayoutBlock;

/**
 * Messages sent past the outbox: a notice to one person, which must reach them when the store is down, and an
 * ephemeral message, gone when they reload. Neither is recorded, so neither is for anything that must arrive
 * exactly once.
 */
class UnrecordedMessages {

    private static final Logger log = LoggerFactory.getLogger(UnrecordedMessages.class);
    /** Slack's answers to an ephemeral message for someone it cannot be shown to in that conversation. */
    private static final Set<String> NOT_SHOWN_THERE =
            Set.of("user_not_in_channel", "channel_not_found", "not_in_channel", "is_archived");

    private final MethodsClient client;
    private final SlackCalls calls;

    UnrecordedMessages(MethodsClient client, SlackCalls calls) {
        this.client = client;
        this.calls = calls;
    }

    void notice(String userId, String text) {
        notice(userId, text, null);
    }

    private void notice(String userId, String text, List<LayoutBlock> blocks) {
        calls.call("chat.postMessage", userId,
                () -> client.chatPostMessage(r -> r.channel(userId).text(text).blocks(blocks)));
    }

    /**
     * Shows the message (its blocks, when not null) to one person in a channel, or by direct message where Slack
     * will not show it there.
     */
    void ephemeral(String channel, String user, String text, List<LayoutBlock> blocks) {
        try {
            calls.call("chat.postEphemeral", channel,
                    () -> client.chatPostEphemeral(r -> r.channel(channel).user(user).text(text).blocks(blocks)));
        } catch (SlackCallRejected refused) {
            if ("user_not_found".equals(refused.error())) {
                log.info("Nothing shown to {}: Slack knows no such user", user); // a forged request, not a person
            } else if (NOT_SHOWN_THERE.contains(refused.error())) {
                tellDirectly(user, text, blocks);
            } else {
                throw refused;
            }
        }
    }

    private void tellDirectly(String user, String text, List<LayoutBlock> blocks) {
        try {
            notice(user, text, blocks);
        } catch (SlackCallRejected alsoRefused) {
            log.info("Nothing shown to {}: Slack refused a direct message too ({})", user, alsoRefused.error());
        }
    }
}
