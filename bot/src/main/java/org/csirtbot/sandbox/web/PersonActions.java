package org.csirtbot.sandbox.web;

import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/** What a person does in Slack's own client, recorded in the workspace before Slack tells the app about it. */
public interface PersonActions {

    /**
     * Posts the person's message (a thread reply when {@code threadTs} is set).
     *
     * @return its ts, or empty when Slack's client would not let the person post there
     */
    Optional<String> postMessage(String userId, String channelId, String text, String threadTs);

    /**
     * Adds the person's reaction to a message.
     *
     * @return false when nothing changed (the person had already reacted so, or no such message)
     */
    boolean addReaction(String userId, String channelId, String ts, String name);

    /**
     * A person's message as it was before they edited or deleted it, and the ts of that change.
     *
     * @param threadTs the thread's parent for a reply, else null
     */
    record Changed(String previousText, String threadTs, String at) {
    }

    /** Changes the text of the person's own message; empty when it is not theirs (or gone). */
    Optional<Changed> editMessage(String userId, String channelId, String ts, String text);

    /** Deletes the person's own message; empty when it is not theirs (or gone). */
    Optional<Changed> deleteMessage(String userId, String channelId, String ts);

    /** Shows the bot's answer to the person's slash command in the channel, to them alone, as Slack does. */
    void showCommandAnswer(String userId, String channelId, String text, JsonNode blocks);
}
