package org.csirtbot.sandbox.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csirtbot.sandbox.workspace.BotLikeCalls.BLOCKS;
import static org.csirtbot.sandbox.workspace.BotLikeCalls.REPORTER;
import static org.csirtbot.sandbox.workspace.BotLikeCalls.REPORT_TS;
import static org.csirtbot.sandbox.workspace.BotLikeCalls.RESPONDER;
import static org.csirtbot.sandbox.workspace.BotLikeCalls.RESPONDERS;
import static org.csirtbot.sandbox.workspace.BotLikeCalls.ROOM_NAME;
import static org.csirtbot.sandbox.workspace.BotLikeCalls.TOKEN;
import static org.csirtbot.sandbox.workspace.BotLikeCalls.TRIAGE;
import static org.csirtbot.sandbox.workspace.BotLikeCalls.VIEW;
import static org.csirtbot.sandbox.workspace.BotLikeCalls.body;
import static org.csirtbot.sandbox.workspace.BotLikeCalls.call;
import static org.csirtbot.sandbox.workspace.BotLikeCalls.opened;
import static org.csirtbot.sandbox.workspace.BotLikeCalls.posted;
import static org.csirtbot.sandbox.workspace.BotLikeCalls.room;
import static org.csirtbot.sandbox.workspace.BotLikeCalls.seeded;
import static org.csirtbot.sandbox.workspace.BotLikeCalls.shortened;
import static org.csirtbot.sandbox.workspace.BotLikeCalls.trigger;

import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The sandbox's workspace answers each Web API method the bot calls as Slack's published specification
 * ({@code slack-api-specs/}, OpenAPI 2.0) says Slack does: its success answer matches the method's 200 schema, and
 * the errors the bot relies on are ones the spec lists for that method. Called as the bot calls it: a bot token
 * in the Authorization header, form params as the SDK sends them.
 */
class WorkspaceAnswersMatchSlackSpecTests {

    /** Methods with the special budget in the gateway (SlackTiers.configFor): not in its tier table. */
    static final Set<String> SPECIAL_BUDGET = Set.of("chat.postMessage", "chat.getPermalink", "auth.test");

    private static SlackWebApiSpec spec;

    @BeforeAll
    static void loadSpec() {
        spec = SlackWebApiSpec.load();
    }

    /** How the bot calls each method for a success, given a seeded workspace. */
    static final Map<String, Function<SlackWorkspace, Map<String, String>>> SUCCESSES = successes();

    private static Map<String, Function<SlackWorkspace, Map<String, String>>> successes() {
        Map<String, Function<SlackWorkspace, Map<String, String>>> calls = new LinkedHashMap<>();
        calls.put("auth.test", w -> Map.of());
        calls.put("conversations.create", w -> Map.of("name", ROOM_NAME, "is_private", "true"));
        calls.put("conversations.invite", w -> Map.of("channel", room(w), "users", REPORTER + "," + RESPONDER));
        calls.put("conversations.setTopic", w -> Map.of("channel", room(w), "topic", "S2 · Investigating"));
        calls.put("conversations.setPurpose", w -> Map.of("channel", room(w), "purpose", "Suspected phishing"));
        calls.put("conversations.archive", w -> Map.of("channel", room(w)));
        calls.put("conversations.list", w -> Map.of("types", "public_channel,private_channel",
                "exclude_archived", "true", "limit", "200"));
        calls.put("conversations.history", w -> Map.of("channel", TRIAGE, "limit", "100", "oldest", edited(w)));
        calls.put("conversations.replies", w -> Map.of("channel", TRIAGE, "ts", REPORT_TS));
        calls.put("conversations.info", w -> Map.of("channel", TRIAGE));
        calls.put("conversations.open", w -> Map.of("users", REPORTER));
        calls.put("chat.postMessage", w -> Map.of("channel", TRIAGE, "text", "Suspected phishing", "blocks", BLOCKS));
        calls.put("chat.update", w -> Map.of("channel", TRIAGE, "ts", posted(w), "text", "Triaged", "blocks", BLOCKS));
        calls.put("chat.postEphemeral", w -> Map.of("channel", TRIAGE, "user", REPORTER, "text", "Thanks"));
        calls.put("chat.getPermalink", w -> Map.of("channel", TRIAGE, "message_ts", REPORT_TS));
        calls.put("pins.add", w -> Map.of("channel", TRIAGE, "timestamp", REPORT_TS));
        calls.put("usergroups.users.list", w -> Map.of("usergroup", RESPONDERS));
        calls.put("users.info", w -> Map.of("user", REPORTER, "include_locale", "true"));
        calls.put("views.open", w -> Map.of("trigger_id", trigger(0), "view", VIEW));
        calls.put("views.push", w -> Map.of("trigger_id", trigger(1), "view", VIEW));
        calls.put("views.update", w -> Map.of("view_id", opened(w), "view", VIEW));
        return calls;
    }

    /** The bot's own message with blocks, edited since. */
    static String edited(SlackWorkspace workspace) {
        String ts = posted(workspace);
        call(workspace, "chat.update", Map.of("channel", TRIAGE, "ts", ts, "text", "Triaged", "blocks", BLOCKS));
        return "1600000000.000000";
    }

    @Test
    void coversEveryMethodTheBotCallsThatTheSpecDescribes() throws Exception {
        Set<String> called = methodsTheGatewayCalls();
        Set<String> described = new TreeSet<>(called.stream().filter(spec::describes).toList());

        assertThat(SUCCESSES.keySet()).containsExactlyInAnyOrderElementsOf(described);
        // Bolt's Socket Mode opens its connection with apps.connections.open, which the spec (2020) predates
        assertThat(spec.describes("apps.connections.open")).isFalse();
    }

    @TestFactory
    Stream<DynamicTest> successAnswersMatchTheMethodsSuccessSchema() {
        return SUCCESSES.entrySet().stream().map(call -> DynamicTest.dynamicTest(call.getKey(), () -> {
            SlackWorkspace workspace = seeded();
            SlackAnswer answer = workspace.answer(call.getKey(), call.getValue().apply(workspace), TOKEN);
            JsonNode body = body(answer);

            assertThat(answer.status()).isEqualTo(200);
            assertThat(body.path("ok").asBoolean()).as(shortened(body)).isTrue();
            assertThat(SpecNarrowerThanSlack.unexplained(call.getKey(), spec.successProblems(call.getKey(), body)))
                    .as(shortened(body)).isEmpty();
        }));
    }

    /** The gateway's tier table lists the methods it calls with their own budgets; the rest share the special one. */
    @SuppressWarnings("unchecked")
    static Set<String> methodsTheGatewayCalls() throws Exception {
        Field tiers = Class.forName("org.csirtbot.slack.gateway.SlackTiers").getDeclaredField("TIERS");
        tiers.setAccessible(true);
        Set<String> methods = new TreeSet<>(((Map<String, String>) tiers.get(null)).keySet());
        methods.addAll(SPECIAL_BUDGET);
        return methods;
    }
}
