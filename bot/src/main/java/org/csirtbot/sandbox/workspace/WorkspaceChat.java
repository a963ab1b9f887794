package org.csirtbot.sandbox.workspace;

import static org.csirtbot.sandbox.workspace.SlackIds.BOT_USER_ID;
import static org.csirtbot.sandbox.workspace.WorkspaceJson.error;
import static org.csirtbot.sandbox.workspace.WorkspaceJson.message;
import static org.csirtbot.sandbox.workspace.WorkspaceJson.ok;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** chat.* and pins.* of {@link SlackWorkspace}; called with the state lock held. */
final class WorkspaceChat {

    private final WorkspaceState state;
    private final SlackWorkspace.Options options;

    WorkspaceChat(WorkspaceState state, SlackWorkspace.Options options) {
        this.state = state;
        this.options = options;
    }

    /**
     * A channel id, a channel name ({@code #name} or {@code name}) or a user id (the bot's DM with that user, made
     * only when {@code openDm}); null when unknown.
     */
    private WorkspaceState.Conv target(String channel, boolean openDm) {
        if (WorkspaceState.isUserId(channel)) {
            return openDm ? state.dm(channel) : state.conv(state.dmByUser.get(channel)).orElse(null);
        }
        return state.conv(channel).or(() -> channel == null ? Optional.empty()
                : state.byName(channel.startsWith("#") ? channel.substring(1) : channel)).orElse(null);
    }

    private static ObjectNode refusePost(WorkspaceState.Conv c) {
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
        boolean toUser = WorkspaceState.isUserId(channel);
        ObjectNode refused = toUser ? null : refusePost(target(channel, false));
        if (refused != null) {
            return refused;
        }
        MessageContent content = MessageContent.of(p, options.validateBlocks, true);
        if (content.error() != null) {
            return content.error();
        }
        WorkspaceState.Conv c = target(channel, true); // a user's DM opens only once the message is accepted
        String threadTs = p.get("thread_ts");
        WorkspaceState.Msg m = new WorkspaceState.Msg(c.id, SlackIds.nextTs(),
                threadTs == null || threadTs.isBlank() ? null : threadTs,
                content.text() == null ? "" : content.text(), content.blocks(), content.metadata());
        state.add(c, m);
        ObjectNode body = ok().put("channel", c.id).put("ts", m.ts);
        body.set("message", message(m, c, true));
        return body;
    }

    ObjectNode update(Map<String, String> p) {
        WorkspaceState.Conv c = state.conv(p.get("channel")).orElse(null);
        ObjectNode refused = refusePost(c);
        if (refused != null) {
            return refused;
        }
        WorkspaceState.Msg m = c.byTs.get(p.get("ts"));
        if (m == null) {
            return error("message_not_found");
        }
        MessageContent content = MessageContent.of(p, options.validateBlocks, false);
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
        if (!WorkspaceState.isUserId(user)) {
            return error("user_not_found");
        }
        WorkspaceState.Conv c = target(channel, false);
        if (c != null && (c.archived || !c.hasMember(user))) {
            return error(c.archived ? "is_archived" : "user_not_in_channel");
        }
        MessageContent content = MessageContent.of(p, options.validateBlocks, false);
        if (content.error() != null) {
            return content.error();
        }
        String ts = SlackIds.nextTs();
        state.ephemerals.add(new WorkspaceModel.Ephemeral(c == null ? channel : c.id, user, content.text(),
                WorkspaceState.deep(content.blocks()), ts));
        return ok().put("message_ts", ts);
    }

    ObjectNode pinsAdd(Map<String, String> p) {
        WorkspaceState.Conv c = state.conv(p.get("channel")).orElse(null);
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

    ObjectNode pinsRemove(Map<String, String> p) {
        WorkspaceState.Conv c = state.conv(p.get("channel")).orElse(null);
        if (c == null) {
            return error("channel_not_found");
        }
        String ts = p.get("timestamp");
        if (ts == null || ts.isBlank()) {
            return error("no_item_specified");
        }
        return c.pins.remove(ts) == null ? error("no_pin") : ok();
    }

    ObjectNode pinsList(Map<String, String> p) {
        WorkspaceState.Conv c = state.conv(p.get("channel")).orElse(null);
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
}
