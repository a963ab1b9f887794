package org.csirtbot.timeline.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.csirtbot.testkit.TestBot.EMPLOYEE;
import static org.csirtbot.testkit.TestBot.GENERAL;
import static org.csirtbot.testkit.TestBot.RESPONDER;
import static org.csirtbot.testkit.TestBot.SECOND_RESPONDER;

import org.csirtbot.testkit.SignedSlackRequests;
import org.csirtbot.testkit.SlackJourneyTest;
import org.csirtbot.testkit.TestBot;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code /incident note} and {@code /incident verify} in an incident's room, and their refusals. */
class IncidentNotesIntegrationTests extends SlackJourneyTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aResponderNoteIsLoggedExactlyAsTypedAndTheLogStaysIntact() throws Exception {
        String incidentId = declared("Notes are logged");
        String room = journeys.roomOf(incidentId);
        int before = log(incidentId).size();

        // Slack escapes <, > and & in command text; the note keeps what the responder typed
        String typed = "Blocked the sender &lt;!channel&gt; & メールゲートウェイで送信元をブロック";
        String reply = ack(requests.slashCommand("/incident", "note " + typed, SECOND_RESPONDER, room));

        assertThat(reply).isEqualTo("Noted in the log of " + incidentId + " (#" + (before + 1) + ").");
        JsonNode note = log(incidentId).get(before);
        assertThat(note.path("kind").asText()).isEqualTo("note_added");
        assertThat(note.path("actor").asText()).isEqualTo(SECOND_RESPONDER);
        assertThat(note.path("seq").asInt()).isEqualTo(before + 1);
        assertThat(note.path("data").path("text").asText())
                .isEqualTo("Blocked the sender <!channel> & メールゲートウェイで送信元をブロック");
        assertThat(TestBot.api(port, "/api/incidents/" + incidentId + "/log/verify").body().toString())
                .startsWith("{\"valid\":true,\"entries\":" + (before + 1) + ",\"firstInvalidSeq\":null,");
        assertThat(slack.calls("chat.postMessage")).as("the note is only logged, so it pings nobody")
                .noneMatch(p -> String.valueOf(p.get("text")).contains("Blocked the sender"));
    }

    @Test
    void aNoteOfExactlyTheLimitIsTakenAndOneMoreIsRefused() throws Exception {
        String incidentId = declared("Long notes");
        String room = journeys.roomOf(incidentId);
        int before = log(incidentId).size();

        String refused = ack(requests.slashCommand("/incident", "note " + "x".repeat(3001), RESPONDER, room));
        assertThat(refused).contains("too long", "3,000");
        assertThat(log(incidentId)).hasSize(before);

        String taken = ack(requests.slashCommand("/incident", "note " + "あ".repeat(3000), RESPONDER, room));
        assertThat(taken).startsWith("Noted in the log of " + incidentId);
        assertThat(log(incidentId).get(before).path("data").path("text").asText()).hasSize(3000);
    }

    @Test
    void refusalsAreExplainedAndLogNothing() throws Exception {
        String incidentId = declared("Refused notes");
        String room = journeys.roomOf(incidentId);
        int before = log(incidentId).size();

        assertThat(ack(requests.slashCommand("/incident", "note I was here", EMPLOYEE, room)))
                .contains("Only CSIRT responders");
        assertThat(ack(requests.slashCommand("/incident", "note somewhere else", RESPONDER, GENERAL)))
                .contains("incident room");
        assertThat(ack(requests.slashCommand("/incident", "note", RESPONDER, room)))
                .contains("What should the note say?");
        assertThat(ack(requests.slashCommand("/incident", "note    ", RESPONDER, room)))
                .contains("What should the note say?");

        assertThat(log(incidentId)).hasSize(before);
        assertThat(journeys.logKinds(incidentId)).doesNotContain("note_added");
    }

    @Test
    void verifyInTheRoomSaysTheLogIsIntactWithItsEntryCount() throws Exception {
        String incidentId = declared("Verified log");
        String room = journeys.roomOf(incidentId);
        requests.slashCommand("/incident", "note checked", RESPONDER, room);
        int entries = log(incidentId).size();

        assertThat(ack(requests.slashCommand("/incident", "verify", SECOND_RESPONDER, room)))
                .isEqualTo("The log of " + incidentId + " is intact: " + entries + " entries, hash-chained.");
        assertThat(ack(requests.slashCommand("/incident", "verify", RESPONDER, GENERAL))).contains("incident room");
    }

    @Test
    void helpListsNoteAndVerifyAndAJapaneseSpeakerIsAnsweredInJapanese() throws Exception {
        assertThat(ack(requests.slashCommand("/incident", "help", RESPONDER, GENERAL)))
                .contains("/incident note", "/incident verify");

        // the ack path answers in the language known now and learns the user's for the next time
        slack.givenUserLocale("UJANOTE01", "ja-JP");
        requests.slashCommand("/incident", "verify", "UJANOTE01", GENERAL);
        await().until(() -> ack(requests.slashCommand("/incident", "verify", "UJANOTE01", GENERAL))
                .contains("対応チャンネル"));
    }

    private String declared(String title) {
        return journeys.declareWithRoom(RESPONDER, title);
    }

    private JsonNode log(String incidentId) {
        return TestBot.api(port, "/api/incidents/" + incidentId + "/log").body();
    }

    private static String ack(SignedSlackRequests.Response response) throws Exception {
        assertThat(response.status()).isEqualTo(200);
        return JSON.readTree(response.body()).path("text").asText();
    }
}
