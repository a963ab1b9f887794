package org.csirtbot.incident.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.csirtbot.testkit.TestBot.GENERAL;
import static org.csirtbot.testkit.TestBot.RESPONDER;
import static org.csirtbot.testkit.TestBot.SECOND_RESPONDER;

import java.util.List;
import java.util.Map;

import org.csirtbot.testkit.BackgroundWork;
import org.csirtbot.testkit.Forms;
import org.csirtbot.testkit.SlackJourneyTest;
import org.csirtbot.testkit.TestBot;
import org.csirtbot.testkit.fakeslack.FakeSlackWorkspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code /incident status <phase>} in an incident room, over the real HTTP endpoint. */
class StatusIntegrationTests extends SlackJourneyTest {

    /** The bot under test, whose background work a negative check waits for. */
    @Autowired
    ApplicationContext app;

    String incidentId;
    String room;

    @BeforeEach
    void declare() {
        incidentId = journeys.declareByCommand(RESPONDER,
                Forms.declaration("Ransomware on file server", "S2", "malware", "AMBER", false, false));
        room = journeys.roomOf(incidentId);
    }

    @Test
    void theCommanderMovesTheIncidentOnAndThePinnedSummaryShowsIt() {
        JsonNode declared = incident();

        var answer = requests.slashCommand("/incident", "status investigating", RESPONDER, room);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains(incidentId, "Investigating").doesNotContain("in_channel");
        JsonNode changed = incident();
        assertThat(changed.path("status").asText()).isEqualTo("INVESTIGATING");
        JsonNode phases = changed.path("phases");
        assertThat(phases).hasSize(2);
        assertThat(phases.get(0).path("phase").asText()).isEqualTo("TRIAGE");
        assertThat(phases.get(0).path("startedAt")).isEqualTo(declared.path("declaredAt"));
        assertThat(phases.get(0).path("endedAt").isNull()).isFalse();
        assertThat(phases.get(1).path("phase").asText()).isEqualTo("INVESTIGATING");
        assertThat(phases.get(1).path("startedAt")).isEqualTo(phases.get(0).path("endedAt"));
        assertThat(phases.get(1).path("endedAt").isNull()).isTrue();

        JsonNode log = TestBot.api(port, "/api/incidents/" + incidentId + "/log").body();
        JsonNode last = log.get(log.size() - 1);
        assertThat(last.path("kind").asText()).isEqualTo("status_changed");
        assertThat(last.path("actor").asText()).isEqualTo(RESPONDER);
        assertThat(last.path("data").path("from").asText()).isEqualTo("triage");
        assertThat(last.path("data").path("to").asText()).isEqualTo("investigating");

        await().until(() -> !updatesOf(room).isEmpty());
        Map<String, String> update = updatesOf(room).get(0);
        assertThat(update.get("ts")).isEqualTo(declared.path("room").path("summaryTs").asText());
        assertThat(FakeSlackWorkspace.json(update, "blocks").toString()).contains("Investigating", incidentId)
                .doesNotContain("Triage");
    }

    @Test
    void aTransitionTheLifecycleDoesNotAllowIsRefusedNamingTheNextPhases() {
        var answer = requests.slashCommand("/incident", "status recovering", RESPONDER, room);

        assertThat(answer.body()).contains("Recovering", "`investigating`").doesNotContain("`containing`");
        assertUnchanged();

        assertThat(requests.slashCommand("/incident", "status closed", RESPONDER, room).body())
                .contains("/incident close");
        assertUnchanged();
    }

    @Test
    void onlyTheCommanderOrDeputyChangesTheStatus() {
        var answer = requests.slashCommand("/incident", "status investigating", SECOND_RESPONDER, room);

        assertThat(answer.body()).contains("Only the incident commander or deputy");
        assertUnchanged();
    }

    @Test
    void anUnknownPhaseListsThePhasesAndOutsideARoomItPointsToOne() {
        assertThat(requests.slashCommand("/incident", "status done", RESPONDER, room).body())
                .contains("`done`", "`triage`", "`investigating`", "`post_incident`", "`closed`");
        assertThat(requests.slashCommand("/incident", "status investigating", RESPONDER, GENERAL).body())
                .contains("incident room");
        assertUnchanged();
    }

    @Test
    void theHelpListsStatus() {
        assertThat(requests.slashCommand("/incident", "help", RESPONDER, GENERAL).body())
                .contains("/incident status");
    }

    private void assertUnchanged() {
        JsonNode incident = incident();
        assertThat(incident.path("status").asText()).isEqualTo("TRIAGE");
        assertThat(incident.path("phases")).hasSize(1);
        assertThat(journeys.logKinds(incidentId)).doesNotContain("status_changed");
        BackgroundWork.drain(app);
        assertThat(updatesOf(room).isEmpty()).as("nothing else happened once the bot's work was done").isTrue();
    }

    private JsonNode incident() {
        return TestBot.api(port, "/api/incidents/" + incidentId).body();
    }

    private List<Map<String, String>> updatesOf(String channel) {
        return slack.calls("chat.update").stream().filter(c -> channel.equals(c.get("channel"))).toList();
    }
}
