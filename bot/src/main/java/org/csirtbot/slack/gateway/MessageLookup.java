package org.csirtbot.slack.gateway;

import java.util.Optional;

import com.slack.api.methods.MethodsClient;
import com.slack.api.model.Message;

/** Reads one message of a channel, a thread reply too, as Slack holds it now. */
record MessageLookup(MethodsClient client, SlackCalls calls) {

    Optional<Message> find(String channel, String ts) {
        Optional<Message> top = calls.call("conversations.history", null, () -> client.conversationsHistory(
                r -> r.channel(channel).latest(ts).inclusive(true).limit(1))).getMessages().stream().findFirst()
                .filter(m -> ts.equals(m.getTs()));
        if (top.isPresent()) {
            return top;
        }
        try {
            // oldest = latest = ts leaves the message itself, and possibly its thread's parent, which Slack puts first
            return calls.call("conversations.replies", null, () -> client.conversationsReplies(
                    r -> r.channel(channel).ts(ts).oldest(ts).latest(ts).inclusive(true).limit(2)))
                    .getMessages().stream().filter(m -> ts.equals(m.getTs())).findFirst();
        } catch (SlackCallRejected e) {
            if ("thread_not_found".equals(e.error())) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Not a message, but read the same way: a user's Slack locale (users.info), or null. */
    java.util.Locale locale(String userId) {
        String locale = calls.call("users.info", null, () -> client.usersInfo(r -> r.user(userId).includeLocale(true)))
                .getUser().getLocale();
        return locale == null ? null : java.util.Locale.forLanguageTag(locale);
    }

    /** Not a message, but read the same way: one custom field of a user's profile (users.profile.get), or null. */
    String profileField(String userId, String fieldId) {
        var profile = calls.call("users.profile.get", null, () -> client.usersProfileGet(r -> r.user(userId)))
                .getProfile();
        var field = profile == null || profile.getFields() == null ? null : profile.getFields().get(fieldId);
        return field == null || field.getValue() == null || field.getValue().isBlank() ? null : field.getValue();
    }
}
