package org.csirtbot.closing.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.csirtbot.testkit.TestBot.RESPONDER;
import static org.csirtbot.testkit.TestBot.SECOND_RESPONDER;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.csirtbot.closing.RoomClosing;
import org.csirtbot.storage.IncidentRetentionStore;
import org.csirtbot.testkit.ClosingSteps;
import org.csirtbot.testkit.LogData;
import org.csirtbot.testkit.SlackJourneyTest;
import org.csirtbot.testkit.TestBot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code /incident reopen <reason>}: a closed incident goes back to the phase it was closed from, the room is told,
 * its room is no longer archived on the closing's schedule, and it closes again as before; refused politely for an
 * open or purged incident, without a reason, or for someone who may not close it, with nothing recorded.
 */
class ReopenIntegrationTests extends SlackJourneyTest {

    @Autowired
    RoomClosing roomClosing;
    @Autowired
    IncidentRetentionStore retention;
    ClosingSteps steps;

    @BeforeEach
    void connect() {
        steps = new ClosingSteps(slack, requests, port);
        slack.givenSample("conversations.archive", "conversations.archive.success.json");
    }

    @Test
    void aClosedIncidentIsReopenedWhereItWasClosedFromAndClosesAgain() {
        String id = closedIncident("Beacon <back> again");
        String room = journeys.roomOf(id);

        assertThat(steps.command(RESPONDER, TestBot.GENERAL, "list")).doesNotContain(id);
        String reopened = steps.command(RESPONDER, room, "reopen New C2 beacon from <the same> host");
        assertThat(steps.command(RESPONDER, TestBot.GENERAL, "list")).contains(id);

        assertThat(reopened).startsWith("*" + id + "* is open again, in *Post-incident*.");
        JsonNode incident = steps.incident(id);
        assertThat(incident.path("status").asText()).isEqualTo("POST_INCIDENT");
        JsonNode phases = incident.path("phases");
        assertThat(phases.get(phases.size() - 2).path("phase").asText()).isEqualTo("CLOSED");
        assertThat(phases.get(phases.size() - 2).path("endedAt").asText())
                .isEqualTo(phases.get(phases.size() - 1).path("startedAt").asText());
        JsonNode entry = last(id, "incident_reopened");
        assertThat(entry.path("actor").asText()).isEqualTo(RESPONDER);
        assertThat(LogData.withoutOp(entry.path("data"))).hasToString("{\"reason\":\"New C2 beacon from <the same> host\","
                + "\"fromStatus\":\"closed\",\"toStatus\":\"post_incident\"}");
        await().until(() -> journeys.postsTo(room).stream().anyMatch(p -> p.get("text").contains("was reopened by")));
        assertThat(journeys.postsTo(room).stream().map(p -> p.get("text")).filter(t -> t.contains("was reopened by")))
                .singleElement().satisfies(t -> assertThat(t).contains("<@" + RESPONDER + ">", "*Post-incident*",
                        "New C2 beacon from &lt;the same&gt; host"));

        roomClosing.archiveDue(Instant.now().plus(Duration.ofDays(30)));
        assertThat(slack.calls("conversations.archive").stream().filter(c -> room.equals(c.get("channel")))).isEmpty();
        assertThat(steps.incident(id).path("closure").path("archivedAt").isNull()).isTrue();

        assertThat(steps.command(RESPONDER, room, "close")).startsWith("*" + id + "* is closed.");
        assertThat(steps.incident(id).path("status").asText()).isEqualTo("CLOSED");
        await().until(() -> journeys.logKinds(id).stream().filter("report_posted"::equals).count() == 2);
        List<String> kinds = journeys.logKinds(id);
        assertThat(kinds.stream().filter("closed"::equals)).hasSize(2);
        assertThat(TestBot.api(port, "/api/incidents/" + id + "/log/verify").body().path("valid").asBoolean()).isTrue();
    }

    @Test
    void anOpenIncidentNoReasonOrSomeoneWhoMayNotCloseItIsRefusedAndNothingRecorded() {
        String open = steps.declare(RESPONDER, "Still open", "S4");
        assertThat(steps.command(RESPONDER, journeys.roomOf(open), "reopen Because"))
                .isEqualTo("*" + open + "* is not closed, so there is nothing to reopen.");

        String id = closedIncident("Closed for good");
        String room = journeys.roomOf(id);
        assertThat(steps.command(RESPONDER, room, "reopen")).startsWith("Please say why");
        assertThat(steps.command(RESPONDER, room, "reopen " + "x".repeat(501))).contains("too long");
        assertThat(steps.command(SECOND_RESPONDER, room, "reopen I want it open"))
                .contains("Only the incident commander or deputy");

        assertThat(steps.incident(id).path("status").asText()).isEqualTo("CLOSED");
        assertThat(journeys.logKinds(id)).doesNotContain("incident_reopened");
        assertThat(journeys.logKinds(open)).doesNotContain("incident_reopened");
    }

    @Test
    void aPurgedIncidentIsNotReopened() {
        String id = closedIncident("Purged long ago");
        String room = journeys.roomOf(id);
        assertThat(retention.purgeDetails(id, Instant.now(), "S4 closed + P1Y")).isTrue();

        assertThat(steps.command(RESPONDER, room, "reopen It came back"))
                .isEqualTo("*" + id + "* was purged after its retention period, so it cannot be reopened. Declare a new "
                        + "incident instead.");
        assertThat(steps.incident(id).path("status").asText()).isEqualTo("CLOSED");
        assertThat(journeys.logKinds(id)).doesNotContain("incident_reopened");
    }

    private String closedIncident(String title) {
        String id = steps.declare(RESPONDER, title, "S4");
        String room = journeys.roomOf(id);
        steps.statuses(RESPONDER, room, "investigating", "post_incident");
        assertThat(steps.command(RESPONDER, room, "close")).contains("is closed");
        await().until(() -> journeys.logKinds(id).contains("report_posted"));
        return id;
    }

    private JsonNode last(String id, String kind) {
        JsonNode log = TestBot.api(port, "/api/incidents/" + id + "/log").body();
        return log.findParents("kind").stream().filter(e -> e.path("kind").asText().equals(kind))
                .reduce((a, b) -> b).orElseThrow();
    }
}
