package org.csirtbot.slack.gateway;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.slack.api.methods.MethodsClient;
import com.slack.api.model.Message;

/**
 * Sends one recorded effect to Slack. A channel name taken after an earlier attempt whose answer was lost is looked
 * up among what Slack already did ({@link EffectTraces}).
 */
class EffectSender {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(EffectSender.class);

    /** The metadata event of every posted message, carrying the effect's key: how a post is found again. */
    static final String METADATA_EVENT = "csirtbot_effect";

    private final MethodsClient client;
    private final SlackCalls calls;
    private final EffectTraces traces;

    EffectSender(MethodsClient client, SlackCalls calls, EffectTraces traces) {
        this.client = client;
        this.calls = calls;
        this.traces = traces;
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
            case "pins.remove" -> unpin(a);
            case "conversations.archive" -> archive(a.get("channel"));
            default -> throw new IllegalArgumentException("not a Slack effect: " + method);
        };
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
            return traces.channelNamed(name);
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

    private Map<String, String> unpin(Map<String, String> a) {
        try {
            calls.once("pins.remove", null, () -> client.pinsRemove(r -> r.channel(a.get("channel"))
                    .timestamp(a.get("timestamp"))));
        } catch (SlackCallRejected e) {
            if (!"no_pin".equals(e.error())) {
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
}
