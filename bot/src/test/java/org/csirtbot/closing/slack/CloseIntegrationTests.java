package org.csirtbot.closing.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.csirtbot.testkit.TestBot.RESPONDER;
import static org.csirtbot.testkit.TestBot.SECOND_RESPONDER;

import java.util.List;
import java.util.Map;

import org.csirtbot.testkit.ClosingSteps;
import org.csirtbot.testkit.LogData;
import org.csirtbot.testkit.SlackJourneyTest;
import org.csirtbot.testkit.TestBot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code /incident close}: refused with everything missing at once, or closed with the report posted to the room. */
class CloseIntegrationTests extends SlackJourneyTest {

    ClosingSteps steps;

    @BeforeEach
    void connect() {
        steps = new ClosingSteps(slack, requests, port);
    }

    @Test
    void anS1StillInvestigatingWithoutLessonsIsNotClosedAndEverythingMissingIsNamed() {
        String id = steps.declare(RESPONDER, "S1 closed too early", "S1");
        String room = journeys.roomOf(id);
        steps.statuses(RESPONDER, room, "investigating");

        String refused = steps.command(RESPONDER, room, "close");

        assertThat(refused).startsWith("*" + id + "* cannot be closed yet. Missing:")
                .contains("run `/incident resolve` first (the incident is *Investigating*)",
                        "lessons-learned questions, required for S1", "“Exactly what happened, and at what times?”",
                        "“What additional tools or resources are needed")
                .doesNotContain("commander:", "severity:");
        assertNotClosed(id, "INVESTIGATING");

        steps.resolve(RESPONDER, room);
        steps.saveLessons(RESPONDER, id, Map.of("what_happened", "Macro", "performance", "Well"));
        await().until(() -> journeys.logKinds(id).contains("lessons_recorded"));

        String stillRefused = steps.command(RESPONDER, room, "close");

        assertThat(stillRefused).contains("required for S1", "“Were the documented procedures followed?")
                .doesNotContain("/incident resolve` first", "“Exactly what happened");
        assertNotClosed(id, "POST_INCIDENT");
    }

    @Test
    void onlyTheCommanderOrDeputyCloses() {
        String id = steps.declare(RESPONDER, "Not yours to close", "S4");
        String room = journeys.roomOf(id);
        steps.statuses(RESPONDER, room, "investigating", "post_incident");

        assertThat(steps.command(SECOND_RESPONDER, room, "close")).contains("Only the incident commander or deputy");
        assertNotClosed(id, "POST_INCIDENT");
    }

    @Test
    void anIncidentInReviewMeetingTheCriteriaIsClosedAndItsReportPostedToTheRoom() {
        String id = steps.declare(RESPONDER, "Closed <cleanly> & quickly", "S3");
        String room = journeys.roomOf(id);
        steps.statuses(RESPONDER, room, "investigating", "post_incident");
        JsonNode before = steps.incident(id);

        String closed = steps.command(RESPONDER, room, "close");

        assertThat(closed).startsWith("*" + id + "* is closed.").contains("archived on <!date^");
        JsonNode incident = steps.incident(id);
        assertThat(incident.path("status").asText()).isEqualTo("CLOSED");
        JsonNode phases = incident.path("phases");
        assertThat(phases).hasSize(before.path("phases").size() + 1);
        JsonNode review = phases.get(phases.size() - 2);
        JsonNode closing = phases.get(phases.size() - 1);
        assertThat(review.path("phase").asText()).isEqualTo("POST_INCIDENT");
        assertThat(review.path("startedAt")).isEqualTo(before.path("phases").get(phases.size() - 2).path("startedAt"));
        assertThat(closing.path("phase").asText()).isEqualTo("CLOSED");
        assertThat(closing.path("startedAt")).isEqualTo(review.path("endedAt"));
        JsonNode last = lastEntries(id, "closed");
        assertThat(last.path("actor").asText()).isEqualTo(RESPONDER);
        assertThat(LogData.withoutOp(last.path("data"))).hasToString("{\"from\":\"post_incident\"}");

        await().until(() -> journeys.logKinds(id).contains("report_posted"));
        List<Map<String, String>> posts = journeys.postsTo(room);
        Map<String, String> intro = posts.stream().filter(p -> p.get("text").startsWith("*Post-incident report of " + id))
                .findFirst().orElseThrow();
        assertThat(intro.get("text")).contains("Closed &lt;cleanly&gt; &amp; quickly", "/api/incidents/" + id + "/report.md")
                .doesNotContain("<cleanly>");
        List<String> parts = posts.stream().map(p -> p.get("text")).filter(t -> t.startsWith("```")).toList();
        assertThat(parts).isNotEmpty().allSatisfy(t -> assertThat(t).endsWith("```").hasSizeLessThan(4000));
        assertThat(parts.get(0)).contains("# Post-incident report: " + id, "## Timeline (Asia/Tokyo)", "Incident closed");
        assertThat(lastEntries(id, "report_posted").path("data").path("ts").asText()).isNotBlank();
        await().until(() -> slack.calls("chat.update").stream()
                .anyMatch(u -> room.equals(u.get("channel")) && u.get("blocks").contains("Closed")));

        assertThat(steps.command(RESPONDER, room, "close")).contains("This incident is closed");
        assertThat(journeys.logKinds(id).stream().filter("closed"::equals)).hasSize(1);
    }

    private void assertNotClosed(String id, String status) {
        assertThat(steps.incident(id).path("status").asText()).isEqualTo(status);
        assertThat(journeys.logKinds(id)).doesNotContain("closed", "report_posted");
    }

    private JsonNode lastEntries(String id, String kind) {
        JsonNode log = TestBot.api(port, "/api/incidents/" + id + "/log").body();
        return log.findParents("kind").stream().filter(e -> e.path("kind").asText().equals(kind))
                .reduce((a, b) -> b).orElseThrow();
    }
}
