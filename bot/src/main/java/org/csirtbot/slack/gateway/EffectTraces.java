package org.csirtbot.slack.gateway;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.slack.api.methods.MethodsClient;
import com.slack.api.model.Conversation;
import com.slack.api.model.ConversationType;
import com.slack.api.model.Purpose;
import com.slack.api.model.Topic;

/**
 * Finds out whether Slack already did a recorded effect, by what it left there: a channel of that name created by
 * the bot and still empty, or a message carrying the effect's key in its metadata. Those look-ups are retried on
 * their own, so a flaky Slack does not make the check itself fail.
 */
class EffectTraces {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(EffectTraces.class);

    private static final int HISTORY_LOOKBACK = 100;
    private static final int MAX_LIST_PAGES = 50;

    private final MethodsClient client;
    private final SlackCalls calls;
    private final BotIdentity bot;

    EffectTraces(MethodsClient client, SlackCalls calls, BotIdentity bot) {
        this.client = client;
        this.calls = calls;
        this.bot = bot;
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

    /** Done when Slack says the channel is archived. */
    private Optional<Map<String, String>> archived(String channel) {
        var info = calls.call("conversations.info", null, () -> client.conversationsInfo(r -> r.channel(channel)));
        return info.getChannel() != null && info.getChannel().isArchived() ? Optional.of(Map.of()) : Optional.empty();
    }

    /** The channel of that name an earlier attempt of the effect made, if there is one: its ID and name. */
    Optional<Map<String, String>> channelNamed(String name) {
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
                .filter(m -> m.getMetadata() != null && EffectSender.METADATA_EVENT.equals(m.getMetadata().getEventType())
                        && m.getMetadata().getEventPayload() != null
                        && key.equals(String.valueOf(m.getMetadata().getEventPayload().get("key"))))
                .findFirst().map(m -> Map.of("channel", conversation, "ts", m.getTs()));
    }

    private static boolean isUser(String channel) {
        return channel.startsWith("U") || channel.startsWith("W");
    }
}
