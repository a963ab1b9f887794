package org.csirtbot.sandbox.workspace;

import static org.csirtbot.sandbox.workspace.SlackIds.APP_ID;
import static org.csirtbot.sandbox.workspace.SlackIds.BOT_ID;
import static org.csirtbot.sandbox.workspace.SlackIds.BOT_USER_ID;
import static org.csirtbot.sandbox.workspace.SlackIds.TEAM_ID;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Response bodies of {@link SlackWorkspace}, shaped like the web-api samples. */
final class WorkspaceJson {

    private static final ObjectNode CHANNEL = (ObjectNode) SlackSamples.object("web-api/conversations.create.success.json")
            .get("channel");
    private static final ObjectNode IM = (ObjectNode) SlackSamples.object("web-api/conversations.info.success_im.json")
            .get("channel");

    private WorkspaceJson() {
    }

    static ObjectNode ok() {
        return object().put("ok", true);
    }

    static ObjectNode error(String error) {
        return object().put("ok", false).put("error", error);
    }

    /** {@code invalid_arguments} with {@code response_metadata.messages}, as views.* and setTopic answer. */
    static ObjectNode invalidArguments(List<String> messages) {
        ObjectNode body = error("invalid_arguments");
        ArrayNode m = body.putObject("response_metadata").putArray("messages");
        messages.forEach(text -> m.add("[ERROR] " + text));
        return body;
    }

    /** {@code invalid_blocks} with {@code errors} and {@code response_metadata.messages}, as in errors/invalid_blocks_*.json. */
    static ObjectNode invalidBlocks(List<String> errors) {
        ObjectNode body = error("invalid_blocks");
        ArrayNode e = body.putArray("errors");
        ArrayNode m = body.putObject("response_metadata").putArray("messages");
        for (String error : errors) {
            e.add(error);
            m.add("[ERROR] " + error);
        }
        return body;
    }

    /** A conversation object as conversations.create/info/list return it. */
    static ObjectNode channel(WorkspaceState.Conv c) {
        if (c.isIm()) {
            ObjectNode im = IM.deepCopy();
            im.remove(List.of("latest", "locale", "priority"));
            im.put("id", c.id).put("created", c.created).put("user", c.dmUser).put("last_read", "0000000000.000000");
            return im;
        }
        ObjectNode ch = CHANNEL.deepCopy();
        ch.remove("properties");
        ch.put("id", c.id).put("name", c.name).put("name_normalized", c.name).put("created", c.created)
                .put("creator", c.creator).put("is_archived", c.archived).put("is_private", c.isPrivate)
                .put("is_member", c.members.contains(BOT_USER_ID)).put("num_members", c.members.size());
        textObject(ch.putObject("topic"), c.topic, c.topicSet);
        textObject(ch.putObject("purpose"), c.purpose, c.purposeSet);
        return ch;
    }

    private static void textObject(ObjectNode node, String value, long lastSet) {
        node.put("value", value).put("creator", lastSet == 0 ? "" : BOT_USER_ID).put("last_set", lastSet);
    }

    /** A message object as chat.postMessage, chat.update and conversations.history return it. */
    static ObjectNode message(WorkspaceState.Msg m, WorkspaceState.Conv c, boolean withMetadata) {
        ObjectNode msg = object().put("type", "message").put("user", m.user);
        if (m.user.equals(BOT_USER_ID)) {
            msg.put("bot_id", BOT_ID).put("app_id", APP_ID);
        }
        msg.put("text", m.text).put("ts", m.ts).put("team", TEAM_ID);
        if (m.blocks != null) {
            msg.set("blocks", m.blocks.deepCopy());
        }
        if (m.threadTs != null) {
            msg.put("thread_ts", m.threadTs);
            if (!m.threadTs.equals(m.ts)) {
                msg.put("parent_user_id", c.byTs.containsKey(m.threadTs) ? c.byTs.get(m.threadTs).user : BOT_USER_ID);
            }
        }
        long replies = c.messages.stream().filter(r -> m.ts.equals(r.threadTs) && !r.ts.equals(m.ts)).count();
        if (replies > 0) {
            msg.put("thread_ts", m.ts).put("reply_count", replies);
        }
        if (m.edited) {
            msg.putObject("edited").put("user", BOT_USER_ID).put("ts", m.editedTs);
        }
        if (withMetadata && m.metadata != null) {
            msg.set("metadata", m.metadata.deepCopy());
        }
        if (!m.reactions.isEmpty()) {
            ArrayNode reactions = msg.putArray("reactions");
            m.reactions.forEach((name, users) -> {
                ObjectNode r = reactions.addObject().put("name", name);
                users.forEach(r.putArray("users")::add);
                r.put("count", users.size());
            });
        }
        if (c.pins.containsKey(m.ts)) {
            msg.putArray("pinned_to").add(c.id);
        }
        return msg;
    }

    static ObjectNode object() {
        return SlackSamples.MAPPER.createObjectNode();
    }

    /** Parses a JSON form param; null when absent or blank. */
    static JsonNode parse(String value) throws IOException {
        return value == null || value.isBlank() ? null : SlackSamples.MAPPER.readTree(value);
    }

    /** Decodes an application/x-www-form-urlencoded body (UTF-8) into an ordered map; a repeated key keeps its first value (the SDK sends thread_ts twice). */
    static Map<String, String> decodeForm(String body) {
        Map<String, String> params = new LinkedHashMap<>();
        if (body == null || body.isEmpty()) {
            return params;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            params.putIfAbsent(URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return params;
    }

    /** Slack's boolean form values: "1"/"true" (the Java SDK sends "1"/"0" or "true"/"false"). */
    static boolean flag(String value) {
        return "1".equals(value) || "true".equalsIgnoreCase(value);
    }
}
