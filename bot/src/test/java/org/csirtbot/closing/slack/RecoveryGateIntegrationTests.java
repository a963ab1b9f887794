package org.csirtbot.closing.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csirtbot.testkit.TestBot.RESPONDER;
import static org.csirtbot.testkit.TestBot.SECOND_RESPONDER;

import java.util.Map;

import org.csirtbot.testkit.ClosingSteps;
import org.csirtbot.testkit.SlackJourneyTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Recovery complete" as its own gate through signed Slack requests: refused outside recovering and post-incident,
 * without saying how it was verified, and to anyone but the commander or deputy, recording nothing; an incident that
 * reached containment is not closed before it, one that never did closes without it.
 */
class RecoveryGateIntegrationTests extends SlackJourneyTest {

    private ClosingSteps steps;

    @BeforeEach
    void steps() {
        steps = new ClosingSteps(slack, requests, port);
    }

    @Test
    void recoveryIsDeclaredCompleteOnlyWhileRecoveringOrAfterWithItsVerificationByTheCommanderOrDeputy() {
        String id = steps.declare(RESPONDER, "Ransomware on the file server", "S3");
        String room = journeys.roomOf(id);
        steps.statuses(RESPONDER, room, "investigating", "containing");

        assertThat(steps.command(RESPONDER, room, "recovered All restored"))
                .contains("while the incident is recovering or in post-incident", "*Containing*");
        steps.statuses(RESPONDER, room, "eradicating", "recovering");
        assertThat(steps.command(RESPONDER, room, "recovered")).contains("Say how the criteria were verified",
                "business owners have confirmed normal operation");
        assertThat(steps.command(SECOND_RESPONDER, room, "recovered All restored")).doesNotContain("declared complete");
        assertThat(journeys.logKinds(id)).doesNotContain("recovery_completed");

        steps.resolve(RESPONDER, room);
        assertThat(steps.command(RESPONDER, room, "close")).contains("recovery declared complete");
        assertThat(steps.command(RESPONDER, room, "recovered Restored from backup; owners confirmed; EDR watching"))
                .contains("Recovery of *" + id + "* declared complete by <@" + RESPONDER + ">");
        assertThat(steps.command(RESPONDER, room, "close")).contains("is closed");
    }

    @Test
    void anIncidentThatNeverReachedContainmentClosesWithoutTheGate() {
        String id = steps.declare(RESPONDER, "A scan that was the auditors", "S4");
        String room = journeys.roomOf(id);
        steps.statuses(RESPONDER, room, "investigating", "post_incident");
        assertThat(steps.saveLessons(RESPONDER, id, Map.of("what_happened", "Planned audit scan"))).isNotNull();

        assertThat(steps.command(RESPONDER, room, "close")).contains("is closed").doesNotContain("recovery");
    }
}
