package org.csirtbot.testkit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.csirtbot.testkit.SlackTestIds.TEAM_DOMAIN;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * Messages in the stub's channels, as conversations.history (with {@code latest} and {@code inclusive}),
 * conversations.replies and chat.getPermalink return them: the docs samples with the message's fields replaced.
 */
public final class StubbedMessages {

    private final WireMockServer server;
    private final int priority;

    StubbedMessages(WireMockServer server, int priority) {
        this.server = server;
        this.priority = priority;
    }

    /** A message in the channel itself; returns its permalink. */
    public String given(String channel, String ts, String user, String text) {
        ObjectNode history = SlackSamples.object("web-api/conversations.history.success_with_timestamp_inclusive.json");
        history.put("latest", ts);
        ((ObjectNode) history.get("messages").get(0)).put("user", user).put("text", text).put("ts", ts);
        stub("conversations.history", channel, "latest", ts, history);
        return permalink(channel, ts, null);
    }

    /**
     * A reply in the thread of {@code parentTs}: the channel's history at {@code ts} shows the parent (a reply
     * is not in it), its thread the parent and the reply. Returns the reply's permalink.
     */
    public String givenReply(String channel, String ts, String parentTs, String user, String text) {
        ObjectNode history = SlackSamples.object("web-api/conversations.history.success_with_timestamp_inclusive.json");
        history.put("latest", ts);
        ((ObjectNode) history.get("messages").get(0)).put("ts", parentTs).put("thread_ts", parentTs)
                .put("reply_count", 1);
        stub("conversations.history", channel, "latest", ts, history);

        ObjectNode replies = SlackSamples.object("web-api/conversations.replies.success.json");
        ArrayNode messages = (ArrayNode) replies.get("messages");
        while (messages.size() > 2) {
            messages.remove(messages.size() - 1);
        }
        ((ObjectNode) messages.get(0)).put("ts", parentTs).put("thread_ts", parentTs).put("reply_count", 1);
        ((ObjectNode) messages.get(1)).put("ts", ts).put("thread_ts", parentTs).put("user", user).put("text", text);
        replies.put("has_more", false).remove("response_metadata");
        stub("conversations.replies", channel, "ts", ts, replies);
        return permalink(channel, ts, parentTs);
    }

    private String permalink(String channel, String ts, String threadTs) {
        String link = "https://" + TEAM_DOMAIN + ".slack.com/archives/" + channel + "/p" + ts.replace(".", "")
                + (threadTs == null ? "" : "?thread_ts=" + threadTs + "&cid=" + channel);
        String sample = threadTs == null ? "chat.getPermalink.success.json" : "chat.getPermalink.success_with_thread.json";
        ObjectNode body = SlackSamples.object("web-api/" + sample).put("channel", channel).put("permalink", link);
        stub("chat.getPermalink", channel, "message_ts", ts, body);
        return link;
    }

    private void stub(String method, String channel, String param, String value, ObjectNode body) {
        server.stubFor(post(urlPathEqualTo("/api/" + method)).withFormParam("channel", equalTo(channel))
                .withFormParam(param, equalTo(value)).atPriority(priority)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json; charset=utf-8")
                        .withBody(body.toString())));
    }
}
