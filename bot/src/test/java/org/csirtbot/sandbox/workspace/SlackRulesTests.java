package org.csirtbot.sandbox.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.IntStream;

import org.csirtbot.testkit.SignedSlackRequests;
import org.csirtbot.testkit.SlackPayloads;
import org.junit.jupiter.api.Test;

/** The fake's rendering of Slack's rate tiers and trigger expiry. */
class SlackRulesTests {

    private final SlackRateTiers tiers = new SlackRateTiers();
    private final Instant t0 = Instant.parse("2026-12-07T06:00:00Z");

    @Test
    void aTier2MethodTakesAMinutesCountAtOnceThenOneEveryThreeSeconds() {
        assertThat(IntStream.range(0, 20).mapToObj(i -> tiers.take("conversations.create", null, t0)))
                .allSatisfy(wait -> assertThat(wait).isEmpty());

        assertThat(tiers.take("conversations.create", null, t0)).hasValue(Duration.ofSeconds(3));
        assertThat(tiers.take("conversations.create", null, t0.plusMillis(2900))).isPresent();
        assertThat(tiers.take("conversations.create", null, t0.plusMillis(3000))).isEmpty();
    }

    @Test
    void eachMethodHasABudgetOfItsOwn() {
        IntStream.range(0, 100).forEach(i -> tiers.take("users.info", null, t0));

        assertThat(tiers.take("users.info", null, t0)).isPresent();
        assertThat(tiers.take("views.open", null, t0)).isEmpty();
    }

    @Test
    void messagesGoAboutOneASecondPerChannelWithBurstsOfTwo() {
        assertThat(tiers.take("chat.postMessage", "C1", t0)).isEmpty();
        assertThat(tiers.take("chat.postMessage", "C1", t0)).isEmpty();
        assertThat(tiers.take("chat.postMessage", "C1", t0)).hasValue(Duration.ofSeconds(1));
        assertThat(tiers.take("chat.postMessage", "C2", t0)).isEmpty();
        assertThat(tiers.take("chat.postMessage", "C1", t0.plusSeconds(1))).isEmpty();
    }

    @Test
    void aCallBeyondItsTierIsAnswered429WithRetryAfter() {
        SlackRules rules = new SlackRules();
        IntStream.range(0, 20).forEach(i -> assertThat(rules.check("pins.add", Map.of())).isNull());

        SlackRules.Refusal refusal = rules.check("pins.add", Map.of());

        assertThat(refusal.status()).isEqualTo(429);
        assertThat(refusal.retryAfterSeconds()).isBetween(1, 3);
        assertThat(refusal.body()).isEqualTo("{\"ok\":false,\"error\":\"ratelimited\"}");
        assertThat(rules.rateLimited()).containsExactly(refusal);
    }

    @Test
    void aTriggerOpensOneFormWithinThreeSecondsOfBeingSent() {
        String fresh = SlackPayloads.newTriggerId();
        String late = SlackPayloads.newTriggerId();
        SlackTriggers.sentIn(SignedSlackRequests.formBody(SlackPayloads.slashCommandForm("/report", "", "U1", "C1",
                "https://hooks.slack.com/x", fresh)));
        SlackTriggers.sentIn(SignedSlackRequests.interactionBody(SlackPayloads.blockActions("U1", "C1", "1.1",
                "triage_dismiss", "RPT-1", late)));
        Instant sent = SlackTriggers.sentAt(late);

        assertThat(SlackTriggers.exchange(fresh, SlackTriggers.sentAt(fresh).plusMillis(2900))).isNull();
        assertThat(SlackTriggers.exchange(fresh, SlackTriggers.sentAt(fresh).plusMillis(2950)))
                .isEqualTo("exchanged_trigger_id");
        assertThat(SlackTriggers.exchange(late, sent.plusMillis(3001))).isEqualTo("expired_trigger_id");
        assertThat(SlackTriggers.exchange("1.2.abc", Instant.now())).as("never sent by a test: not checked").isNull();
    }
}
