package org.csirtbot.testkit;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.csirtbot.testkit.fakeslack.FakeSlackWorkspace;

import com.fasterxml.jackson.databind.JsonNode;

/** Declaring an incident the way a responder does, against {@link FakeSlackWorkspace}, for bots a test starts itself. */
public final class FakeSlackDeclarations {

    private FakeSlackDeclarations() {
    }

    /**
     * {@code /incident declare} by {@link TestBot#RESPONDER}, the form submitted, and the wait until the room's
     * summary is pinned; returns the incident's ID. The tests' recovery runs every hour, so a room that needed
     * it would not open within the wait.
     */
    public static String declareAndOpenTheRoom(FakeSlackWorkspace slack, int port, String title) {
        SignedSlackRequests requests = new SignedSlackRequests(port, TestBot.SIGNING_SECRET);
        JsonNode form = slack.formOpenedBy(() -> requests.slashCommand("/incident", "declare", TestBot.RESPONDER,
                TestBot.GENERAL));
        requests.interaction(SlackPayloads.viewSubmission(TestBot.RESPONDER, "incident_declare", "V" + System.nanoTime(),
                form.path("private_metadata").asText(), FormsAccess.declaration(title)));
        return await().atMost(Duration.ofSeconds(20)).until(() -> pinnedRoom(port, title), id -> !id.isEmpty());
    }

    private static String pinnedRoom(int port, String title) {
        for (JsonNode incident : TestBot.api(port, "/api/incidents").body()) {
            if (title.equals(incident.path("title").asText()) && incident.path("room").path("summaryPinned").asBoolean()) {
                return incident.path("id").asText();
            }
        }
        return "";
    }
}
