package org.csirtbot.sandbox.workspace;

import static org.csirtbot.sandbox.workspace.SlackIds.TEAM_DOMAIN;
import static org.csirtbot.sandbox.workspace.WorkspaceJson.error;
import static org.csirtbot.sandbox.workspace.WorkspaceJson.flag;
import static org.csirtbot.sandbox.workspace.WorkspaceJson.message;
import static org.csirtbot.sandbox.workspace.WorkspaceJson.ok;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Messages people wrote (given by a test), threads (conversations.replies) and links (chat.getPermalink) of
 * {@link SlackWorkspace}; called with the state lock held.
 */
final class WorkspaceThreads {

    static final Comparator<WorkspaceState.Msg> NEWEST_FIRST =
            Comparator.comparing((WorkspaceState.Msg m) -> new BigDecimal(m.ts)).reversed();

    private final WorkspaceState state;

    WorkspaceThreads(WorkspaceState state) {
        this.state = state;
    }

    /** A message a person wrote in a channel (the channel appears when unknown); its permalink. */
    String commandAnswer(String channel, String user, String text, JsonNode blocks) {
        String ts = SlackIds.nextTs();
        state.ephemerals.add(new WorkspaceModel.Ephemeral(channel, user, text, WorkspaceState.deep(blocks), ts));
        return ts;
    }

    String given(String channel, String ts, String user, String text) {
        WorkspaceState.Conv c = conv(channel);
        state.add(c, new WorkspaceState.Msg(c.id, ts, null, user, text, null, null));
        return link(c.id, ts, null);
    }

    /** A message the bot posted before the test, at a ts the test chose (the channel appears when unknown). */
    void givenBotMessage(String channel, String ts, String text) {
        WorkspaceState.Conv c = conv(channel);
        if (!c.byTs.containsKey(ts)) {
            state.add(c, new WorkspaceState.Msg(c.id, ts, null, text, null, null));
        }
    }

    /** A reply in the thread of {@code parentTs} (a parent by the same person appears when unknown); its permalink. */
    String givenReply(String channel, String ts, String parentTs, String user, String text) {
        WorkspaceState.Conv c = conv(channel);
        if (!c.byTs.containsKey(parentTs)) {
            state.add(c, new WorkspaceState.Msg(c.id, parentTs, null, user, "the thread's first message", null, null));
        }
        state.add(c, new WorkspaceState.Msg(c.id, ts, parentTs, user, text, null, null));
        return link(c.id, ts, parentTs);
    }

    private WorkspaceState.Conv conv(String channel) {
        return state.conv(channel).orElseGet(() -> state.given(channel, channel.toLowerCase(), false, List.of()));
    }

    /** A person's reaction to a message; null, or Slack's error. */
    String reaction(String channel, String ts, String user, String name) {
        WorkspaceState.Msg m = state.conv(channel).map(c -> c.byTs.get(ts)).orElse(null);
        if (m == null) {
            return "message_not_found";
        }
        boolean added = m.reactions.computeIfAbsent(name, n -> new LinkedHashSet<>()).add(user);
        return added ? null : "already_reacted";
    }

    /** A person edits their own message to {@code text} (blocks gone, marked edited); null when it is not theirs. */
    WorkspaceModel.Change edit(String channel, String ts, String user, String text) {
        WorkspaceState.Msg m = own(channel, ts, user);
        if (m == null) {
            return null;
        }
        WorkspaceModel.Message before = m.copy();
        m.text = text;
        m.blocks = null;
        m.edited = true;
        m.editedTs = SlackIds.nextTs();
        return new WorkspaceModel.Change(before, m.editedTs);
    }

    /** A person deletes their own message (its pin too); null when it is not theirs. */
    WorkspaceModel.Change delete(String channel, String ts, String user) {
        WorkspaceState.Msg m = own(channel, ts, user);
        if (m == null) {
            return null;
        }
        WorkspaceState.Conv c = state.conv(channel).orElseThrow();
        c.messages.remove(m);
        c.byTs.remove(ts);
        c.pins.remove(ts);
        return new WorkspaceModel.Change(m.copy(), SlackIds.nextTs());
    }

    private WorkspaceState.Msg own(String channel, String ts, String user) {
        WorkspaceState.Msg m = state.conv(channel).map(c -> c.byTs.get(ts)).orElse(null);
        return m != null && user != null && user.equals(m.user) ? m : null;
    }

    /** The parent first, then the replies within oldest/latest; thread_not_found when the ts is unknown. */
    ObjectNode replies(Map<String, String> p) {
        Located at = locate(p, "ts", "thread_not_found");
        if (at.error() != null) {
            return at.error();
        }
        WorkspaceState.Conv c = at.conv();
        WorkspaceState.Msg m = at.msg();
        String root = m.threadTs == null ? m.ts : m.threadTs;
        boolean inclusive = flag(p.get("inclusive"));
        List<WorkspaceState.Msg> thread = new ArrayList<>();
        if (c.byTs.containsKey(root)) {
            thread.add(c.byTs.get(root));
        }
        c.messages.stream().filter(r -> root.equals(r.threadTs) && !r.ts.equals(root))
                .filter(r -> WorkspaceListings.after(r.ts, p.get("oldest"), inclusive)
                        && WorkspaceListings.after(p.get("latest"), r.ts, inclusive))
                .sorted(NEWEST_FIRST.reversed()).forEach(thread::add);
        int limit = WorkspaceListings.limit(p.get("limit"), 1000, 1000);
        ObjectNode body = ok();
        ArrayNode messages = body.putArray("messages");
        thread.stream().limit(limit).forEach(r -> messages.add(message(r, c, false)));
        return body.put("has_more", thread.size() > limit);
    }

    /** The link to a message of a channel (with the thread for a reply), as chat.getPermalink.success*.json. */
    ObjectNode permalink(Map<String, String> p) {
        Located at = locate(p, "message_ts", "message_not_found");
        if (at.error() != null) {
            return at.error();
        }
        WorkspaceState.Msg m = at.msg();
        String thread = m.threadTs == null || m.threadTs.equals(m.ts) ? null : m.threadTs;
        String sample = thread == null ? "chat.getPermalink.success.json" : "chat.getPermalink.success_with_thread.json";
        return SlackSamples.object("web-api/" + sample).put("channel", m.channel).put("permalink", link(m.channel, m.ts, thread));
    }

    /** The channel and message a request names, or the error to answer. */
    private record Located(WorkspaceState.Conv conv, WorkspaceState.Msg msg, ObjectNode error) {
    }

    private Located locate(Map<String, String> p, String tsParam, String missing) {
        WorkspaceState.Conv c = state.conv(p.get("channel")).orElse(null);
        if (c == null) {
            return new Located(null, null, error("channel_not_found"));
        }
        WorkspaceState.Msg m = c.byTs.get(p.getOrDefault(tsParam, ""));
        return new Located(c, m, m == null ? error(missing) : null);
    }

    private static String link(String channel, String ts, String threadTs) {
        return "https://" + TEAM_DOMAIN + ".slack.com/archives/" + channel + "/p" + ts.replace(".", "")
                + (threadTs == null ? "" : "?thread_ts=" + threadTs + "&cid=" + channel);
    }
}
