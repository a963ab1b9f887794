package org.csirtbot.testkit;

import org.csirtbot.sandbox.workspace.SlackIds;
import org.csirtbot.sandbox.workspace.SlackSamples;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Events API bodies of the timeline, from the real samples (events/): a reaction added to a message, a message
 * posted, changed or deleted. Each has a fresh event_id; send it again as it is to repeat the delivery.
 */
public final class TimelineEventPayloads {

    private TimelineEventPayloads() {
    }

    /** {@code reaction_added} by {@code userId} on the message {@code ts} of {@code channel} written by {@code author}. */
    public static String reactionAdded(String userId, String reaction, String channel, String ts, String author) {
        ObjectNode event = event("bolt-python_reaction_added_event_callback.json");
        event.put("user", userId).put("reaction", reaction).put("item_user", author).put("event_ts", SlackIds.nextTs());
        ((ObjectNode) event.get("item")).put("channel", channel).put("ts", ts);
        return SlackPayloads.eventCallback(event.toString());
    }

    /** A new message, as the {@code message.channels} subscription delivers every message of the bot's channels. */
    public static String messagePosted(String channel, String ts, String user, String text) {
        ObjectNode event = event("bolt-python_message_event_callback.json");
        event.put("channel", channel).put("ts", ts).put("event_ts", ts).put("user", user).put("text", text);
        event.remove("blocks");
        return SlackPayloads.eventCallback(event.toString());
    }

    /**
     * A message of another subtype, such as {@code channel_join} ("has joined the channel"); the message sample
     * with a {@code subtype}.
     */
    public static String messageOfSubtype(String channel, String subtype, String user) {
        String ts = SlackIds.nextTs();
        ObjectNode event = event("bolt-python_message_event_callback.json");
        event.put("subtype", subtype).put("channel", channel).put("ts", ts).put("event_ts", ts).put("user", user)
                .put("text", "<@" + user + "> has joined the channel");
        event.remove("blocks");
        event.remove("client_msg_id");
        return SlackPayloads.eventCallback(event.toString());
    }

    /** {@code message_changed}: {@code author} edited the message {@code ts} at {@code editedTs} to {@code newText}. */
    public static String messageChanged(String channel, String ts, String author, String oldText, String newText,
                                        String editedTs) {
        ObjectNode event = event("bolt-python_message_changed_event_callback.json");
        event.put("channel", channel).put("ts", editedTs).put("event_ts", editedTs);
        ObjectNode message = (ObjectNode) event.get("message");
        message.put("user", author).put("text", newText).put("ts", ts);
        message.remove("blocks");
        ((ObjectNode) message.get("edited")).put("user", author).put("ts", editedTs);
        ObjectNode previous = (ObjectNode) event.get("previous_message");
        previous.put("user", author).put("text", oldText).put("ts", ts);
        previous.remove("blocks");
        return SlackPayloads.eventCallback(event.toString());
    }

    /** {@code message_deleted}: the message {@code ts} was deleted at {@code deletedAtTs}. */
    public static String messageDeleted(String channel, String ts, String author, String lastText, String deletedAtTs) {
        ObjectNode event = event("bolt-python_message_deleted_event_callback.json");
        event.put("channel", channel).put("deleted_ts", ts).put("ts", deletedAtTs).put("event_ts", deletedAtTs);
        ((ObjectNode) event.get("previous_message")).put("user", author).put("text", lastText).put("ts", ts);
        return SlackPayloads.eventCallback(event.toString());
    }

    private static ObjectNode event(String sample) {
        return (ObjectNode) SlackSamples.object("events/" + sample).get("event");
    }
}
