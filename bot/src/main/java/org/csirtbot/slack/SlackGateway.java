package org.csirtbot.slack;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.model.Conversation;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * The one way to the Slack Web API. Every call is checked for {@code ok}, counted by method and outcome
 * ({@code slack.api.calls}), and every side effect names its {@link SideEffectKey}, so retries, rate
 * limits and an outbox can be added here without changing any caller.
 */
public class SlackGateway {

    private static final Logger log = LoggerFactory.getLogger(SlackGateway.class);

    private final MethodsClient client;
    private final MeterRegistry meters;

    SlackGateway(MethodsClient client, MeterRegistry meters) {
        this.client = client;
        this.meters = meters;
    }

    public void openView(String triggerId, View view) {
        call("views.open", () -> client.viewsOpen(r -> r.triggerId(triggerId).view(view)));
    }

    /** Posts a message and returns its timestamp. */
    public String postMessage(SideEffectKey key, String channel, String text, List<LayoutBlock> blocks) {
        return effect("chat.postMessage", key,
                () -> client.chatPostMessage(r -> r.channel(channel).text(text).blocks(blocks).unfurlLinks(false)))
                .getTs();
    }

    public void updateMessage(SideEffectKey key, String channel, String ts, String text, List<LayoutBlock> blocks) {
        effect("chat.update", key, () -> client.chatUpdate(r -> r.channel(channel).ts(ts).text(text).blocks(blocks)));
    }

    public void postEphemeral(String channel, String user, String text) {
        call("chat.postEphemeral", () -> client.chatPostEphemeral(r -> r.channel(channel).user(user).text(text)));
    }

    public Conversation createChannel(SideEffectKey key, String name, boolean isPrivate) {
        return effect("conversations.create", key,
                () -> client.conversationsCreate(r -> r.name(name).isPrivate(isPrivate))).getChannel();
    }

    public void invite(SideEffectKey key, String channel, List<String> users) {
        effect("conversations.invite", key, () -> client.conversationsInvite(r -> r.channel(channel).users(users)));
    }

    public void setTopic(SideEffectKey key, String channel, String topic) {
        effect("conversations.setTopic", key, () -> client.conversationsSetTopic(r -> r.channel(channel).topic(topic)));
    }

    public void setPurpose(SideEffectKey key, String channel, String purpose) {
        effect("conversations.setPurpose", key,
                () -> client.conversationsSetPurpose(r -> r.channel(channel).purpose(purpose)));
    }

    public void pin(SideEffectKey key, String channel, String ts) {
        effect("pins.add", key, () -> client.pinsAdd(r -> r.channel(channel).timestamp(ts)));
    }

    /** The user's Slack locale, such as {@code ja-JP}, or null when Slack does not say. */
    public Locale userLocale(String userId) {
        String locale = call("users.info", () -> client.usersInfo(r -> r.user(userId).includeLocale(true)))
                .getUser().getLocale();
        return locale == null ? null : Locale.forLanguageTag(locale);
    }

    public List<String> userGroupMembers(String groupId) {
        return call("usergroups.users.list", () -> client.usergroupsUsersList(r -> r.usergroup(groupId))).getUsers();
    }

    /** The bot's own user ID. */
    public String botUserId() {
        return call("auth.test", () -> client.authTest(r -> r)).getUserId();
    }

    private <T extends SlackApiTextResponse> T effect(String method, SideEffectKey key, ApiCall<T> call) {
        log.debug("{} for {}", method, key.value());
        return call(method, call);
    }

    private <T extends SlackApiTextResponse> T call(String method, ApiCall<T> call) {
        T response;
        try {
            response = call.invoke();
        } catch (SlackApiException e) {
            count(method, "http_" + e.getResponse().code());
            throw new SlackUnreachable(method, "HTTP " + e.getResponse().code(), e);
        } catch (IOException e) {
            count(method, "io_error");
            throw new SlackUnreachable(method, e.getClass().getSimpleName(), e);
        }
        if (!response.isOk()) {
            count(method, response.getError());
            throw new SlackCallRejected(method, response.getError(), response.getNeeded());
        }
        count(method, "ok");
        return response;
    }

    private void count(String method, String outcome) {
        meters.counter("slack.api.calls", "method", method, "outcome", outcome == null ? "unknown" : outcome)
                .increment();
    }

    @FunctionalInterface
    private interface ApiCall<T> {
        T invoke() throws IOException, SlackApiException;
    }
}
