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

    /** A situation the bot meets: the call it makes there and the error Slack answers. */
    record Refused(String method, String error, Function<SlackWorkspace, Map<String, String>> call) {
    }

    static Stream<Refused> refusals() {
        return Stream.of(
                new Refused("conversations.create", "name_taken", w -> taken(w)),
                new Refused("conversations.create", "invalid_name_specials", w -> Map.of("name", "INC 2026")),
                new Refused("conversations.invite", "already_in_channel", w -> Map.of("channel", TRIAGE, "users", REPORTER)),
                new Refused("conversations.invite", "cant_invite_self", w -> Map.of("channel", room(w),
                        "users", SlackIds.BOT_USER_ID)),
                new Refused("conversations.invite", "user_not_found", w -> Map.of("channel", room(w), "users", "nobody")),
                new Refused("conversations.invite", "channel_not_found", w -> Map.of("channel", "C0GONE", "users", REPORTER)),
                new Refused("conversations.invite", "is_archived", w -> Map.of("channel", archived(w), "users", REPORTER)),
                new Refused("conversations.setTopic", "too_long", w -> Map.of("channel", room(w), "topic", "x".repeat(251))),
                new Refused("conversations.setPurpose", "channel_not_found", w -> Map.of("channel", "C0GONE", "purpose", "p")),
                new Refused("conversations.archive", "already_archived", w -> Map.of("channel", archived(w))),
                new Refused("conversations.info", "channel_not_found", w -> Map.of("channel", "C0GONE")),
                new Refused("conversations.history", "channel_not_found", w -> Map.of("channel", "C0GONE")),
                new Refused("conversations.history", "not_in_channel", w -> Map.of("channel", withoutTheBot(w))),
                new Refused("conversations.replies", "channel_not_found", w -> Map.of("channel", "C0GONE", "ts", REPORT_TS)),
                new Refused("chat.postMessage", "channel_not_found", w -> Map.of("channel", "C0GONE", "text", "t")),
                new Refused("chat.postMessage", "not_in_channel", w -> Map.of("channel", withoutTheBot(w), "text", "t")),
                new Refused("chat.postMessage", "is_archived", w -> Map.of("channel", archived(w), "text", "t")),
                new Refused("chat.postMessage", "no_text", w -> Map.of("channel", TRIAGE)),
                new Refused("chat.update", "msg_too_long", w -> Map.of("channel", TRIAGE, "ts", posted(w),
                        "text", "x".repeat(BlockKitLimits.MAX_MESSAGE_TEXT + 1))),
                new Refused("chat.update", "message_not_found", w -> Map.of("channel", TRIAGE, "ts", "1.000001", "text", "t")),
                new Refused("chat.postEphemeral", "user_not_found", w -> Map.of("channel", TRIAGE, "user", "nobody",
                        "text", "t")),
                new Refused("chat.postEphemeral", "user_not_in_channel", w -> Map.of("channel", room(w), "user", REPORTER,
                        "text", "t")),
                new Refused("chat.getPermalink", "channel_not_found", w -> Map.of("channel", "C0GONE", "message_ts", REPORT_TS)),
                new Refused("pins.add", "already_pinned", w -> pinned(w)),
                new Refused("pins.add", "message_not_found", w -> Map.of("channel", TRIAGE, "timestamp", "1.000001")),
                new Refused("pins.add", "channel_not_found", w -> Map.of("channel", "C0GONE", "timestamp", REPORT_TS)),
                new Refused("users.info", "user_not_found", w -> Map.of("user", "nobody")),
                new Refused("usergroups.users.list", "no_such_subteam", w -> Map.of("usergroup", "")),
                new Refused("views.open", "exchanged_trigger_id", w -> exchanged(w)),
                new Refused("views.open", "invalid_arguments", w -> Map.of("view", VIEW)),
                new Refused("views.update", "not_found", w -> Map.of("view_id", "V0GONE", "view", VIEW)));
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
