package org.csirtbot.slack.gateway;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.slack.api.methods.MethodsClient;
import com.slack.api.model.Conversation;
import com.slack.api.model.Message;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.util.json.GsonFactory;
import com.google.gson.Gson;

/**
 * The one way to the Slack Web API. Every call is checked for {@code ok}, counted, rate-limited, retried when Slack
 * did not answer and guarded by a circuit breaker ({@link SlackCalls}). Every side effect names its {@link SideEffectKey}
 * and goes through the persisted outbox ({@link SlackEffects}): a retry, a restart or an unclear answer never repeats it.
 */
public class SlackGateway {

    private static final Gson JSON = GsonFactory.createSnakeCase();

    private final MethodsClient client;
    private final SlackCalls calls;
    private final SlackEffects effects;
    private final BotIdentity bot;
    private final OutboxDispatcher outbox;
    private final UnrecordedMessages unrecorded;
    private final MarkedChannels marked;

    SlackGateway(MethodsClient client, SlackCalls calls, SlackEffects effects, BotIdentity bot,
                 OutboxDispatcher outbox, ChannelMarks marks) {
        this.marked = new MarkedChannels(marks);
        this.client = client;
        this.calls = calls;
        this.effects = effects;
        this.bot = bot;
        this.outbox = outbox;
        this.unrecorded = new UnrecordedMessages(client, calls);
    }

    /** Sends every effect still pending in the outbox (after a crash, or Slack being down); returns how many are left. */
    public int dispatchPending() {
        return outbox.dispatchPending();
    }

    /** Opens a modal; not an outbox effect, because its trigger expires within seconds. */
    public void openView(String triggerId, View view) {
        calls.call("views.open", null, () -> client.viewsOpen(r -> r.triggerId(triggerId).view(view)));
    }

    /** Posts a message (to a channel, or to a user ID for a direct message) and returns its timestamp. */
    public String postMessage(SideEffectKey key, String channel, String text, List<LayoutBlock> blocks) {
        return post(key, channel, text, blocks).ts();
    }

    /**
     * As {@link #postMessage}, saying also the conversation it landed in: a message to a user ID lands in a direct
     * message channel ({@code D…}), which is what updating it later needs.
     */
    public PostedMessage post(SideEffectKey key, String channel, String text, List<LayoutBlock> blocks) {
        Map<String, String> posted = effects.perform(key, channel, "chat.postMessage", message(channel, text, blocks));
        String landed = posted.get("channel");
        return new PostedMessage(landed == null || landed.isBlank() ? channel : landed, posted.get("ts"));
    }

    public void updateMessage(SideEffectKey key, String channel, String ts, String text, List<LayoutBlock> blocks) {
        Map<String, String> args = message(channel, text, blocks);
        args.put("ts", ts);
        effects.perform(key, channel, "chat.update", args);
    }

    /** A message's arguments, marked as its channel wants (an exercise's). */
    private Map<String, String> message(String channel, String text, List<LayoutBlock> blocks) {
        MarkedChannels.Message message = marked.message(channel, text, blocks);
        Map<String, String> args = args("channel", channel, "text", message.text());
        if (message.blocks() != null) {
            args.put("blocks", JSON.toJson(message.blocks()));
        }
        return args;
    }

    /**
     * Tells a user something directly, without the outbox: for saying that their action was not recorded,
     * which must work when the store is down. Not recorded, so not for anything that must arrive exactly once.
     */
    public void postNotice(String userId, String text) {
        unrecorded.notice(userId, text);
    }

    /**
     * Shows a message to one person in a channel; not an outbox effect: it is gone when they reload. Slack shows
     * it only to members, and a public channel's message can be clicked by anyone who previews the channel: a
     * person who is not in it is told by direct message instead, so no answer is lost.
     */
    public void postEphemeral(String channel, String user, String text) {
        postEphemeral(channel, user, text, null);
    }

    /** As above, with blocks: a button in it tells, when clicked, who clicked it and in which conversation. */
    public void postEphemeral(String channel, String user, String text, List<LayoutBlock> blocks) {
        unrecorded.ephemeral(channel, user, text, blocks);
    }

    /** Creates a channel, or finds the one this effect already created; returns its ID and name. */
    public Conversation createChannel(SideEffectKey key, String name, boolean isPrivate) {
        Map<String, String> created = effects.perform(key, "create:" + name, "conversations.create",
                args("name", name, "is_private", String.valueOf(isPrivate)));
        Conversation channel = new Conversation();
        channel.setId(created.get("channel"));
        channel.setName(created.get("name"));
        return channel;
    }

    public void invite(SideEffectKey key, String channel, List<String> users) {
        effects.perform(key, channel, "conversations.invite", args("channel", channel, "users", String.join(",", users)));
    }

    public void setTopic(SideEffectKey key, String channel, String topic) {
        effects.perform(key, channel, "conversations.setTopic",
                args("channel", channel, "topic", marked.topic(channel, topic)));
    }

    public void setPurpose(SideEffectKey key, String channel, String purpose) {
        effects.perform(key, channel, "conversations.setPurpose", args("channel", channel, "purpose", purpose));
    }

    /** Pins a message; a message already pinned counts as pinned. */
    public void pin(SideEffectKey key, String channel, String ts) {
        effects.perform(key, channel, "pins.add", args("channel", channel, "timestamp", ts));
    }

    /** Unpins a message; a message not pinned counts as unpinned. */
    public void unpin(SideEffectKey key, String channel, String ts) {
        effects.perform(key, channel, "pins.remove", args("channel", channel, "timestamp", ts));
    }

    /** Archives a channel; a channel already archived counts as archived. */
    public void archive(SideEffectKey key, String channel) {
        effects.perform(key, channel, "conversations.archive", args("channel", channel));
    }

    /** The user's Slack locale, such as {@code ja-JP}, or null when Slack does not say. */
    public Locale userLocale(String userId) {
        return new MessageLookup(client, calls).locale(userId);
    }

    /** The value of one custom field of the user's Slack profile, or null when the profile has none. */
    public String userProfileField(String userId, String fieldId) {
        return new MessageLookup(client, calls).profileField(userId, fieldId);
    }

    public List<String> userGroupMembers(String groupId) {
        return calls.call("usergroups.users.list", null, () -> client.usergroupsUsersList(r -> r.usergroup(groupId)))
                .getUsers();
    }

    /**
     * One message of a channel, a thread reply too, as Slack holds it now; empty when Slack has no such message
     * (deleted, or never there). Only reads, so not an outbox effect. A top-level message is read from the
     * channel's history; a reply is not there, so it is read from its thread.
     */
    public Optional<Message> message(String channel, String ts) {
        return new MessageLookup(client, calls).find(channel, ts);
    }

    /** Whether a channel is private (a direct message counts as private); empty when Slack will not say. */
    public Optional<Boolean> isPrivate(String channel) {
        var info = calls.call("conversations.info", null, () -> client.conversationsInfo(r -> r.channel(channel)));
        return Optional.ofNullable(info.getChannel()).map(c -> c.isPrivate() || c.isIm() || c.isMpim());
    }

    /** The people in a channel now, the bot included, every page of them. Only reads. */
    public List<String> members(String channel) {
        return ChannelMembers.read(client, calls, channel);
    }

    /** A link to a message, or null when Slack gives none. Only reads. */
    public String permalink(String channel, String ts) {
        return calls.call("chat.getPermalink", null, () -> client.chatGetPermalink(r -> r.channel(channel).messageTs(ts)))
                .getPermalink();
    }

    /** The bot's own user ID. */
    public String botUserId() {
        return bot.userId();
    }

    private static Map<String, String> args(String... keysAndValues) {
        Map<String, String> args = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            args.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return args;
    }
}
