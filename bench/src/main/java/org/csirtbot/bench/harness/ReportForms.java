package org.csirtbot.bench.harness;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The report form ({@code report_submit}) as Slack submits it: a {@code view_submission} payload in the fields and order
 * of Slack's own sample (bot/src/main/resources/slack-samples/interactivity/), form-encoded as {@code payload=<json>}.
 * Each submission has a view of its own: the bot stores one report per view.
 */
public final class ReportForms {

    public static final String TEAM_ID = "T0G9PQBBK";
    public static final String APP_ID = "A0CSIRTBOT";
    public static final String BOT_ID = "BZYBOTHED";
    /** The form's text fields: each a block of that ID, its input's action ID {@value #ACTION}. */
    static final String ACTION = "value";
    static final String[] TEXT_FIELDS = {"what", "when", "system", "observables", "headers"};

    private ReportForms() {
    }

    /** The signed body of one submission: {@code fields} holds category and the text fields (absent: left empty). */
    public static String body(String userId, String viewId, Map<String, String> fields) {
        ObjectNode payload = Http.JSON.createObjectNode().put("type", "view_submission");
        payload.putObject("team").put("id", TEAM_ID).put("domain", "subarachnoid");
        payload.putObject("user").put("id", userId).put("username", userId.toLowerCase())
                .put("name", userId.toLowerCase()).put("team_id", TEAM_ID);
        payload.put("api_app_id", APP_ID).put("token", "bench-verification-token")
                .put("trigger_id", "1000000000." + viewId.hashCode() + ".benchtrigger");
        ObjectNode view = payload.putObject("view").put("id", viewId).put("team_id", TEAM_ID).put("type", "modal");
        ArrayNode blocks = view.putArray("blocks");
        ObjectNode values = Http.JSON.createObjectNode();
        ObjectNode category = input(blocks, "category", "static_select");
        ObjectNode option = values.putObject("category").putObject(ACTION).put("type", "static_select")
                .putObject("selected_option");
        option.putObject("text").put("type", "plain_text").put("text", fields.get("category"));
        option.put("value", fields.get("category"));
        category.put("optional", false);
        for (String field : TEXT_FIELDS) {
            input(blocks, field, "plain_text_input");
            ObjectNode value = values.putObject(field).putObject(ACTION).put("type", "plain_text_input");
            if (fields.get(field) == null) {
                value.putNull("value");
            } else {
                value.put("value", fields.get(field));
            }
        }
        view.put("private_metadata", "").put("callback_id", "report_submit");
        view.putObject("state").set("values", values);
        view.put("hash", "1700000000." + Integer.toHexString(viewId.hashCode()));
        view.putObject("title").put("type", "plain_text").put("text", "Report to CSIRT");
        view.put("clear_on_close", false).put("notify_on_close", false);
        view.putObject("close").put("type", "plain_text").put("text", "Cancel");
        view.putObject("submit").put("type", "plain_text").put("text", "Send");
        view.putNull("previous_view_id");
        view.put("root_view_id", viewId).put("app_id", APP_ID).put("external_id", "")
                .put("app_installed_team_id", TEAM_ID).put("bot_id", BOT_ID);
        payload.putArray("response_urls");
        payload.put("is_enterprise_install", false).putNull("enterprise");
        return "payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8);
    }

    private static ObjectNode input(ArrayNode blocks, String id, String type) {
        ObjectNode block = blocks.addObject().put("type", "input").put("block_id", id);
        block.putObject("label").put("type", "plain_text").put("text", id);
        block.put("optional", true);
        block.putObject("element").put("type", type).put("action_id", ACTION);
        return block;
    }
}
