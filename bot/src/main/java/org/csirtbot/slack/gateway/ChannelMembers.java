package org.csirtbot.slack.gateway;

import java.util.ArrayList;
import java.util.List;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.conversations.ConversationsMembersResponse;

/** The members of a conversation, read page by page with conversations.members; only reads. */
final class ChannelMembers {

    /** Members asked for a page: Slack allows up to 1000 and advises 200 at most. */
    static final int PAGE = 200;

    private ChannelMembers() {
    }

    static List<String> read(MethodsClient client, SlackCalls calls, String channel) {
        List<String> members = new ArrayList<>();
        String cursor = null;
        do {
            String page = cursor;
            ConversationsMembersResponse answer = calls.call("conversations.members", null,
                    () -> client.conversationsMembers(r -> r.channel(channel).limit(PAGE).cursor(page)));
            if (answer.getMembers() != null) {
                members.addAll(answer.getMembers());
            }
            cursor = answer.getResponseMetadata() == null ? null : answer.getResponseMetadata().getNextCursor();
        } while (cursor != null && !cursor.isBlank());
        return members;
    }
}
