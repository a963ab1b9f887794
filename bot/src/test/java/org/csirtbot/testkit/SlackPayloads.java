package org.csirtbot.testkit;

import static org.csirtbot.sandbox.workspace.SlackSamples.MAPPER;
import static org.csirtbot.testkit.SlackTestIds.APP_ID;
import static org.csirtbot.testkit.SlackTestIds.BOT_ID;
import static org.csirtbot.testkit.SlackTestIds.BOT_USER_ID;
import static org.csirtbot.testkit.SlackTestIds.TEAM_DOMAIN;
import static org.csirtbot.testkit.SlackTestIds.TEAM_ID;
import static org.csirtbot.testkit.SlackTestIds.VERIFICATION_TOKEN;

import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.csirtbot.sandbox.workspace.SlackIds;
import org.csirtbot.sandbox.workspace.SlackSamples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Builders for what Slack sends the app (slash command forms, interactivity payloads, event envelopes), from the real samples. */
public final class SlackPayloads {

    private static final AtomicLong SEQ = new AtomicLong();
    private static final SecureRandom RANDOM = new SecureRandom();

    private SlackPayloads() {
    }

    // ---- ids ------------------------------------------------------------------------------------------------------

    /** A fresh trigger_id shaped like Slack's, e.g. {@code 100000000001.47445629121.803a0bc8...} (unique per call). */
    public static String newTriggerId() {
        return (100_000_000_000L + SEQ.incrementAndGet()) + ".47445629121." + randomHex(16);
    }

    /** A fresh response_url in Slack's real format ({@code https://hooks.slack.com/commands/T.../n/...}); unreachable in tests. */
    public static String slackResponseUrl(String kind) {
        return "https://hooks.slack.com/" + kind + "/" + TEAM_ID + "/" + (900_000_000_000L + SEQ.incrementAndGet())
                + "/" + randomHex(12);
    }

    /** A fresh Events API event_id such as {@code Ev0K00000042}. */
    public static String newEventId() {
        return SlackIds.nextId("Ev");
    }

    // ---- slash commands -------------------------------------------------------------------------------------------

    /** Slash-command form fields in Slack's order (requests/bolt-python_slash_command_body.txt); a mutable ordered map. */
    public static Map<String, String> slashCommandForm(String command, String text, String userId, String channelId,
                                                       String responseUrl, String triggerId) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", VERIFICATION_TOKEN);
        form.put("team_id", TEAM_ID);
        form.put("team_domain", TEAM_DOMAIN);
        form.put("channel_id", channelId);
        form.put("channel_name", channelName(channelId));
        form.put("user_id", userId);
        form.put("user_name", userName(userId));
        form.put("command", command);
        form.put("text", text);
        form.put("api_app_id", APP_ID);
        form.put("is_enterprise_install", "false");
        form.put("response_url", responseUrl);
        form.put("trigger_id", triggerId);
        return form;
    }

    // ---- interactivity --------------------------------------------------------------------------------------------

    /** A view_submission payload (interactivity/bolt-python_view_submission_payload.json) with input blocks made from the state. */
    public static String viewSubmission(String userId, String callbackId, String viewId, String privateMetadata,
                                        Map<String, Map<String, Object>> stateValues) {
        ObjectNode p = SlackSamples.object("interactivity/bolt-python_view_submission_payload.json");
        p.set("team", team());
        p.set("user", user(userId));
        p.put("api_app_id", APP_ID).put("token", VERIFICATION_TOKEN).put("trigger_id", newTriggerId());
        ObjectNode view = (ObjectNode) p.get("view");
        view.put("id", viewId).put("team_id", TEAM_ID).put("callback_id", callbackId)
                .put("private_metadata", privateMetadata).put("hash", System.currentTimeMillis() / 1000 + "." + randomHex(4))
                .put("root_view_id", viewId).put("app_id", APP_ID).put("app_installed_team_id", TEAM_ID)
                .put("bot_id", BOT_ID);
        view.set("blocks", inputBlocks(stateValues));
        view.putObject("state").set("values", MAPPER.valueToTree(stateValues));
        p.putArray("response_urls");
        p.put("is_enterprise_install", false);
        p.putNull("enterprise");
        return p.toString();
    }

    /** A block_actions payload for a button click in a bot message; its response_url is Slack-shaped (unreachable). */
    public static String blockActions(String userId, String channelId, String messageTs, String actionId, String value,
                                      String triggerId) {
        return blockActions(userId, channelId, messageTs, actionId, value, triggerId, slackResponseUrl("actions"));
    }

    /** A block_actions payload (interactivity/bolt-python_block_actions_payload.json + the message of the Socket Mode sample). */
    public static String blockActions(String userId, String channelId, String messageTs, String actionId, String value,
                                      String triggerId, String responseUrl) {
        ObjectNode p = SlackSamples.object("interactivity/bolt-python_block_actions_payload.json");
        p.set("user", user(userId));
        p.put("api_app_id", APP_ID).put("token", VERIFICATION_TOKEN);
        p.putObject("container").put("type", "message").put("message_ts", messageTs).put("channel_id", channelId)
                .put("is_ephemeral", false);
        p.put("trigger_id", triggerId);
        p.set("team", team());
        p.putNull("enterprise");
        p.put("is_enterprise_install", false);
        p.putObject("channel").put("id", channelId).put("name", channelName(channelId));
        ObjectNode button = button(actionId, value);
        ObjectNode message = p.putObject("message").put("bot_id", BOT_ID).put("type", "message")
                .put("text", "This content can't be displayed.").put("user", BOT_USER_ID).put("ts", messageTs)
                .put("team", TEAM_ID);
        message.putArray("blocks").addObject().put("type", "actions").put("block_id", "actions")
                .putArray("elements").add(button);
        p.putObject("state").putObject("values");
        p.put("response_url", responseUrl);
        ObjectNode action = button.deepCopy().put("block_id", "actions").put("action_ts", SlackIds.nextTs());
        p.putArray("actions").add(action);
        return p.toString();
    }

    /** State value of a plain_text_input (value may be null: an empty optional input). */
    public static Map<String, Object> plainText(String value) {
        return value(Map.of("type", "plain_text_input"), "value", value);
    }

    /** State value of a static_select; the option's text equals its value (null: nothing selected). */
    public static Map<String, Object> staticSelect(String value) {
        return value(Map.of("type", "static_select"), "selected_option", value == null ? null : option(value));
    }

    /** State value of checkboxes with these option values selected. */
    public static Map<String, Object> checkboxes(String... values) {
        return value(Map.of("type", "checkboxes"), "selected_options",
                Arrays.stream(values).map(SlackPayloads::option).toList());
    }

    /** State value of a datepicker, {@code selected_date} as YYYY-MM-DD (null: no date). */
    public static Map<String, Object> datepicker(String isoDate) {
        return value(Map.of("type", "datepicker"), "selected_date", isoDate);
    }

    /** State value of a datetimepicker, {@code selected_date_time} in UNIX seconds (null: none picked). */
    public static Map<String, Object> datetimepicker(Long epochSeconds) {
        return value(Map.of("type", "datetimepicker"), "selected_date_time", epochSeconds);
    }

    /** State value of a users_select (null: nobody selected). */
    public static Map<String, Object> usersSelect(String userId) {
        return value(Map.of("type", "users_select"), "selected_user", userId);
    }

    /** State value of a multi_users_select. */
    public static Map<String, Object> multiUsersSelect(String... userIds) {
        return value(Map.of("type", "multi_users_select"), "selected_users", List.of(userIds));
    }

    // ---- events ---------------------------------------------------------------------------------------------------

    /** An Events API {@code event_callback} envelope around the event JSON, with a fresh event_id and the bot's authorization. */
    public static String eventCallback(String eventJson) {
        JsonNode event = parse(eventJson);
        ObjectNode p = MAPPER.createObjectNode();
        p.put("token", VERIFICATION_TOKEN).put("team_id", TEAM_ID).put("api_app_id", APP_ID);
        p.set("event", event);
        p.put("type", "event_callback").put("event_id", newEventId())
                .put("event_time", System.currentTimeMillis() / 1000);
        p.putArray("authorizations").addObject().putNull("enterprise_id").put("team_id", TEAM_ID)
                .put("user_id", BOT_USER_ID).put("is_bot", true).put("is_enterprise_install", false);
        p.put("is_ext_shared_channel", false);
        p.put("event_context", "1-" + event.path("type").asText() + "-" + TEAM_ID + "-" + event.path("channel").asText());
        return p.toString();
    }

    /** The Events API {@code url_verification} challenge Slack sends when the request URL is saved. */
    public static String urlVerification(String challenge) {
        return MAPPER.createObjectNode().put("token", VERIFICATION_TOKEN).put("challenge", challenge)
                .put("type", "url_verification").toString();
    }

    // ---- plumbing -------------------------------------------------------------------------------------------------

    private static ObjectNode team() {
        return MAPPER.createObjectNode().put("id", TEAM_ID).put("domain", TEAM_DOMAIN);
    }

    private static ObjectNode user(String userId) {
        return MAPPER.createObjectNode().put("id", userId).put("username", userName(userId))
                .put("name", userName(userId)).put("team_id", TEAM_ID);
    }

    private static ObjectNode button(String actionId, String value) {
        ObjectNode b = MAPPER.createObjectNode().put("type", "button").put("action_id", actionId);
        b.putObject("text").put("type", "plain_text").put("text", actionId).put("emoji", true);
        return b.put("value", value);
    }

    private static ArrayNode inputBlocks(Map<String, Map<String, Object>> stateValues) {
        ArrayNode blocks = MAPPER.createArrayNode();
        stateValues.forEach((blockId, actions) -> actions.forEach((actionId, value) -> {
            ObjectNode block = blocks.addObject().put("type", "input").put("block_id", blockId);
            block.putObject("label").put("type", "plain_text").put("text", blockId);
            block.put("optional", false);
            block.putObject("element").put("type", MAPPER.valueToTree(value).path("type").asText())
                    .put("action_id", actionId);
        }));
        return blocks;
    }

    private static Map<String, Object> option(String value) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("text", Map.of("type", "plain_text", "text", value, "emoji", true));
        option.put("value", value);
        return option;
    }

    private static Map<String, Object> value(Map<String, Object> base, String key, Object value) {
        Map<String, Object> v = new LinkedHashMap<>(base);
        v.put(key, value);
        return v;
    }

    private static String channelName(String channelId) {
        return "incident-" + channelId.toLowerCase();
    }

    private static String userName(String userId) {
        return "user-" + userId.toLowerCase();
    }

    private static String randomHex(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    private static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Not JSON: " + json, e);
        }
    }
}
