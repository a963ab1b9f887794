package org.csirtbot.sandbox.web;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Events API requests as Slack sends them: an {@code event_callback} envelope around the event, as JSON. */
public final class EventPayloads {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final AtomicLong EVENT_IDS = new AtomicLong();

    private final SandboxApp app;

    public EventPayloads(SandboxApp app) {
        this.app = app;
    }

    /** The envelope around the event JSON, with a fresh event_id and the bot's authorization. */
    public String eventCallback(String eventJson) {
        JsonNode event = parse(eventJson);
        ObjectNode p = MAPPER.createObjectNode();
        p.put("token", app.verificationToken()).put("team_id", app.teamId()).put("api_app_id", app.appId());
        p.set("event", event);
        p.put("type", "event_callback").put("event_id", newEventId()).put("event_time", SlackClock.epochSeconds());
        p.putArray("authorizations").addObject().putNull("enterprise_id").put("team_id", app.teamId())
                .put("user_id", app.botUserId()).put("is_bot", true).put("is_enterprise_install", false);
        p.put("is_ext_shared_channel", false);
        p.put("event_context", "1-" + event.path("type").asText() + "-" + app.teamId() + "-"
                + event.path("channel").asText());
        return p.toString();
    }

    /** {@code reaction_added}: the person reacted with {@code name} (no colons) to the message of {@code itemUser}. */
    public String reactionAdded(String userId, String channelId, String ts, String name, String itemUser) {
        ObjectNode e = MAPPER.createObjectNode().put("type", "reaction_added").put("user", userId);
        e.putObject("item").put("type", "message").put("channel", channelId).put("ts", ts);
        e.put("reaction", name).put("item_user", itemUser).put("event_ts", SlackClock.nextTs());
        return eventCallback(e.toString());
    }

    /**
     * {@code message}: the person posted plain text (a thread reply when {@code threadTs} is set); {@code text} as
     * Slack escapes it, the rich text block as typed.
     *
     * @param channelType {@code channel}, {@code group} (private) or {@code im}
     */
    public String message(String userId, String channelId, String channelType, String ts, String threadTs,
                          String text) {
        ObjectNode e = posted(userId, ts, threadTs, text);
        e.put("channel", channelId).put("event_ts", ts).put("channel_type", channelType);
        return eventCallback(e.toString());
    }

    /**
     * {@code message} of subtype {@code message_changed}: the person edited their message {@code ts} at
     * {@code editedTs} from {@code previousText} to {@code text} (both as Slack escapes them), as the samples show.
     */
    public String messageChanged(String userId, String channelId, String channelType, String ts, String threadTs,
                                 String previousText, String text, String editedTs) {
        ObjectNode e = MAPPER.createObjectNode().put("type", "message").put("subtype", "message_changed");
        ObjectNode message = posted(userId, ts, threadTs, text);
        message.putObject("edited").put("user", userId).put("ts", editedTs);
        e.set("message", message);
        e.set("previous_message", posted(userId, ts, threadTs, previousText));
        e.put("channel", channelId).put("hidden", true).put("ts", editedTs).put("event_ts", editedTs)
                .put("channel_type", channelType);
        return eventCallback(e.toString());
    }

    /** {@code message} of subtype {@code message_deleted}: the person deleted their message {@code ts} at {@code deletedAt}. */
    public String messageDeleted(String userId, String channelId, String channelType, String ts, String threadTs,
                                 String previousText, String deletedAt) {
        ObjectNode e = MAPPER.createObjectNode().put("type", "message").put("subtype", "message_deleted");
        ObjectNode previous = MAPPER.createObjectNode().put("type", "message").put("text", previousText)
                .put("user", userId).put("team", app.teamId()).put("ts", ts);
        if (threadTs != null && !threadTs.isBlank()) {
            previous.put("thread_ts", threadTs);
        }
        e.set("previous_message", previous);
        e.put("channel", channelId).put("hidden", true).put("deleted_ts", ts).put("event_ts", deletedAt)
                .put("ts", deletedAt).put("channel_type", channelType);
        return eventCallback(e.toString());
    }

    /** A person's plain message as Slack shows it: the text escaped, the rich text block as typed. */
    private ObjectNode posted(String userId, String ts, String threadTs, String text) {
        ObjectNode m = MAPPER.createObjectNode().put("client_msg_id", UUID.randomUUID().toString())
                .put("type", "message").put("text", text).put("user", userId).put("ts", ts).put("team", app.teamId());
        m.putArray("blocks").addObject().put("type", "rich_text").put("block_id", ts.replace(".", ""))
                .putArray("elements").addObject().put("type", "rich_text_section")
                .putArray("elements").addObject().put("type", "text")
                .put("text", text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"));
        if (threadTs != null && !threadTs.isBlank()) {
            m.put("thread_ts", threadTs);
        }
        return m;
    }

    /** A fresh Events API event_id such as {@code EvMI3K2P0S000042}: unique across restarts, as the bot remembers ids. */
    static String newEventId() {
        return String.format("Ev%s%06d", Long.toString(System.currentTimeMillis(), 36).toUpperCase(),
                EVENT_IDS.incrementAndGet() % 1_000_000);
    }

    private static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not JSON: " + json, e);
        }
    }
}
