package org.csirtbot.playbooks.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.csirtbot.playbooks.model.Playbook;
import org.csirtbot.playbooks.testing.Fixtures;
import org.csirtbot.playbooks.time.BusinessCalendar;

/** The phishing example walked to a given point, with the people who act on it. */
final class PhishingRun {

    static final Instant T0 = Instant.parse("2025-06-02T01:00:00Z"); // Monday 10:00 in Tokyo
    static final Actor POC = Actor.of("U-poc", "poc");
    static final Actor HANDLER = Actor.of("U-handler", "handler");
    static final Actor COMMANDER = Actor.of("U-cmd", "commander");
    static final Actor APPROVER = Actor.of("U-exec", "approver");

    final Playbook playbook = Fixtures.playbook("phishing-report");
    final Engine engine = new Engine(BusinessCalendar.japan(List.of()));

    RunState start() {
        return engine.start(playbook, null, T0).state();
    }

    RunState acknowledged() {
        return apply(start(), new Action.Complete(POC, "p0.acknowledge", received()), minutes(5)).state();
    }

    /** Verdict malicious, indicators blocked: the purge approval waits for the approver. */
    RunState approvalReady() {
        RunState state = apply(acknowledged(), new Action.Choose(HANDLER, "p1.verdict", "malicious", "bad link",
                Map.of("__verdict_confidence__", "high")), minutes(20)).state();
        return apply(state, new Action.Complete(HANDLER, "p2.block", Map.of("__blocked_indicators__", "evil.example\nbad.example")),
                minutes(30)).state();
    }

    Outcome apply(RunState state, Action action, Instant now) {
        return engine.apply(playbook, state, action, now);
    }

    void assertRefused(RunState state, Action action, Refusal reason) {
        Outcome outcome = apply(state, action, state.updatedAt().plusSeconds(60));
        assertThat(outcome.events()).singleElement().isInstanceOfSatisfying(Event.Refused.class,
                refused -> assertThat(refused.reason()).isEqualTo(reason));
        assertThat(outcome.state()).isSameAs(state);
    }

    static Map<String, String> received() {
        return Map.of("__received_at__", "2025-06-02T09:55:00+09:00");
    }

    static Instant minutes(long minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }
}
