package org.csirtbot.slack.gateway;

import java.util.Optional;

import com.slack.api.methods.MethodsClient;
import com.slack.api.model.Message;

/** Reads one message of a channel, a thread reply too, as Slack holds it now. */
record MessageLookup(MethodsClient client, SlackCalls calls) {

    Optional<Message> find(String channel, String ts) {
        Optional<Message> top = calls.call("conversations.history", null, () -> client.conversationsHistory(
                r -> r.channel(channel).latest(ts).inclusive(true).limit(1))).getMessages().stream().findFirst()
                .filter(m -> ts.equals(m.getTs()));
        if (top.isPresent()) {
            return top;
        }
        try {
            // oldest = latest = ts leaves the message itself, and possibly its thread's parent, which Slack puts first
            return calls.call("conversations.replies", null, () -> client.conversationsReplies(
                    r -> r.channel(channel).ts(ts).oldest(ts).latest(ts).inclusive(true).limit(2)))
                    .getMessages().stream().filter(m -> ts.equals(m.getTs())).findFirst();
        } catch (SlackCallRejected e) {
            if ("thread_not_found".equals(e.error())) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
