package org.csirtbot.links.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.csirtbot.testkit.TestBot.RESPONDER;
import static org.csirtbot.testkit.TestBot.SECOND_RESPONDER;

import java.util.List;

import org.csirtbot.testkit.ClosingSteps;
import org.csirtbot.testkit.Forms;
import org.csirtbot.testkit.SlackJourneyTest;
import org.csirtbot.testkit.TestBot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code /incident merge INC-B} in A's room: B closed as merged into A, its reports attached to A, its running
 * playbooks listed in A's room, both rooms told, nothing removed from B; refused politely, nothing recorded, for
 * itself, an unknown or closed incident, restricted or legal-hold mismatches, and someone not commanding both.
 */
class MergeIntegrationTests extends SlackJourneyTest {

    ClosingSteps steps;

    @BeforeEach
    void connect() {
        steps = new ClosingSteps(slack, requests, port);
    }

    @Test
    void theOtherIncidentIsClosedAsMergedAndItsReportsAttachedHere() {
        String a = steps.declare(RESPONDER, "Invoice phish, wave one", "S3");
        String roomA = journeys.roomOf(a);
        String report = journeys.report(TestBot.EMPLOYEE, Forms.report("suspicious_link", "Invoice mail again",
                "just now", "Mail", null));
        String b = journeys.declareFromTriage(report, RESPONDER,
                Forms.declaration("Invoice phish, wave two", "S3", "malware", "AMBER", false, false));
        await().until(() -> journeys.logKinds(b).contains("summary_pinned"));
        String roomB = journeys.roomOf(b);
        assertThat(steps.command(RESPONDER, roomB, "playbook walk-test")).contains("started");
        List<String> kindsBefore = journeys.logKinds(b);

        assertThat(steps.command(RESPONDER, roomA, "merge " + b)).isEqualTo("*" + b + "* is merged into *" + a
                + "* and closed; 1 report(s) attached here. Both rooms are told; nothing was removed from *" + b + "*.");

        JsonNode merged = steps.incident(b);
        assertThat(merged.path("status").asText()).isEqualTo("CLOSED");
        assertThat(merged.path("reportIds").toString()).contains(report);
        assertThat(steps.incident(a).path("reportIds").toString()).contains(report);
        assertThat(TestBot.api(port, "/api/reports/" + report).body().path("incidentId").asText()).isEqualTo(a);
        assertThat(last(b, "incident_merged_into").path("data").path("into").asText()).isEqualTo(a);
        assertThat(last(b, "incident_merged_into").path("data").path("from").asText()).isEqualTo("triage");
        assertThat(last(a, "incident_merged").path("data").toString())
                .isEqualTo("{\"merged\":\"" + b + "\",\"reports\":[\"" + report + "\"]}");
        assertThat(last(a, "report_attached").path("data").path("reportId").asText()).isEqualTo(report);
        assertThat(journeys.logKinds(b)).startsWith(kindsBefore.toArray(String[]::new));
        for (String id : List.of(a, b)) {
            assertThat(TestBot.api(port, "/api/incidents/" + id + "/log/verify").body().path("valid").asBoolean()).isTrue();
        }
        await().until(() -> !posted(roomA).isEmpty() && !posted(roomB).isEmpty());
        assertThat(posted(roomA).get(0)).contains("*" + b + "* was merged into this incident", "`" + report + "`",
                "`walk-test`", "/incident playbook");
        assertThat(posted(roomB).get(0)).contains("merged into *" + a + "*", "<#" + roomA + ">");
        assertThat(steps.command(RESPONDER, roomA, "merge " + b)).contains("is closed");
    }

    @Test
    void mismatchesClosedOrUnknownIncidentsAndThoseNotCommandingBothAreRefusedWithNothingRecorded() {
        String a = steps.declare(RESPONDER, "Merge target", "S3");
        String roomA = journeys.roomOf(a);
        String closed = steps.declare(RESPONDER, "Closed already", "S4");
        steps.statuses(RESPONDER, journeys.roomOf(closed), "investigating", "post_incident");
        assertThat(steps.command(RESPONDER, journeys.roomOf(closed), "close")).contains("is closed");
        String red = journeys.declareWithRoom(RESPONDER,
                Forms.declaration("Red one", "S3", "malware", "RED", false, false));
        String held = steps.declare(RESPONDER, "Held one", "S3");
        assertThat(steps.command(RESPONDER, journeys.roomOf(held), "hold Litigation expected")).contains("legal hold");
        String theirs = steps.declare(SECOND_RESPONDER, "Someone else's", "S3");

        assertThat(steps.command(RESPONDER, roomA, "merge")).startsWith("Please name the incident");
        assertThat(steps.command(RESPONDER, roomA, "merge " + a)).contains("cannot be merged into itself");
        assertThat(steps.command(RESPONDER, roomA, "merge INC-1999-0001")).startsWith("There is no incident");
        assertThat(steps.command(RESPONDER, roomA, "merge " + closed)).contains("is closed");
        assertThat(steps.command(RESPONDER, roomA, "merge " + red)).contains("are not restricted alike");
        assertThat(steps.command(RESPONDER, roomA, "merge " + held)).contains("is under legal hold");
        assertThat(steps.command(RESPONDER, roomA, "merge " + theirs))
                .isEqualTo("You may not merge *" + theirs + "*: Only the incident commander or deputy can do this.");
        assertThat(steps.command(SECOND_RESPONDER, roomA, "merge " + theirs))
                .contains("Only the incident commander or deputy");

        assertThat(journeys.logKinds(a)).doesNotContain("incident_merged", "report_attached");
        for (String other : List.of(red, held, theirs)) {
            assertThat(steps.incident(other).path("status").asText()).isEqualTo("TRIAGE");
            assertThat(journeys.logKinds(other)).doesNotContain("incident_merged_into");
        }
    }

    private List<String> posted(String room) {
        return journeys.postsTo(room).stream().map(p -> p.get("text"))
                .filter(t -> t.startsWith(":twisted_rightwards_arrows:")).toList();
    }

    private JsonNode last(String id, String kind) {
        JsonNode log = TestBot.api(port, "/api/incidents/" + id + "/log").body();
        return log.findParents("kind").stream().filter(e -> e.path("kind").asText().equals(kind))
                .reduce((x, y) -> y).orElseThrow();
    }
}
