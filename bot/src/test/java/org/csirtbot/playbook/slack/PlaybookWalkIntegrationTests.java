package org.csirtbot.playbook.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.csirtbot.testkit.PlaybookJourneys.form;
import static org.csirtbot.testkit.TestBot.RESPONDER;
import static org.csirtbot.testkit.TestBot.SECOND_RESPONDER;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.csirtbot.playbook.PlaybookRuns;
import org.csirtbot.playbook.RunActions;
import org.csirtbot.playbook.StepMessage;
import org.csirtbot.sandbox.workspace.BlockKitLimits;
import org.csirtbot.testkit.BackgroundWork;
import org.csirtbot.testkit.Forms;
import org.csirtbot.testkit.PlaybookJourneys;
import org.csirtbot.testkit.SignedSlackRequests;
import org.csirtbot.testkit.SlackJourneys;
import org.csirtbot.testkit.TestBot;
import org.csirtbot.testkit.fakeslack.FakeSlackWorkspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A playbook walked in the incident room from start to its last step, over the real HTTP path with the Web API in
 * WireMock: suggested, started, a step overdue, reminded and its clock breached, completed, skipped, the bot
 * restarted, then a decision and a form of fields through their modals, an approval by direct message, a message
 * approved then marked sent, and closing refused while the last mandatory step is open. Time is moved by calling the scheduler's tick with a later instant.
 */
class PlaybookWalkIntegrationTests {

    static final String APPROVER = "UAPPROVE1";
    static final String RUN_SUFFIX = "/walk-test";

    @TempDir
    Path data;
    final FakeSlackWorkspace slack = new FakeSlackWorkspace().start();
    ConfigurableApplicationContext bot;
    PlaybookJourneys walk;
    SlackJourneys journeys;

    @AfterEach
    void stop() {
        if (bot != null) {
            bot.close();
        }
        slack.stop();
    }

    @Test
    void aPlaybookIsWalkedStepByStepAndResumesAfterARestart() {
        start();
        String incidentId = journeys.declareByCommand(RESPONDER,
                Forms.declaration("Website flooded", "S3", "dos", "AMBER", false, false));
        String room = journeys.roomOf(incidentId);
        String runId = incidentId + RUN_SUFFIX;
        walk.command(RESPONDER, room, "role approver <@" + APPROVER + ">");

        await().until(() -> walk.postsTo(room).stream().anyMatch(p -> p.contains("playbook_start_walk-test")));
        assertThat(walk.command(RESPONDER, room, "playbook")).contains("`walk-test` DoS walk test", "fits this incident");
        assertThat(walk.command(RESPONDER, room, "playbook walk-test")).contains("*DoS walk test* started on " + incidentId);
        JsonNode started = walk.entries(incidentId, "playbook_started").get(0);
        assertThat(started.path("actor").asText()).isEqualTo(RESPONDER);
        assertThat(started.path("data").toString())
                .isEqualTo("{\"playbook\":\"walk-test\",\"version\":1,\"severity\":\"S3\"}");

        StepMessage ack = walk.stepMessage(runId, "ack");
        JsonNode ackBlocks = walk.posted(ack);
        assertThat(Forms.actionIds(ackBlocks)).containsExactly("playbook_complete");
        assertThat(ackBlocks.toString()).contains("Acknowledge the alert", "Confirm the traffic graphs",
                "Handler (CSIRT responders)", "Mandatory", "Due <!date^");
        assertThat(BlockKitLimits.checkMessage("x", ackBlocks)).isEmpty();

        overdueAndReminded(incidentId, room);

        walk.click(SECOND_RESPONDER, ack, "playbook_complete", runId);
        JsonNode completed = walk.awaitEntry(incidentId, "playbook_step_completed", "ack");
        assertThat(completed.path("actor").asText()).isEqualTo(SECOND_RESPONDER);
        await().until(() -> !walk.updatesOf(ack).isEmpty());
        JsonNode done = FakeSlackWorkspace.json(walk.updatesOf(ack).get(0), "blocks");
        assertThat(Forms.actionIds(done)).isEmpty();
        assertThat(done.toString()).contains("Done by <@" + SECOND_RESPONDER + ">");
        BackgroundWork.drain(bot);
        assertThat(walk.toldIn(room, SECOND_RESPONDER).isEmpty()).as("nothing else happened once the bot's work was done").isTrue();
        assertThat(journeys.logKinds(incidentId)).contains("clock_stopped");

        StepMessage isp = walk.stepMessage(runId, "isp");
        JsonNode skipForm = walk.clickForForm(SECOND_RESPONDER, isp, "playbook_skip", runId);
        assertThat(skipForm.path("callback_id").asText()).isEqualTo("playbook_skip");
        assertThat(BlockKitLimits.checkView(skipForm)).isEmpty();
        assertThat(walk.submit(SECOND_RESPONDER, skipForm, form("reason", "The ISP hotline is closed on Sundays"))
                .body()).doesNotContain("errors");
        JsonNode skipped = walk.awaitEntry(incidentId, "playbook_step_skipped", "isp");
        assertThat(skipped.path("data").path("reason").asText()).isEqualTo("The ISP hotline is closed on Sundays");
        assertThat(skipped.path("data").path("waived").asBoolean()).isFalse();
        StepMessage ongoing = walk.stepMessage(runId, "ongoing");

        restart();

        decide(incidentId, runId, ongoing);
        collect(incidentId, runId);
        approveAndSend(incidentId, room, runId);

        String refused = walk.command(RESPONDER, room, "close");
        assertThat(refused).contains("mandatory playbook steps still open", "Review the response (DoS walk test)");
        assertThat(journeys.logKinds(incidentId)).doesNotContain("closed");
        await().until(() -> slack.calls("chat.update").stream().anyMatch(u -> String.valueOf(u.get("blocks"))
                .contains("DoS walk test*: 6 of 7 steps over. Now: Review the response")));
        slack.calls("chat.update").forEach(u -> assertThat(BlockKitLimits.checkMessage(u.get("text"),
                FakeSlackWorkspace.json(u, "blocks"))).isEmpty());
    }

    private void overdueAndReminded(String incidentId, String room) {
        RunActions actions = bot.getBean(RunActions.class);
        assertThat(actions.tick(Instant.now().plus(Duration.ofMinutes(40)))).isEqualTo(1);
        await().until(() -> walk.postsTo(room).stream().anyMatch(p -> p.contains("*Acknowledge the alert* (DoS walk test)"
                + " was due") && p.contains("<@" + RESPONDER + ">") && p.contains("Escalated to Incident manager")));
        await().until(() -> walk.postsTo(room).stream().anyMatch(p -> p.contains("Acknowledge the attack")));
        JsonNode escalation = walk.awaitEntry(incidentId, "playbook_escalation", "ack");
        assertThat(escalation.path("actor").asText()).isEqualTo("csirtbot");
        assertThat(escalation.path("data").path("escalateTo").asText()).isEqualTo("im");
        assertThat(journeys.logKinds(incidentId)).contains("clock_warning");

        assertThat(actions.tick(Instant.now().plus(Duration.ofMinutes(50)))).isEqualTo(1);
        await().until(() -> walk.postsTo(room).stream().anyMatch(p -> p.contains("Reminder: *Acknowledge the alert*")));
        assertThat(walk.awaitEntry(incidentId, "playbook_reminder", "ack").path("data").path("number").asInt()).isEqualTo(1);
        assertThat(actions.tick(Instant.now().plus(Duration.ofMinutes(51)))).isZero();
        await().until(() -> summaryUpdates().anyMatch(blocks -> blocks.contains(":stopwatch: Acknowledge the attack: deadline")));

        assertThat(actions.tick(Instant.now().plus(Duration.ofMinutes(61)))).isEqualTo(1);
        await().until(() -> walk.postsTo(room).stream().anyMatch(p -> p.contains("*Acknowledge the attack* (DoS walk test):"
                + " the deadline <!date^") && p.contains("has passed") && p.contains("<@" + RESPONDER + ">")));
        await().until(() -> walk.entries(incidentId, "clock_breached").size() == 1);
        assertThat(walk.entries(incidentId, "clock_breached").get(0).path("data").path("hard").asBoolean()).isFalse();
        await().until(() -> summaryUpdates().anyMatch(blocks -> blocks.contains(":rotating_light: Acknowledge the attack")));
    }

    /** The blocks of each update of a pinned summary (the only updates that name the run's progress). */
    private java.util.stream.Stream<String> summaryUpdates() {
        return slack.calls("chat.update").stream().map(u -> String.valueOf(u.get("blocks")))
                .filter(blocks -> blocks.contains("Playbooks"));
    }

    private void decide(String incidentId, String runId, StepMessage ongoing) {
        JsonNode view = walk.clickForForm(RESPONDER, ongoing, "playbook_choose", runId);
        assertThat(view.path("callback_id").asText()).isEqualTo("playbook_choose");
        assertThat(view.toString()).contains("Is the attack still going on", "Still going on", "It is over", "Confidence");
        assertThat(BlockKitLimits.checkView(view)).isEmpty();

        var noRationale = walk.submit(RESPONDER, view, form("option", "select:ongoing", "rationale", "",
                "__confidence__", "select:high"));
        assertThat(noRationale.body()).contains("errors", "rationale", "Please give the rationale");
        assertThat(walk.entries(incidentId, "playbook_decision")).isEmpty();

        assertThat(walk.submit(RESPONDER, view, form("option", "select:ongoing", "rationale", "Traffic is still rising",
                "__confidence__", "select:high")).body()).doesNotContain("errors");
        JsonNode decision = walk.awaitEntry(incidentId, "playbook_decision", "ongoing");
        assertThat(decision.path("actor").asText()).isEqualTo(RESPONDER);
        assertThat(decision.path("data").toString()).isEqualTo("{\"playbook\":\"walk-test\",\"step\":\"ongoing\","
                + "\"option\":\"ongoing\",\"rationale\":\"Traffic is still rising\","
                + "\"fields\":{\"__confidence__\":\"high\",\"__state__\":\"ongoing\"}}");
        await().until(() -> walk.entries(incidentId, "severity_changed").size() == 1);
        assertThat(walk.entries(incidentId, "severity_changed").get(0).path("data").path("to").asText()).isEqualTo("S2");
        await().until(() -> walk.updatesOf(ongoing).stream().anyMatch(u -> u.get("blocks")
                .contains("decided *Still going on*")));
    }

    private void collect(String incidentId, String runId) {
        StepMessage record = walk.stepMessage(runId, "record");
        JsonNode view = walk.clickForForm(SECOND_RESPONDER, record, "playbook_complete", runId);
        assertThat(view.path("callback_id").asText()).isEqualTo("playbook_fields");
        assertThat(view.toString()).contains("Peak traffic (Gbit/s)", "\"multiline\":true", "192.0.2.0/24");
        assertThat(BlockKitLimits.checkView(view)).isEmpty();

        var bad = walk.submit(SECOND_RESPONDER, view, form("__peak_gbps__", "lots", "__started__", null,
                "__sources__", null));
        assertThat(bad.body()).contains("errors", "__peak_gbps__", "not a valid value for Peak traffic");
        assertThat(walk.entries(incidentId, "playbook_step_completed")).hasSize(1);

        assertThat(walk.submit(SECOND_RESPONDER, view, form("__peak_gbps__", "12", "__started__",
                "2025-03-14T09:30:00+09:00", "__sources__", "198.51.100.0/24\n203.0.113.0/24")).body())
                .doesNotContain("errors");
        JsonNode completed = walk.awaitEntry(incidentId, "playbook_step_completed", "record");
        assertThat(completed.path("data").path("fields").toString()).isEqualTo("{\"__peak_gbps__\":\"12\","
                + "\"__sources__\":\"198.51.100.0/24\\n203.0.113.0/24\",\"__started__\":\"2025-03-14T09:30:00+09:00\"}");
    }

    private void approveAndSend(String incidentId, String room, String runId) {
        StepMessage request = walk.requestTo(runId, "block", APPROVER);
        assertThat(Forms.actionIds(walk.posted(request))).containsExactly("playbook_approve", "playbook_reject");
        StepMessage inRoom = walk.stepMessage(runId, "block");

        walk.click(SECOND_RESPONDER, inRoom, "playbook_approve", runId);
        await().until(() -> walk.toldIn(room, SECOND_RESPONDER).stream().anyMatch(t -> t.contains("This is for Management")));
        assertThat(walk.entries(incidentId, "playbook_approval")).isEmpty();

        walk.click(APPROVER, request, "playbook_approve", runId);
        JsonNode approval = walk.awaitEntry(incidentId, "playbook_approval", "block");
        assertThat(approval.path("actor").asText()).isEqualTo(APPROVER);
        assertThat(approval.path("data").path("verdict").asText()).isEqualTo("approved");
        await().until(() -> !walk.updatesOf(request).isEmpty() && !walk.updatesOf(inRoom).isEmpty());

        StepMessage tell = walk.stepMessage(runId, "tell");
        JsonNode tellBlocks = walk.posted(tell);
        assertThat(Forms.actionIds(tellBlocks)).containsExactly("playbook_approve", "playbook_reject", "playbook_skip");
        assertThat(tellBlocks.toString()).contains("Message to send", "All staff", "Our website is under attack",
                "It may go out once Management");
        walk.click(RESPONDER, tell, "playbook_complete", runId);
        await().until(() -> walk.toldIn(room, RESPONDER).stream().anyMatch(t -> t.contains("may not go out before")));

        walk.click(APPROVER, walk.requestTo(runId, "tell", APPROVER), "playbook_approve", runId);
        walk.awaitEntry(incidentId, "playbook_approval", "tell");
        await().until(() -> walk.updatesOf(tell).stream()
                .anyMatch(u -> Forms.actionIds(FakeSlackWorkspace.json(u, "blocks")).contains("playbook_complete")));
        assertThat(walk.entries(incidentId, "playbook_step_completed").stream()
                .map(e -> e.path("data").path("step").asText())).doesNotContain("tell");
        walk.click(RESPONDER, tell, "playbook_complete", runId);
        assertThat(walk.awaitEntry(incidentId, "playbook_step_completed", "tell").path("actor").asText())
                .isEqualTo(RESPONDER);
        walk.stepMessage(runId, "review");
    }

    private void start() {
        bot = TestBot.start(TestBot.httpModeProperties(slack, data));
        int port = TestBot.port(bot);
        SignedSlackRequests requests = new SignedSlackRequests(port, TestBot.SIGNING_SECRET, slack);
        walk = new PlaybookJourneys(slack, requests, port, () -> bot.getBean(PlaybookRuns.class));
        journeys = new SlackJourneys(slack, requests, port);
    }

    /** Stops the bot and starts it again on the same data: the run goes on from what was stored. */
    private void restart() {
        bot.close();
        start();
    }
}
