package org.csirtbot.testkit;

import static org.csirtbot.sandbox.workspace.SlackSamples.MAPPER;
import static org.csirtbot.testkit.SlackTestIds.APP_ID;
import static org.csirtbot.testkit.SlackTestIds.BOT_ID;
import static org.csirtbot.testkit.SlackTestIds.BOT_USER_ID;
import static org.csirtbot.testkit.SlackTestIds.TEAM_DOMAIN;
import static org.csirtbot.testkit.SlackTestIds.TEAM_ID;
import static org.csirtbot.testkit.SlackTestIds.VERIFICATION_TOKEN;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.csirtbot.sandbox.web.CommandForms;
import org.csirtbot.sandbox.web.EventPayloads;
import org.csirtbot.sandbox.web.InteractionPayloads;
import org.csirtbot.sandbox.web.Named;
import org.csirtbot.sandbox.web.SandboxApp;
import org.csirtbot.sandbox.workspace.SlackSamples;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builders for what Slack sends the app (slash command forms, interactivity payloads, event envelopes), from the real
 * samples; the envelopes are the sandbox's own ({@code org.csirtbot.sandbox.web}), which sends the same requests.
 */
public final class SlackPayloads {

    /** The workspace, app and bot of the tests' fake Slack. */
    public static final SandboxApp APP = new SandboxApp(TEAM_ID, TEAM_DOMAIN, APP_ID, BOT_ID, BOT_USER_ID,
            VERIFICATION_TOKEN);

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

    // ---- slash commands -------------------------------------------------------------------------------------------

    /** Slash-command form fields in Slack's order (requests/bolt-python_slash_command_body.txt); a mutable ordered map. */
    public static Map<String, String> slashCommandForm(String command, String text, String userId, String channelId,
                                                       String responseUrl, String triggerId) {
        return new CommandForms(APP).slashCommand(user(userId), channel(channelId), command, text, responseUrl,
                triggerId);
    }

    // ---- interactivity --------------------------------------------------------------------------------------------

    /** A view_submission payload (interactivity/bolt-python_view_submission_payload.json) with input blocks made from the state. */
    public static String viewSubmission(String userId, String callbackId, String viewId, String privateMetadata,
                                        Map<String, Map<String, Object>> stateValues) {
        ObjectNode view = (ObjectNode) SlackSamples.object("interactivity/bolt-python_view_submission_payload.json")
                .get("view");
        view.put("id", viewId).put("team_id", TEAM_ID).put("callback_id", callbackId)
                .put("private_metadata", privateMetadata).put("hash", System.currentTimeMillis() / 1000 + "." + randomHex(4))
                .put("root_view_id", viewId).put("app_id", APP_ID).put("app_installed_team_id", TEAM_ID)
                .put("bot_id", BOT_ID);
        view.set("blocks", inputBlocks(stateValues));
        return new InteractionPayloads(APP).viewSubmission(user(userId), view, MAPPER.valueToTree(stateValues),
                newTriggerId());
    }

    /** A block_actions payload for a button click in a bot message; its response_url is Slack-shaped (unreachable). */
    public static String blockActions(String userId, String channelId, String messageTs, String actionId, String value,
                                      String triggerId) {
        return blockActions(userId, channelId, messageTs, actionId, value, triggerId, slackResponseUrl("actions"));
    }

    /** A block_actions payload (interactivity/bolt-python_block_actions_payload.json + the message of the Socket Mode sample). */
    public static String blockActions(String userId, String channelId, String messageTs, String actionId, String value,
                                      String triggerId, String responseUrl) {
        ObjectNode button = button(actionId, value);
        ObjectNode message = MAPPER.createObjectNode().put("bot_id", BOT_ID).put("type", "message")
                .put("text", "This content can't be displayed.").put("user", BOT_USER_ID).put("ts", messageTs)
                .put("team", TEAM_ID);
        message.putArray("blocks").addObject().put("type", "actions").put("block_id", "actions")
                .putArray("elements").add(button);
        ObjectNode action = button.deepCopy().put("block_id", "actions");
        return new InteractionPayloads(APP).blockActions(user(userId), channel(channelId), message, action, triggerId,
                responseUrl);
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
        return new EventPayloads(APP).eventCallback(eventJson);
    }

    /** The Events API {@code url_verification} challenge Slack sends when the request URL is saved. */
    public static String urlVerification(String challenge) {
        return MAPPER.createObjectNode().put("token", VERIFICATION_TOKEN).put("challenge", challenge)
                .put("type", "url_verification").toString();
    }

    // ---- plumbing -------------------------------------------------------------------------------------------------

    private static Named user(String userId) {
        return new Named(userId, userName(userId));
    }

    private static Named channel(String channelId) {
        return new Named(channelId, channelName(channelId));
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

}
