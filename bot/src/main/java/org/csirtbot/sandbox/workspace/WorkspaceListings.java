package org.csirtbot.sandbox.workspace;

import static org.csirtbot.sandbox.workspace.SlackIds.BOT_USER_ID;
import static org.csirtbot.sandbox.workspace.WorkspaceJson.channel;
import static org.csirtbot.sandbox.workspace.WorkspaceJson.error;
import static org.csirtbot.sandbox.workspace.WorkspaceJson.flag;
import static org.csirtbot.sandbox.workspace.WorkspaceJson.message;
import static org.csirtbot.sandbox.workspace.WorkspaceJson.ok;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The paged reads of {@link SlackWorkspace}: conversations.list, .members and .history, with Slack's page sizes
 * and cursors; called with the state lock held.
 */
final class WorkspaceListings {

    private static final Set<String> TYPES = Set.of("public_channel", "private_channel", "mpim", "im");

    private final WorkspaceState state;

    WorkspaceListings(WorkspaceState state) {
        this.state = state;
    }

    ObjectNode list(Map<String, String> p) {
        Set<String> types = Set.of(p.getOrDefault("types", "public_channel").split(","));
        if (!TYPES.containsAll(types)) {
            return error("invalid_types");
        }
        boolean excludeArchived = flag(p.get("exclude_archived"));
        List<WorkspaceState.Conv> matching = state.convs.values().stream()
                .filter(c -> types.contains(c.isIm() ? "im" : c.isPrivate ? "private_channel" : "public_channel"))
                .filter(c -> !(c.isPrivate && !c.members.contains(BOT_USER_ID)))
                .filter(c -> !(excludeArchived && c.archived))
                .toList();
        int start = 0;
        String cursor = p.get("cursor");
        if (cursor != null && !cursor.isBlank()) {
            String id = decodeCursor(cursor, "next_id:");
            start = id == null ? -1 : matching.stream().map(c -> c.id).toList().indexOf(id);
            if (start < 0) {
                return error("invalid_cursor");
            }
        }
        int limit = limit(p.get("limit"), 100, 1000);
        int end = Math.min(matching.size(), start + limit);
        ObjectNode body = ok();
        ArrayNode channels = body.putArray("channels");
        matching.subList(start, end).forEach(c -> channels.add(channel(c)));
        String next = end < matching.size() ? encodeCursor("next_id:" + matching.get(end).id) : "";
        body.putObject("response_metadata").put("next_cursor", next);
        return body;
    }

    /** conversations.members: the channel's members in the order they joined, paged; a private one only to members. */
    ObjectNode members(Map<String, String> p) {
        WorkspaceState.Conv c = state.conv(p.get("channel")).orElse(null);
        if (c == null || c.isPrivate && !c.members.contains(BOT_USER_ID)) {
            return error("channel_not_found");
        }
        List<String> members = List.copyOf(c.members);
        String cursor = p.get("cursor");
        int start = 0;
        if (cursor != null && !cursor.isBlank()) {
            String index = decodeCursor(cursor, "next_member:");
            start = index == null || !index.matches("\\d+") ? -1 : Integer.parseInt(index);
            if (start < 0 || start > members.size()) {
                return error("invalid_cursor");
            }
        }
        int end = Math.min(members.size(), start + limit(p.get("limit"), 100, 1000));
        ObjectNode body = ok();
        ArrayNode page = body.putArray("members");
        members.subList(start, end).forEach(page::add);
        body.putObject("response_metadata").put("next_cursor",
                end < members.size() ? encodeCursor("next_member:" + end) : "");
        return body;
    }

    /** A page size: the default when absent or 0, else clamped to 1..max. */
    static int limit(String value, int dflt, int max) {
        try {
            int n = value == null || value.isBlank() ? 0 : Integer.parseInt(value.trim());
            return n <= 0 ? dflt : Math.min(n, max);
        } catch (NumberFormatException e) {
            return dflt;
        }
    }

    static String encodeCursor(String value) {
        return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor's value after the prefix, or null when it is not one of ours. */
    static String decodeCursor(String cursor, String prefix) {
        try {
            String value = new String(Base64.getDecoder().decode(cursor.trim()), StandardCharsets.UTF_8);
            return value.startsWith(prefix) ? value.substring(prefix.length()) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    ObjectNode history(Map<String, String> p) {
        WorkspaceState.Conv c = state.conv(p.get("channel")).orElse(null);
        if (c == null) {
            return error("channel_not_found");
        }
        if (!c.members.contains(BOT_USER_ID)) {
            return error("not_in_channel");
        }
        boolean inclusive = flag(p.get("inclusive"));
        Predicate<WorkspaceState.Msg> inRange = m -> after(m.ts, p.get("oldest"), inclusive)
                && after(p.get("latest"), m.ts, inclusive);
        List<WorkspaceState.Msg> newestFirst = new ArrayList<>(c.messages.stream()
                .filter(m -> m.threadTs == null || m.threadTs.equals(m.ts)) // replies stay in their thread
                .filter(inRange).toList());
        newestFirst.sort(WorkspaceThreads.NEWEST_FIRST);
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
        // not on the method's page, but Slack sends them and its OpenAPI spec requires them
        body.putNull("channel_actions_ts").put("channel_actions_count", 0);
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
