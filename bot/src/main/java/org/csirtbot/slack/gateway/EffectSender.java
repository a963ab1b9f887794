package org.csirtbot.slack.gateway;

import java.util.List;
import java.util.Map;
import java.util.Optional;


import com.slack.api.methods.MethodsClient;
import com.slack.api.model.Conversation;
import com.slack.api.model.ConversationType;
import com.slack.api.model.Message;
import com.slack.api.model.Purpose;
import com.slack.api.model.Topic;

/**
 * Sends one recorded effect to Slack, and finds out whether Slack already did it: a channel of that
 * name created by the bot and still empty, or a message carrying the effect's key in its metadata. Those look-ups are
 * retried on their own, so a flaky Slack does not make the check itself fail.
 */
class EffectSender {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(EffectSender.class);

    static final String METADATA_EVENT = "csirtbot_effect";
    private static final int HISTORY_LOOKBACK = 100;
    private static final int MAX_LIST_PAGES = 50;

    private final MethodsClient client;
    private final SlackCalls calls;
    private final BotIdentity bot;

    EffectSender(MethodsClient client, SlackCalls calls, BotIdentity bot) {
        this.client = client;
        this.calls = calls;
        this.bot = bot;
    }

    Map<String, String> send(OutboxEntry entry) {
        Map<String, String> a = entry.args();
        String method = entry.method();
        return switch (method) {
            case "conversations.create" -> create(a.get("name"), Boolean.parseBoolean(a.get("is_private")),
                    entry.attempts() > 1);
            case "conversations.invite" -> {
                calls.once(method, null, () -> client.conversationsInvite(r -> r.channel(a.get("channel"))
                        .users(List.of(a.get("users").split(",")))));
                yield Map.of();
            }
            case "conversations.setTopic" -> {
                calls.once(method, null, () -> client.conversationsSetTopic(r -> r.channel(a.get("channel")).topic(a.get("topic"))));
                yield Map.of();
            }
            case "conversations.setPurpose" -> {
                calls.once(method, null, () -> client.conversationsSetPurpose(r -> r.channel(a.get("channel"))
                        .purpose(a.get("purpose"))));
                yield Map.of();
            }
            case "chat.postMessage" -> post(entry);
            case "chat.update" -> {
                calls.once(method, null, () -> client.chatUpdate(r -> r.channel(a.get("channel")).ts(a.get("ts"))
                        .text(a.get("text")).blocksAsString(a.get("blocks"))));
                yield Map.of();
            }
            case "pins.add" -> pin(a);
            case "conversations.archive" -> archive(a.get("channel"));
            default -> throw new IllegalArgumentException("not a Slack effect: " + method);
        };
    }

    /** What Slack answered when it already did the effect, if it did; empty when it must be sent. */
    Optional<Map<String, String>> findDone(OutboxEntry entry) {
        Optional<Map<String, String>> found;
        try {
            found = switch (entry.method()) {
                case "conversations.create" -> channelNamed(entry.args().get("name"));
                case "chat.postMessage" -> messageWithKey(entry.args().get("channel"), entry.key());
                case "conversations.archive" -> archived(entry.args().get("channel"));
                default -> Optional.empty(); // the rest are harmless to repeat
            };
        } catch (SlackCallRejected e) {
            // Slack would not let us look (a scope missing, say): better twice than never
            log.warn("Cannot check whether {} for {} was done ({}); sending it again", entry.method(), entry.key(),
                    e.error());
            found = Optional.empty();
        }
        log.debug("{} for {} after {} unclear attempt(s): {}", entry.method(), entry.key(), entry.attempts(),
                found.isPresent() ? "already done in Slack" : "not done, sending again");
        return found;
    }

    /**
     * Creates the channel. When its name is taken after an earlier attempt whose answer was lost, the channel
     * that attempt made is used; on a first attempt (attempts are counted before sending) the name cannot be
     * taken by this effect, so nothing is looked up. Any other channel of the name is not ours: the caller
     * takes the next free name at once.
     */
    private Map<String, String> create(String name, boolean isPrivate, boolean triedBefore) {
        try {
            var channel = calls.once("conversations.create", null,
                    () -> client.conversationsCreate(r -> r.name(name).isPrivate(isPrivate))).getChannel();
            return Map.of("channel", channel.getId(), "name", channel.getName());
        } catch (SlackCallRejected e) {
            if ("name_taken".equals(e.error()) && triedBefore) {
                return madeEarlier(name).orElseThrow(() -> e);
            }
            throw e;
        }
    }

    /** The channel an earlier attempt made; none when Slack will not let us look (better a new name than none). */
    private Optional<Map<String, String>> madeEarlier(String name) {
        try {
            return channelNamed(name);
        } catch (SlackCallRejected e) {
            log.warn("Cannot check whether the channel {} is ours ({}); taking another name", name, e.error());
            return Optional.empty();
        }
    }

    private Map<String, String> post(OutboxEntry entry) {
        Map<String, String> a = entry.args();
        Message.Metadata metadata = Message.Metadata.builder().eventType(METADATA_EVENT)
                .eventPayload(Map.of("key", entry.key())).build();
        var posted = calls.once("chat.postMessage", a.get("channel"), () -> client.chatPostMessage(r -> r.channel(a.get("channel"))
                .text(a.get("text")).blocksAsString(a.get("blocks")).metadata(metadata).unfurlLinks(false)
                .unfurlMedia(false)));
        return Map.of("channel", posted.getChannel(), "ts", posted.getTs());
    }

    private Map<String, String> pin(Map<String, String> a) {
        try {
            calls.once("pins.add", null, () -> client.pinsAdd(r -> r.channel(a.get("channel")).timestamp(a.get("timestamp"))));
        } catch (SlackCallRejected e) {
            if (!"already_pinned".equals(e.error())) {
                throw e;
            }
        }
        return Map.of();
    }

    private Map<String, String> archive(String channel) {
        try {
            calls.once("conversations.archive", null, () -> client.conversationsArchive(r -> r.channel(channel)));
        } catch (SlackCallRejected e) {
            if (!"already_archived".equals(e.error())) {
                throw e;
            }
        }
        return Map.of();
    }

    /** Done when Slack says the channel is archived. */
    private Optional<Map<String, String>> archived(String channel) {
        var info = calls.call("conversations.info", null, () -> client.conversationsInfo(r -> r.channel(channel)));
        return info.getChannel() != null && info.getChannel().isArchived() ? Optional.of(Map.of()) : Optional.empty();
    }

    private Optional<Map<String, String>> channelNamed(String name) {
        String cursor = null;
        for (int page = 0; page < MAX_LIST_PAGES; page++) {
            String next = cursor;
            var list = calls.call("conversations.list", null, () -> client.conversationsList(r -> r.cursor(next).limit(200)
                    .excludeArchived(true).types(List.of(ConversationType.PUBLIC_CHANNEL, ConversationType.PRIVATE_CHANNEL))));
            var match = list.getChannels().stream()
                    .filter(c -> name.equals(c.getName()) && madeByAnEarlierAttempt(c)).findFirst();
            if (match.isPresent()) {
                return Optional.of(Map.of("channel", match.get().getId(), "name", match.get().getName()));
            }
            cursor = list.getResponseMetadata() == null ? null : list.getResponseMetadata().getNextCursor();
            if (cursor == null || cursor.isEmpty()) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the channel can be the one an earlier attempt of this effect made: created by the bot and still as
     * {@code conversations.create} left it, nobody in it but the bot and no purpose or topic (the room is told
     * who to invite and what it is for only once its ID is known). A room of an earlier installation whose
     * store is gone carries the same name (incident IDs start again) but has people in it and a purpose; it is
     * never reused, so a new incident is never opened in an old incident's room.
     */
    private boolean madeByAnEarlierAttempt(Conversation channel) {
        Integer members = channel.getNumOfMembers();
        boolean described = Optional.ofNullable(channel.getPurpose()).map(Purpose::getValue).filter(v -> !v.isBlank())
                .or(() -> Optional.ofNullable(channel.getTopic()).map(Topic::getValue).filter(v -> !v.isBlank()))
                .isPresent();
        return bot.userId().equals(channel.getCreator()) && (members == null || members <= 1) && !described;
    }

    private Optional<Map<String, String>> messageWithKey(String channel, String key) {
        String conversation = isUser(channel)
                ? calls.call("conversations.open", null, () -> client.conversationsOpen(r -> r.users(List.of(channel))))
                        .getChannel().getId()
                : channel;
        var history = calls.call("conversations.history", null, () -> client.conversationsHistory(r -> r.channel(conversation)
                .limit(HISTORY_LOOKBACK).includeAllMetadata(true)));
        return history.getMessages().stream()
                .filter(m -> m.getMetadata() != null && METADATA_EVENT.equals(m.getMetadata().getEventType())
                        && m.getMetadata().getEventPayload() != null
                        && key.equals(String.valueOf(m.getMetadata().getEventPayload().get("key"))))
                .findFirst().map(m -> Map.of("channel", conversation, "ts", m.getTs()));
    }

    private static boolean isUser(String channel) {
        return channel.startsWith("U") || channel.startsWith("W");
    }
}
