package org.csirtbot.sandbox.web;

import org.csirtbot.sandbox.web.PersonView.Conversation;
import org.csirtbot.sandbox.web.PersonView.Message;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** People, conversations and messages named and shaped as Slack puts them in the requests it sends. */
final class Places {

    private Places() {
    }

    static Named person(PersonView seen, String userId) {
        return new Named(userId, seen.person(userId).name());
    }

    /** Slack names a direct message {@code directmessage} in commands and payloads. */
    static Named channel(Conversation conversation) {
        return new Named(conversation.id(), conversation.isIm() ? "directmessage" : conversation.name());
    }

    /** The Events API's {@code channel_type}. */
    static String channelType(Conversation conversation) {
        return conversation.isIm() ? "im" : conversation.isPrivate() ? "group" : "channel";
    }

    /** Slack sends the app events of a conversation only when its bot is in it. */
    static boolean botHears(SandboxApp app, Conversation conversation) {
        return conversation.isIm() || conversation.members().contains(app.botUserId());
    }

    /** The message as block_actions carries it. */
    static ObjectNode message(SandboxApp app, Message message) {
        ObjectNode m = JsonNodes.MAPPER.createObjectNode();
        if (app.botUserId().equals(message.user())) {
            m.put("bot_id", app.botId());
        }
        m.put("type", "message").put("text", message.text()).put("user", message.user()).put("ts", message.ts())
                .put("team", app.teamId());
        if (message.blocks() != null) {
            m.set("blocks", message.blocks());
        }
        return m;
    }
}
