package org.csirtbot.testkit.fakeslack;

import static org.csirtbot.testkit.SlackTestIds.BOT_USER_ID;
import static org.csirtbot.testkit.fakeslack.FakeSlackConversations.decodeCursor;
import static org.csirtbot.testkit.fakeslack.FakeSlackConversations.encodeCursor;
import static org.csirtbot.testkit.fakeslack.FakeSlackConversations.limit;
import static org.csirtbot.testkit.fakeslack.FakeSlackJson.error;
import static org.csirtbot.testkit.fakeslack.FakeSlackJson.flag;
import static org.csirtbot.testkit.fakeslack.FakeSlackJson.message;
import static org.csirtbot.testkit.fakeslack.FakeSlackJson.ok;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.csirtbot.testkit.SlackIds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** chat.*, pins.* and conversations.history of {@link FakeSlackWorkspace}; called with the state lock held. */
final class FakeSlackChat {

    private final FakeSlackState state;
    private final SlackWorkspace.Options options;

    FakeSlackChat(FakeSlackState state, SlackWorkspace.Options options) {
        this.state = state;
        this.options = options;
    }

    /** The message content of a chat.* request, or the error to answer. */
    private record Content(String text, JsonNode blocks, JsonNode metadata, ObjectNode error) {
    }

    private Content content(Map<String, String> p, boolean textMayBeTruncated) {
        JsonNode blocks;
        JsonNode metadata;
        try {
            blocks = FakeSlackJson.parse(p.get("blocks"));
        } catch (IOException e) {
            blocks = null;
        }
        if (p.get("blocks") != null && !p.get("blocks").isBlank() && (blocks == null || !blocks.isArray())) {
            return new Content(null, null, null, error("invalid_blocks_format"));
        }
        try {
            metadata = FakeSlackJson.parse(p.get("metadata"));
        } catch (IOException e) {
            return new Content(null, null, null, error("invalid_metadata_format"));
        }
        if (metadata != null && (!metadata.isObject() || !metadata.path("event_type").isTextual())) {
            return new Content(null, null, null, error("invalid_metadata_format"));
        }
        String text = p.get("text");
        if ((text == null || text.isBlank()) && (blocks == null || blocks.isEmpty())) {
            return new Content(null, null, null, error("no_text"));
        }
        if (text != null && text.codePointCount(0, text.length()) > BlockKitLimits.MAX_MESSAGE_TEXT) {
            if (!textMayBeTruncated) {
                return new Content(null, null, null, error("msg_too_long"));
            }
            text = text.substring(0, text.offsetByCodePoints(0, BlockKitLimits.MAX_MESSAGE_TEXT));
        }
        if (blocks != null && options.validateBlocks) {
            List<String> violations = BlockKitLimits.checkBlocks(blocks).stream().map(Object::toString).toList();
            if (!violations.isEmpty()) {
                return new Content(null, null, null, FakeSlackJson.invalidBlocks(violations));
            }
        }
        return new Content(text, blocks, metadata, null);
    }

    /**
     * A channel id, a channel name ({@code #name} or {@code name}) or a user id (the bot's DM with that user, made
     * only when {@code openDm}); null when unknown.
     */
    private FakeSlackState.Conv target(String channel, boolean openDm) {
        if (FakeSlackState.isUserId(channel)) {
            return openDm ? state.dm(channel) : state.conv(state.dmByUser.get(channel)).orElse(null);
        }
        return state.conv(channel).or(() -> channel == null ? Optional.empty()
                : state.byName(channel.startsWith("#") ? channel.substring(1) : channel)).orElse(null);
    }

    private static ObjectNode refusePost(FakeSlackState.Conv c) {
        if (c == null) {
            return error("channel_not_found");
        }
        if (c.archived) {
            return error("is_archived");
        }
        return c.members.contains(BOT_USER_ID) ? null : error("not_in_channel");
    }

    ObjectNode postMessage(Map<String, String> p) {
        String channel = p.get("channel");
        boolean toUser = FakeSlackState.isUserId(channel);
        ObjectNode refused = toUser ? null : refusePost(target(channel, false));
        if (refused != null) {
            return refused;
        }
        Content content = content(p, true);
        if (content.error() != null) {
            return content.error();
        }
        FakeSlackState.Conv c = target(channel, true); // a user's DM opens only once the message is accepted
        String threadTs = p.get("thread_ts");
        FakeSlackState.Msg m = new FakeSlackState.Msg(c.id, SlackIds.nextTs(),
                threadTs == null || threadTs.isBlank() ? null : threadTs,
                content.text() == null ? "" : content.text(), content.blocks(), content.metadata());
        state.add(c, m);
        ObjectNode body = ok().put("channel", c.id).put("ts", m.ts);
        body.set("message", message(m, c, true));
        return body;
    }

    ObjectNode update(Map<String, String> p) {
        FakeSlackState.Conv c = state.conv(p.get("channel")).orElse(null);
        ObjectNode refused = refusePost(c);
        if (refused != null) {
            return refused;
        }
        FakeSlackState.Msg m = c.byTs.get(p.get("ts"));
        if (m == null) {
            return error("message_not_found");
        }
        Content content = content(p, false);
        if (content.error() != null) {
            return content.error();
        }
        if (content.text() != null) {
            m.text = content.text();
        }
        if (content.blocks() != null) {
            m.blocks = content.blocks();
        }
        if (content.metadata() != null) {
            m.metadata = content.metadata();
        }
        m.edited = true;
        m.editedTs = SlackIds.nextTs();
        ObjectNode body = ok().put("channel", c.id).put("ts", m.ts).put("text", m.text);
        body.set("message", message(m, c, true));
        return body;
    }

    ObjectNode postEphemeral(Map<String, String> p) {
        String channel = p.get("channel");
        String user = p.get("user");
        if (channel == null || channel.isBlank()) {
            return error("channel_not_found");
        }
        if (!FakeSlackState.isUserId(user)) {
            return error("user_not_found");
        }
        FakeSlackState.Conv c = target(channel, false);
        if (c != null && (c.archived || !c.hasMember(user))) {
            return error(c.archived ? "is_archived" : "user_not_in_channel");
        }
        Content content = content(p, false);
        if (content.error() != null) {
            return content.error();
        }
        String ts = SlackIds.nextTs();
        state.ephemerals.add(new FakeSlackModel.Ephemeral(c == null ? channel : c.id, user, content.text(),
                FakeSlackState.deep(content.blocks()), ts));
        return ok().put("message_ts", ts);
    }

    ObjectNode pinsAdd(Map<String, String> p) {
        FakeSlackState.Conv c = state.conv(p.get("channel")).orElse(null);
        if (c == null) {
            return error("channel_not_found");
        }
        String ts = p.get("timestamp");
        if (ts == null || ts.isBlank()) {
            return error("no_item_specified");
        }
        if (!c.byTs.containsKey(ts)) {
            return error("message_not_found");
        }
        if (c.pins.containsKey(ts)) {
            return error("already_pinned");
        }
        c.pins.put(ts, System.currentTimeMillis() / 1000);
        return ok();
    }

    ObjectNode pinsList(Map<String, String> p) {
        FakeSlackState.Conv c = state.conv(p.get("channel")).orElse(null);
        if (c == null) {
            return error("channel_not_found");
        }
        ObjectNode body = ok();
        ArrayNode items = body.putArray("items");
        List<String> newestFirst = new ArrayList<>(c.pins.keySet());
        Collections.reverse(newestFirst);
        for (String ts : newestFirst) {
            ObjectNode item = items.addObject().put("type", "message").put("created", c.pins.get(ts))
                    .put("created_by", BOT_USER_ID).put("channel", c.id);
            item.set("message", message(c.byTs.get(ts), c, false));
        }
        return body;
    }

    ObjectNode history(Map<String, String> p) {
        FakeSlackState.Conv c = state.conv(p.get("channel")).orElse(null);
        if (c == null) {
            return error("channel_not_found");
        }
        if (!c.members.contains(BOT_USER_ID)) {
            return error("not_in_channel");
        }
        boolean inclusive = flag(p.get("inclusive"));
        Predicate<FakeSlackState.Msg> inRange = m -> after(m.ts, p.get("oldest"), inclusive)
                && after(p.get("latest"), m.ts, inclusive);
        List<FakeSlackState.Msg> newestFirst = new ArrayList<>(c.messages.stream()
                .filter(m -> m.threadTs == null || m.threadTs.equals(m.ts)) // replies stay in their thread
                .filter(inRange).toList());
        newestFirst.sort(FakeSlackThreads.NEWEST_FIRST);
        int start = 0;
        String cursor = p.get("cursor");
        if (cursor != null && !cursor.isBlank()) {
            String ts = decodeCursor(cursor, "next_ts:");
            start = ts == null ? -1 : newestFirst.stream().map(m -> m.ts).toList().indexOf(ts);
            if (start < 0) {
                return error("invalid_cursor");
            }
        }
        int end = Math.min(newestFirst.size(), start + limit(p.get("limit"), 100, 999));
        boolean withMetadata = flag(p.get("include_all_metadata"));
        ObjectNode body = ok();
        ArrayNode messages = body.putArray("messages");
        newestFirst.subList(start, end).forEach(m -> messages.add(message(m, c, withMetadata)));
        body.put("has_more", end < newestFirst.size()).put("pin_count", c.pins.size());
        body.putObject("response_metadata").put("next_cursor",
                end < newestFirst.size() ? encodeCursor("next_ts:" + newestFirst.get(end).ts) : "");
        return body;
    }

    /** {@code later > earlier} (or {@code >=} when inclusive); a missing bound always passes. */
    static boolean after(String later, String earlier, boolean inclusive) {
        if (later == null || later.isBlank() || earlier == null || earlier.isBlank()) {
            return true;
        }
        int cmp = new BigDecimal(later).compareTo(new BigDecimal(earlier));
        return inclusive ? cmp >= 0 : cmp > 0;
    }
}
