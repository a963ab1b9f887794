package org.csirtbot.retention.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csirtbot.testkit.TestBot.EMPLOYEE;
import static org.csirtbot.testkit.TestBot.GENERAL;
import static org.csirtbot.testkit.TestBot.RESPONDER;
import static org.csirtbot.testkit.TestBot.SECOND_RESPONDER;

import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.util.List;

import org.csirtbot.storage.IncidentDocument;
import org.csirtbot.storage.IncidentStore;
import org.csirtbot.testkit.ApiWrites;
import org.csirtbot.testkit.Forms;
import org.csirtbot.testkit.SlackJourneyTest;
import org.csirtbot.testkit.TestBot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code /incident hold|release <reason>} in the room, and {@code POST /api/incidents/{id}/legal-hold}: a hold is set in
 * one step, a release takes two people (one asks, someone else approves), each step logged and told in the room.
 */
class LegalHoldIntegrationTests extends SlackJourneyTest {

    @Autowired
    IncidentStore store;
    String incidentId;
    String room;

    @BeforeEach
    void declare() {
        incidentId = journeys.declareByCommand(RESPONDER,
                Forms.declaration("Leak of payroll data", "S2", "information_leak", "AMBER", false, false));
        room = journeys.roomOf(incidentId);
    }

    @Test
    void aResponderSetsAndAnotherReleasesTheHoldEachLoggedWithItsReason() {
        String held = requests.slashCommand("/incident", "hold Litigation expected <!channel>", RESPONDER, room).body();

        assertThat(held).contains(incidentId, "now under legal hold");
        JsonNode retention = incident().path("retention");
        assertThat(retention.path("legalHold").asBoolean()).isTrue();
        assertThat(retention.path("holdReason").asText()).isEqualTo("Litigation expected <!channel>");
        assertThat(retention.path("holdBy").asText()).isEqualTo(RESPONDER);
        JsonNode entry = lastLogEntry();
        assertThat(entry.path("kind").asText()).isEqualTo("legal_hold_changed");
        assertThat(entry.path("actor").asText()).isEqualTo(RESPONDER);
        assertThat(entry.path("data").path("hold").asBoolean()).isTrue();
        assertThat(entry.path("data").path("reason").asText()).isEqualTo("Litigation expected <!channel>");

        assertThat(requests.slashCommand("/incident", "hold Again", SECOND_RESPONDER, room).body())
                .contains("already under legal hold");
        assertThat(journeys.logKinds(incidentId)).containsOnlyOnce("legal_hold_changed");

        String asked = requests.slashCommand("/incident", "release Counsel: settled", SECOND_RESPONDER, room).body();

        assertThat(asked).contains("You asked to release the legal hold on *" + incidentId + "*", "someone else");
        assertThat(incident().path("retention").path("legalHold").asBoolean()).isTrue();
        assertThat(lastLogEntry().path("kind").asText()).isEqualTo("legal_hold_release_requested");
        assertThat(lastLogEntry().path("actor").asText()).isEqualTo(SECOND_RESPONDER);
        assertThat(lastLogEntry().path("data").path("reason").asText()).isEqualTo("Counsel: settled");
        await().untilAsserted(() -> assertThat(roomTexts()).anyMatch(t -> t.contains("<@" + SECOND_RESPONDER
                + "> asks to release the legal hold on *" + incidentId + "*") && t.contains("Counsel: settled")));
        assertThat(requests.slashCommand("/incident", "release Me again", SECOND_RESPONDER, room).body())
                .contains("You already asked", "someone else must approve");
        assertThat(incident().path("retention").path("legalHold").asBoolean()).isTrue();

        String released = requests.slashCommand("/incident", "release Agreed with counsel", RESPONDER, room).body();

        assertThat(released).contains(incidentId, "released");
        assertThat(incident().path("retention").path("legalHold").asBoolean()).isFalse();
        assertThat(incident().path("retention").path("holdReason").asText()).isEqualTo("Agreed with counsel");
        assertThat(lastLogEntry().path("data").path("hold").asBoolean()).isFalse();
        assertThat(lastLogEntry().path("actor").asText()).isEqualTo(RESPONDER);
        await().untilAsserted(() -> assertThat(roomTexts()).anyMatch(t -> t.contains("The legal hold on *"
                + incidentId + "* is released: asked by <@" + SECOND_RESPONDER + ">, approved by <@" + RESPONDER + ">")));
        assertThat(requests.slashCommand("/incident", "release Twice", RESPONDER, room).body())
                .contains("not under legal hold");
    }

    @Test
    void aReasonIsRequiredAndSomeoneNotAResponderIsRefused() {
        assertThat(requests.slashCommand("/incident", "hold", RESPONDER, room).body())
                .contains("Why?", "/incident hold");
        assertThat(requests.slashCommand("/incident", "release   ", RESPONDER, room).body())
                .contains("Why?", "/incident release");
        assertThat(requests.slashCommand("/incident", "hold " + "x".repeat(1001), RESPONDER, room).body())
                .contains("too long", "1,000");
        assertThat(requests.slashCommand("/incident", "hold I want it kept", EMPLOYEE, room).body())
                .contains("Only CSIRT responders and the incident’s commander or deputy");
        assertThat(requests.slashCommand("/incident", "hold Outside", RESPONDER, GENERAL).body())
                .contains("incident room");

        assertThat(incident().path("retention").path("legalHold").asBoolean()).isFalse();
        assertThat(journeys.logKinds(incidentId)).doesNotContain("legal_hold_changed");
    }

    @Test
    void aClosedIncidentIsHeldInItsRoomAndReleasedThroughTheApi() {
        close();

        assertThat(requests.slashCommand("/incident", "hold Regulator inquiry", RESPONDER, room).body())
                .contains("now under legal hold");
        String path = "/api/incidents/" + incidentId + "/legal-hold";
        // counsel asks, naming someone else in "by": the log names the client, never the body's name
        var asked = ApiWrites.post(port, path, "{\"hold\":false,\"reason\":\"Inquiry closed\",\"by\":\"ceo\"}",
                TestBot.COUNSEL_TOKEN);

        assertThat(asked.status()).isEqualTo(200);
        assertThat(asked.body().path("changed").asBoolean()).isFalse();
        assertThat(asked.body().path("release").asText()).isEqualTo("requested");
        assertThat(asked.body().path("retention").path("legalHold").asBoolean()).isTrue();
        assertThat(lastLogEntry().path("actor").asText()).isEqualTo("api:counsel");
        assertThat(lastLogEntry().path("kind").asText()).isEqualTo("legal_hold_release_requested");
        var twice = ApiWrites.post(port, path, "{\"hold\":false,\"reason\":\"Really\"}", TestBot.COUNSEL_TOKEN);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body().path("error").asText()).contains("api:counsel asked", "two");

        var released = ApiWrites.post(port, path, "{\"hold\":false,\"reason\":\"Confirmed by the auditor\"}");

        assertThat(released.status()).isEqualTo(200);
        assertThat(released.body().path("changed").asBoolean()).isTrue();
        assertThat(released.body().path("release").asText()).isEqualTo("approved");
        assertThat(released.body().path("retention").path("legalHold").asBoolean()).isFalse();
        assertThat(lastLogEntry().path("actor").asText()).isEqualTo("api:auditor");
        assertThat(lastLogEntry().path("data").path("reason").asText()).isEqualTo("Confirmed by the auditor");
        assertThat(TestBot.api(port, "/api/incidents/" + incidentId + "/log").body().findValuesAsText("actor"))
                .doesNotContain("ceo", "api:ceo");
        await().untilAsserted(() -> assertThat(roomTexts()).anyMatch(t -> t.contains("asked by api:counsel, approved "
                + "by api:auditor")));
        var again = ApiWrites.post(port, path, "{\"hold\":false,\"reason\":\"Inquiry closed\"}");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().path("changed").asBoolean()).isFalse();
        assertThat(TestBot.api(port, "/api/incidents/" + incidentId + "/log/verify").body().path("valid").asBoolean())
                .isTrue();
    }

    @Test
    void theApiRefusesWhatItCannotRecord() {
        String path = "/api/incidents/" + incidentId + "/legal-hold";
        String good = "{\"hold\":true,\"reason\":\"Litigation\"}";

        assertThat(ApiWrites.post(port, path, good, null).status()).isEqualTo(401);
        assertThat(ApiWrites.post(port, path, good, "wrong").status()).isEqualTo(401);
        assertRefused(ApiWrites.post(port, path, good, TestBot.READER_TOKEN), 403, "legal-hold");
        assertRefused(ApiWrites.post(port, path, "{\"reason\":\"Litigation\"}"), 400, "hold");
        assertRefused(ApiWrites.post(port, path, "{\"hold\":true,\"reason\":\" \"}"), 400, "reason");
        assertRefused(ApiWrites.post(port, path, "{\"hold\":tru"), 400, "JSON");
        assertRefused(ApiWrites.post(port, "/api/incidents/INC-1999-0001/legal-hold", good), 404, "INC-1999-0001");

        assertThat(incident().path("retention").path("legalHold").asBoolean()).isFalse();
        assertThat(journeys.logKinds(incidentId)).doesNotContain("legal_hold_changed");
    }

    @Test
    void theHelpListsHoldAndRelease() {
        assertThat(requests.slashCommand("/incident", "help", RESPONDER, GENERAL).body())
                .contains("/incident hold", "/incident release");
    }

    private void close() {
        IncidentDocument stored = store.findById(incidentId).orElseThrow();
        assertThat(store.changeStatus(incidentId, stored.status(), stored.phases(), "closed", Instant.now(), null)).isTrue();
        assertThat(incident().path("status").asText()).isEqualTo("CLOSED");
    }

    private static void assertRefused(TestBot.ApiResponse response, int status, String reasonMentions) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.body().path("error").asText()).contains(reasonMentions);
    }

    private JsonNode incident() {
        return TestBot.api(port, "/api/incidents/" + incidentId).body();
    }

    private List<String> roomTexts() {
        return journeys.postsTo(room).stream().map(p -> p.get("text")).toList();
    }

    private JsonNode lastLogEntry() {
        JsonNode log = TestBot.api(port, "/api/incidents/" + incidentId + "/log").body();
        return log.get(log.size() - 1);
    }
}
