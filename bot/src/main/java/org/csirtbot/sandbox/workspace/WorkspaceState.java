package org.csirtbot.sandbox.workspace;

import static org.csirtbot.sandbox.workspace.SlackIds.BOT_USER_ID;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The mutable workspace behind {@link SlackWorkspace}. Not thread-safe by itself: every access holds the
 * monitor of this object (the router takes it around each request, the workspace around each accessor).
 */
final class WorkspaceState {

    /** One conversation (channel or DM) with its messages and pins. */
    static final class Conv {
        final String id;
        final String name;
        final boolean isPrivate;
        final String creator;
        final String dmUser;
        final long created = System.currentTimeMillis() / 1000;
        final Set<String> members = new LinkedHashSet<>();
        final List<Msg> messages = new ArrayList<>();
        final Map<String, Msg> byTs = new LinkedHashMap<>();
        final Map<String, Long> pins = new LinkedHashMap<>();
        boolean archived;
        /** Every user of the workspace is a member, as of #general. */
        boolean everyone;
        String topic = "";
        String purpose = "";
        long topicSet;
        long purposeSet;

        Conv(String id, String name, boolean isPrivate, String creator, String dmUser) {
            this.id = id;
            this.name = name;
            this.isPrivate = isPrivate;
            this.creator = creator;
            this.dmUser = dmUser;
        }

        boolean isIm() {
            return dmUser != null;
        }

        boolean hasMember(String user) {
            return members.contains(user) || everyone && isUserId(user);
        }

        WorkspaceModel.Channel copy() {
            return new WorkspaceModel.Channel(id, name, isPrivate, archived, Collections.unmodifiableSet(new LinkedHashSet<>(members)),
                    topic, purpose, creator, dmUser);
        }
    }

    /** One message. */
    static final class Msg {
        final String channel;
        final String ts;
        final String threadTs;
        final String user;
        String text;
        JsonNode blocks;
        JsonNode metadata;
        boolean edited;
        String editedTs;
        final Map<String, Set<String>> reactions = new LinkedHashMap<>();

        Msg(String channel, String ts, String threadTs, String text, JsonNode blocks, JsonNode metadata) {
            this(channel, ts, threadTs, BOT_USER_ID, text, blocks, metadata);
        }

        Msg(String channel, String ts, String threadTs, String user, String text, JsonNode blocks, JsonNode metadata) {
            this.channel = channel;
            this.ts = ts;
            this.threadTs = threadTs;
            this.user = user;
            this.text = text;
            this.blocks = blocks;
            this.metadata = metadata;
        }

        WorkspaceModel.Message copy() {
            Map<String, List<String>> people = new LinkedHashMap<>();
            reactions.forEach((name, users) -> people.put(name, List.copyOf(users)));
            return new WorkspaceModel.Message(channel, ts, text, deep(blocks), deep(metadata), threadTs, edited, user,
                    Collections.unmodifiableMap(people));
        }
    }

    final Map<String, Conv> convs = new LinkedHashMap<>();
    final Map<String, String> dmByUser = new LinkedHashMap<>();
    final Map<String, WorkspaceModel.View> views = new LinkedHashMap<>();
    final List<WorkspaceModel.Ephemeral> ephemerals = new ArrayList<>();
    final Map<String, String> locales = new LinkedHashMap<>();
    final Map<String, List<String>> usergroups = new LinkedHashMap<>();
    /** Display names by user id; users.info answers the sample's name for the others. */
    final Map<String, String> names = new LinkedHashMap<>();
    /** Custom profile fields (users.profile.get) by user id, then field id. */
    final Map<String, Map<String, String>> profileFields = new LinkedHashMap<>();
    /** Who acted when Slack sent a trigger, by trigger id: the form it opens is on that person's screen. */
    final Map<String, String> triggerUsers = new LinkedHashMap<>();
    final List<WorkspaceModel.Call> calls = new ArrayList<>();
    /** What apps.connections.open answers; set by whoever serves the workspace. */
    String socketModeUrl = "ws://127.0.0.1/";

    void clear() {
        convs.clear();
        dmByUser.clear();
        views.clear();
        ephemerals.clear();
        locales.clear();
        usergroups.clear();
        names.clear();
        profileFields.clear();
        triggerUsers.clear();
        calls.clear();
    }

    Conv addChannel(String id, String name, boolean isPrivate, String creator) {
        Conv c = new Conv(id, name, isPrivate, creator, null);
        c.members.add(BOT_USER_ID);
        convs.put(id, c);
        return c;
    }

    /** A channel made outside the bot (by {@code U0SOMEONE}) with the bot and these members. */
    Conv given(String id, String name, boolean isPrivate, List<String> members) {
        if (convs.containsKey(id) || byName(name).isPresent()) {
            throw new IllegalArgumentException("channel exists: " + id + " / " + name);
        }
        Conv c = addChannel(id, name, isPrivate, "U0SOMEONE");
        c.members.addAll(members);
        return c;
    }

    /** Adds a message to a conversation, keeping the by-ts index. */
    void add(Conv c, Msg m) {
        c.messages.add(m);
        c.byTs.put(m.ts, m);
    }

    List<WorkspaceModel.Message> messages(String convId) {
        return conv(convId).map(c -> c.messages.stream().map(Msg::copy).toList()).orElse(List.of());
    }

    List<WorkspaceModel.Message> pinned(String convId) {
        return conv(convId).map(c -> c.pins.keySet().stream().map(ts -> c.byTs.get(ts).copy()).toList())
                .orElse(List.of());
    }

    WorkspaceSnapshot snapshot() {
        Map<String, List<WorkspaceModel.Message>> messages = new LinkedHashMap<>();
        Map<String, List<String>> pins = new LinkedHashMap<>();
        for (Conv c : convs.values()) {
            messages.put(c.id, messages(c.id));
            pins.put(c.id, List.copyOf(c.pins.keySet()));
        }
        return WorkspaceSnapshot.of(convs.values().stream().map(Conv::copy).toList(), messages, pins);
    }

    /** The bot's DM with a user, opened on first use. */
    Conv dm(String userId) {
        String id = dmByUser.computeIfAbsent(userId, u -> SlackIds.nextId("D"));
        return convs.computeIfAbsent(id, i -> {
            Conv c = new Conv(i, "@" + userId, true, BOT_USER_ID, userId);
            c.members.add(BOT_USER_ID);
            c.members.add(userId);
            return c;
        });
    }

    Optional<Conv> byName(String name) {
        return convs.values().stream().filter(c -> !c.isIm() && c.name.equals(name)).findFirst();
    }

    Optional<Conv> conv(String id) {
        return Optional.ofNullable(id).map(convs::get);
    }

    /** A user id as Slack issues them ({@code U…}/{@code W…}, upper-case letters and digits). */
    static boolean isUserId(String id) {
        return id != null && id.matches("[UW][A-Z0-9]{2,}");
    }

    static JsonNode deep(JsonNode node) {
        return node == null ? null : node.deepCopy();
    }
}
