package org.csirtbot.sandbox.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csirtbot.sandbox.workspace.BotLikeCalls.REPORTER;
import static org.csirtbot.sandbox.workspace.BotLikeCalls.REPORT_TS;
import static org.csirtbot.sandbox.workspace.BotLikeCalls.ROOM_NAME;
import static org.csirtbot.sandbox.workspace.BotLikeCalls.TOKEN;
import static org.csirtbot.sandbox.workspace.BotLikeCalls.TRIAGE;
import static org.csirtbot.sandbox.workspace.BotLikeCalls.VIEW;
import static org.csirtbot.sandbox.workspace.BotLikeCalls.body;
import static org.csirtbot.sandbox.workspace.BotLikeCalls.call;
import static org.csirtbot.sandbox.workspace.BotLikeCalls.posted;
import static org.csirtbot.sandbox.workspace.BotLikeCalls.room;
import static org.csirtbot.sandbox.workspace.BotLikeCalls.seeded;
import static org.csirtbot.sandbox.workspace.BotLikeCalls.shortened;
import static org.csirtbot.sandbox.workspace.BotLikeCalls.trigger;

import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The errors the bot relies on, as the sandbox's workspace answers them, are errors Slack's published spec lists
 * for the method (or Slack documents beyond it: {@link SpecNarrowerThanSlack}), in the spec's error shape.
 */
class WorkspaceErrorsMatchSlackSpecTests {

    private static SlackWebApiSpec spec;

    @BeforeAll
    static void loadSpec() {
        spec = SlackWebApiSpec.load();
    }

    private static final String GONE = "C0GONE01";

    /** A situation the bot meets: the call it makes there and the error Slack answers. */
    record Refused(String method, String error, Function<SlackWorkspace, Map<String, String>> call) {
    }

    static Refused refused(String method, String error, Function<SlackWorkspace, Map<String, String>> call) {
        return new Refused(method, error, call);
    }

    static Stream<Refused> refusals() {
        return Stream.of(
                refused("conversations.create", "name_taken", w -> taken(w)),
                refused("conversations.create", "invalid_name_specials", w -> Map.of("name", "INC 2026")),
                refused("conversations.invite", "already_in_channel", w -> Map.of("channel", TRIAGE,
                        "users", REPORTER)),
                refused("conversations.invite", "cant_invite_self", w -> Map.of("channel", room(w),
                        "users", SlackIds.BOT_USER_ID)),
                refused("conversations.invite", "user_not_found", w -> Map.of("channel", room(w), "users", "nobody")),
                refused("conversations.invite", "channel_not_found", w -> Map.of("channel", GONE, "users", REPORTER)),
                refused("conversations.invite", "is_archived", w -> Map.of("channel", archived(w), "users", REPORTER)),
                refused("conversations.setTopic", "too_long", w -> Map.of("channel", room(w),
                        "topic", "x".repeat(251))), // 250 at most
                refused("conversations.setPurpose", "channel_not_found", w -> Map.of("channel", GONE, "purpose", "p")),
                refused("conversations.archive", "already_archived", w -> Map.of("channel", archived(w))),
                refused("conversations.info", "channel_not_found", w -> Map.of("channel", GONE)),
                refused("conversations.history", "channel_not_found", w -> Map.of("channel", GONE)),
                refused("conversations.history", "not_in_channel", w -> Map.of("channel", withoutTheBot(w))),
                refused("conversations.replies", "channel_not_found", w -> Map.of("channel", GONE, "ts", REPORT_TS)),
                refused("chat.postMessage", "channel_not_found", w -> Map.of("channel", GONE, "text", "t")),
                refused("chat.postMessage", "not_in_channel", w -> Map.of("channel", withoutTheBot(w), "text", "t")),
                refused("chat.postMessage", "is_archived", w -> Map.of("channel", archived(w), "text", "t")),
                refused("chat.postMessage", "no_text", w -> Map.of("channel", TRIAGE)),
                refused("chat.update", "msg_too_long", w -> Map.of("channel", TRIAGE, "ts", posted(w),
                        "text", "x".repeat(BlockKitLimits.MAX_MESSAGE_TEXT + 1))),
                refused("chat.update", "message_not_found", w -> Map.of("channel", TRIAGE, "ts", "1.000001",
                        "text", "t")),
                refused("chat.postEphemeral", "user_not_found", w -> Map.of("channel", TRIAGE, "user", "nobody",
                        "text", "t")),
                refused("chat.postEphemeral", "user_not_in_channel", w -> Map.of("channel", room(w), "user", REPORTER,
                        "text", "t")),
                refused("chat.postEphemeral", "is_archived", w -> Map.of("channel", archived(w), "user", REPORTER,
                        "text", "t")),
                refused("chat.getPermalink", "channel_not_found", w -> Map.of("channel", GONE,
                        "message_ts", REPORT_TS)),
                refused("pins.add", "already_pinned", w -> pinned(w)),
                refused("pins.add", "message_not_found", w -> Map.of("channel", TRIAGE, "timestamp", "1.000001")),
                refused("pins.add", "channel_not_found", w -> Map.of("channel", GONE, "timestamp", REPORT_TS)),
                refused("users.info", "user_not_found", w -> Map.of("user", "nobody")),
                refused("usergroups.users.list", "no_such_subteam", w -> Map.of("usergroup", "")),
                refused("views.open", "exchanged_trigger_id", w -> exchanged(w)),
                refused("views.open", "invalid_arguments", w -> Map.of("view", VIEW)),
                refused("views.update", "not_found", w -> Map.of("view_id", "V0GONE", "view", VIEW)));
    }

    @TestFactory
    Stream<DynamicTest> errorsAreOnesTheSpecListsForTheMethod() {
        return refusals().map(r -> DynamicTest.dynamicTest(r.method() + " " + r.error(), () -> {
            SlackWorkspace workspace = seeded();
            JsonNode body = call(workspace, r.method(), r.call().apply(workspace));

            assertThat(body.path("ok").asBoolean(true)).as(shortened(body)).isFalse();
            assertThat(body.path("error").asText()).isEqualTo(r.error());
            assertListed(r.method(), body);
        }));
    }

    @TestFactory
    Stream<DynamicTest> callsWithoutAValidTokenAreRefusedAsTheSpecSays() {
        return WorkspaceAnswersMatchSlackSpecTests.SUCCESSES.keySet().stream().map(method -> DynamicTest.dynamicTest(
                method, () -> {
                    SlackWorkspace workspace = seeded();
                    JsonNode none = body(workspace.answer(method, Map.of(), null));
                    JsonNode revoked = body(workspace.answer(method, Map.of(), "Bearer null"));

                    assertThat(none.path("error").asText()).isEqualTo("not_authed");
                    assertThat(revoked.path("error").asText()).isEqualTo("invalid_auth");
                    assertListed(method, none);
                    assertListed(method, revoked);
                }));
    }

    @Test
    void aFormsTriggerIsRefusedOnceExpired() {
        String trigger = trigger(9);
        SlackTriggers.sentIn("trigger_id=" + trigger);

        String error = SlackTriggers.exchange(trigger, Instant.now().plus(SlackTriggers.LIFETIME).plusSeconds(1));

        assertThat(error).isEqualTo("expired_trigger_id");
        assertListed("views.open", body(SlackAnswer.json(200, new SlackRules.Refusal("views.open", 200, error, 0,
                Instant.now()).body())));
    }

    @Test
    void callsBeyondTheTierAreRefusedWith429AndRetryAfter() {
        SlackWorkspace workspace = seeded();
        workspace.rules().enforceRates(true);
        SlackAnswer answer = null;
        for (int i = 0; i < 200 && (answer == null || answer.status() != 429); i++) {
            answer = workspace.answer("conversations.create", Map.of("name", ROOM_NAME + "-" + i), TOKEN);
        }

        assertThat(answer.status()).isEqualTo(429);
        assertThat(answer.headers()).containsKey("Retry-After");
        assertThat(Integer.parseInt(answer.headers().get("Retry-After"))).isPositive();
        assertThat(body(answer).path("error").asText()).isEqualTo("ratelimited");
        assertListed("conversations.create", body(answer));
    }

    private static void assertListed(String method, JsonNode body) {
        String error = body.path("error").asText();
        assertThat(spec.errors(method).contains(error) || SpecNarrowerThanSlack.knownUnlistedError(method, error))
                .as("%s answers %s, which Slack's spec does not list for it: %s", method, error, spec.errors(method))
                .isTrue();
        assertThat(SpecNarrowerThanSlack.unexplained(method, spec.errorProblems(method, body)).stream()
                .filter(p -> !p.startsWith("$.error:"))).as(shortened(body)).isEmpty();
    }

    /** The bot creates a room under a name it already used. */
    private static Map<String, String> taken(SlackWorkspace workspace) {
        room(workspace);
        return Map.of("name", ROOM_NAME);
    }

    private static String archived(SlackWorkspace workspace) {
        String room = room(workspace);
        call(workspace, "conversations.archive", Map.of("channel", room));
        return room;
    }

    /** Someone removed the bot from the triage channel. */
    private static String withoutTheBot(SlackWorkspace workspace) {
        workspace.write(() -> workspace.state.conv(TRIAGE).orElseThrow().members.remove(SlackIds.BOT_USER_ID));
        return TRIAGE;
    }

    private static Map<String, String> pinned(SlackWorkspace workspace) {
        Map<String, String> pin = Map.of("channel", TRIAGE, "timestamp", REPORT_TS);
        call(workspace, "pins.add", pin);
        return pin;
    }

    /** A click's trigger used twice: a second form from one click. */
    private static Map<String, String> exchanged(SlackWorkspace workspace) {
        Map<String, String> open = Map.of("trigger_id", trigger(8), "view", VIEW);
        SlackTriggers.sentIn("trigger_id=" + trigger(8));
        call(workspace, "views.open", open);
        return open;
    }
}
