package org.csirtbot.playbook.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.csirtbot.testkit.PlaybookJourneys.form;
import static org.csirtbot.testkit.TestBot.RESPONDER;

import java.util.Map;

import org.csirtbot.playbook.PlaybookRuns;
import org.csirtbot.playbook.StepMessage;
import org.csirtbot.sandbox.workspace.BlockKitLimits;
import org.csirtbot.testkit.Forms;
import org.csirtbot.testkit.PlaybookJourneys;
import org.csirtbot.testkit.SlackJourneyTest;
import org.csirtbot.testkit.SlackJourneys;
import org.csirtbot.testkit.fakeslack.FakeSlackWorkspace;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

/** A playbook's inputs: asked for when it starts, given through their form, and waited for by the steps needing them. */
class PlaybookInputsIntegrationTests extends SlackJourneyTest {

    @Autowired
    PlaybookRuns runs;

    @Test
    void aStepNeedingAnInputWaitsForItAndTheInputsFormGivesIt() {
        var journeys = new SlackJourneys(slack, requests, port);
        var walk = new PlaybookJourneys(slack, requests, port, () -> runs);
        String incidentId = journeys.declareByCommand(RESPONDER,
                Forms.declaration("Odd host", "S4", "other", "AMBER", false, false));
        String room = journeys.roomOf(incidentId);
        String runId = incidentId + "/inputs-test";
        assertThat(walk.command(RESPONDER, room, "playbook inputs-test")).contains("started");
        StepMessage check = walk.stepMessage(runId, "check");
        await().until(() -> inputsRequest(room) != null);
        assertThat(inputsRequest(room).get("text")).isEqualTo("Inputs test needs its inputs");
        assertThat(FakeSlackWorkspace.json(inputsRequest(room), "blocks").toString()).contains("Affected host *", "First seen");

        walk.click(RESPONDER, check, "playbook_complete", runId);
        await().until(() -> walk.toldIn(room, RESPONDER).stream()
                .anyMatch(t -> t.contains("needs Affected host before this step can be done")));

        JsonNode view = slack.formOpenedBy(() ->
                requests.click(RESPONDER, room, "1700000000.000300", "playbook_inputs", runId + "|inputs"));
        assertThat(view.path("callback_id").asText()).isEqualTo("playbook_inputs");
        assertThat(BlockKitLimits.checkView(view)).isEmpty();

        assertThat(walk.submit(RESPONDER, view, form("__host__", "web01", "__seen_at__", "yesterday")).body())
                .contains("errors", "__seen_at__", "not a valid value for First seen");
        assertThat(walk.entries(incidentId, "playbook_inputs")).isEmpty();

        assertThat(walk.submit(RESPONDER, view, form("__host__", "web01", "__seen_at__", null)).body())
                .doesNotContain("errors");
        await().until(() -> walk.entries(incidentId, "playbook_inputs").size() == 1);
        assertThat(walk.entries(incidentId, "playbook_inputs").get(0).path("data").toString())
                .isEqualTo("{\"playbook\":\"inputs-test\",\"values\":{\"__host__\":\"web01\"}}");

        walk.click(RESPONDER, check, "playbook_complete", runId);
        walk.awaitEntry(incidentId, "playbook_step_completed", "check");
        await().until(() -> walk.entries(incidentId, "playbook_finished").size() == 1);
    }

    private Map<String, String> inputsRequest(String room) {
        return slack.calls("chat.postMessage").stream().filter(c -> room.equals(c.get("channel"))
                && String.valueOf(c.get("blocks")).contains("playbook_inputs")).findFirst().orElse(null);
    }
}
