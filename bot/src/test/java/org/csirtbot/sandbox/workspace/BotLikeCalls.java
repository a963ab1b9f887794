package org.csirtbot.sandbox.workspace;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A workspace as the bot meets it (the triage channel with a report in it, a responder group) and Web API calls
 * as the bot makes them: a bot token in the Authorization header, form params as the SDK sends them.
 */
final class BotLikeCalls {

    static final String TOKEN = "Bearer xoxb-1234-5678-sandbox";
    static final String TRIAGE = "C0TRIAGE01";
    static final String REPORTER = "U0ONE0001";
    static final String RESPONDER = "U0TWO0002";
    static final String RESPONDERS = "S0CSIRT01";
    static final String REPORT_TS = "1700000000.000100";
    static final String ROOM_NAME = "inc-2026-001-phishing";
    static final String VIEW = """
            {"type":"modal","callback_id":"report","title":{"type":"plain_text","text":"Report"},
             "submit":{"type":"plain_text","text":"Send"},
             "blocks":[{"type":"input","block_id":"what","label":{"type":"plain_text","text":"What happened?"},
                        "element":{"type":"plain_text_input","action_id":"text","multiline":true}}]}""";
    static final String BLOCKS = """
            [{"type":"section","text":{"type":"mrkdwn","text":"*Suspected phishing* reported by <@U0ONE0001>"}}]""";

    private static final ObjectMapper JSON = new ObjectMapper();

    private BotLikeCalls() {
    }

    static SlackWorkspace seeded() {
        SlackWorkspace workspace = new SlackWorkspace();
        workspace.rules().enforceRates(false); // SlackRulesTests covers the tiers; one test here turns them on
        workspace.givenChannel(TRIAGE, "csirt-triage", false, REPORTER);
        workspace.messages().given(TRIAGE, REPORT_TS, REPORTER, "I clicked a link in a strange mail");
        workspace.messages().givenReply(TRIAGE, "1700000000.000200", REPORT_TS, RESPONDER, "On it");
        workspace.givenUsergroupUsers(RESPONDERS, RESPONDER);
        return workspace;
    }

    static JsonNode call(SlackWorkspace workspace, String method, Map<String, String> params) {
        return body(workspace.answer(method, params, TOKEN));
    }

    static JsonNode body(SlackAnswer answer) {
        try {
            return JSON.readTree(answer.body());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + answer.body(), e);
        }
    }

    /** The body for an assertion's description, cut short: some bodies hold 40,000 characters of text. */
    static String shortened(JsonNode body) {
        String text = body.toString();
        return text.length() > 600 ? text.substring(0, 600) + "…" : text;
    }

    /** A new incident room, as the bot creates it. */
    static String room(SlackWorkspace workspace) {
        return call(workspace, "conversations.create", Map.of("name", ROOM_NAME, "is_private", "true"))
                .at("/channel/id").asText();
    }

    /** The bot's message in the triage channel. */
    static String posted(SlackWorkspace workspace) {
        return call(workspace, "chat.postMessage", Map.of("channel", TRIAGE, "text", "New report")).path("ts").asText();
    }

    /** A form the bot opened; trigger IDs shaped as Slack's. */
    static String opened(SlackWorkspace workspace) {
        return call(workspace, "views.open", Map.of("trigger_id", trigger(2), "view", VIEW)).at("/view/id").asText();
    }

    static String trigger(int n) {
        return "13345224609.738474920.8088930838d88f00" + String.format("%02d", n);
    }
}
