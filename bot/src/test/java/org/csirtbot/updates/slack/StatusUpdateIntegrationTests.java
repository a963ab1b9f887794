package org.csirtbot.updates.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.csirtbot.testkit.TestBot.GENERAL;
import static org.csirtbot.testkit.TestBot.RESPONDER;
import static org.csirtbot.testkit.TestBot.SECOND_RESPONDER;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.csirtbot.sandbox.workspace.BlockKitLimits;
import org.csirtbot.testkit.BackgroundWork;
import org.csirtbot.testkit.DeclaredIncident;
import org.csirtbot.testkit.TestBot;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code /incident update} and its form over the real HTTP endpoint, on the test clock (days of April 2003, which no
 * other test uses, so the metrics of a day are this test's alone).
 */
class StatusUpdateIntegrationTests extends UpdateJourneyTest {

    @Test
    void theCommanderPostsAnUpdateInTheRoomItIsLoggedShownInTheSummaryAndCounted() {
        Instant t0 = Instant.parse("2003-04-01T09:00:00Z");
        clock.set(t0);
        DeclaredIncident incident = steps.declare("Credential phishing wave", "S2");
        clock.set(t0.plus(Duration.ofMinutes(20)).plusSeconds(30));

        JsonNode form = steps.openForm(incident, RESPONDER);

        assertThat(form.path("callback_id").asText()).isEqualTo(UpdateModal.CALLBACK);
        assertThat(form.path("private_metadata").asText()).isEqualTo(incident.id);
        List<JsonNode> inputs = form.path("blocks").findParents("element");
        assertThat(inputs).extracting(i -> i.path("block_id").asText())
                .containsExactly("status", "impact", "actions", "next", "needs", "next_update_at");
        assertThat(inputs.subList(0, 5)).allSatisfy(i -> assertThat(i.path("element").path("max_length").asInt())
                .isEqualTo(2000).isLessThanOrEqualTo(BlockKitLimits.MAX_INPUT_LENGTH));
        assertThat(inputs).extracting(i -> i.path("optional").asBoolean())
                .containsExactly(false, true, true, true, true, true);
        // S2: every four hours, from now (to the minute)
        JsonNode picker = inputs.get(5).path("element");
        assertThat(picker.path("type").asText()).isEqualTo("datetimepicker");
        assertThat(picker.path("initial_date_time").asLong())
                .isEqualTo(Instant.parse("2003-04-01T13:20:00Z").getEpochSecond());

        Instant next = Instant.parse("2003-04-01T11:00:00Z");
        String answer = steps.submit(RESPONDER, incident.id, UpdateSteps.form("Contained <!channel> & *mostly*",
                "120 mailboxes; no <https://evil.example|payroll> data", "Blocking the sender",
                "Reset passwords", "IT: the list of mailboxes", next));

        assertThat(answer).isEmpty();
        await().until(() -> steps.updatePosts(incident).size() == 1);
        String post = steps.updatePosts(incident).get(0);
        assertThat(post).contains("Status update · " + incident.id, "Current status",
                "Contained &lt;!channel&gt; &amp; *mostly*", "&lt;https://evil.example|payroll&gt;",
                "Actions under way", "Blocking the sender", "Next steps", "What is needed, from whom",
                "<@" + RESPONDER + ">", "next update <!date^" + next.getEpochSecond() + "^")
                .doesNotContain("<!channel>", "<https://evil");
        JsonNode entry = incident.lastLogEntry();
        assertThat(entry.path("kind").asText()).isEqualTo("status_update_posted");
        assertThat(entry.path("actor").asText()).isEqualTo(RESPONDER);
        assertThat(entry.path("data")).hasToString("{\"status\":\"Contained <!channel> & *mostly*\","
                + "\"impact\":\"120 mailboxes; no <https://evil.example|payroll> data\","
                + "\"actions\":\"Blocking the sender\",\"next\":\"Reset passwords\","
                + "\"needs\":\"IT: the list of mailboxes\",\"nextUpdateAt\":\"2003-04-01T11:00:00Z\"}");
        assertThat(incident.summaryShowing("Status updates")).contains("Contained &lt;!channel&gt;",
                "Next update due <!date^" + next.getEpochSecond() + "^");

        JsonNode times = TestBot.api(port, "/api/metrics?from=2003-04-01&to=2003-04-01").body().path("times");
        assertThat(times.path("timeToFirstUpdate").path("n").asInt()).isEqualTo(1);
        assertThat(times.path("timeToFirstUpdate").path("medianSeconds").asLong()).isEqualTo(20 * 60 + 30);
        assertThat(times.path("timeToFirstUpdate").path("median").asText()).isEqualTo("PT20M30S");
    }

    @Test
    void aPastTimeOrNoStatusIsRefusedInTheFormAndNothingIsLoggedOrPosted() {
        Instant t0 = Instant.parse("2003-04-03T09:00:00Z");
        clock.set(t0);
        DeclaredIncident incident = steps.declare("Odd logins", "S1");
        int logged = incident.log().size();

        assertThat(steps.submit(RESPONDER, incident.id, UpdateSteps.form("Looking", t0.minusSeconds(60))))
                .contains("errors", "next_update_at", "That time has passed");
        assertThat(steps.submit(RESPONDER, incident.id, UpdateSteps.form("   ", t0.plus(Duration.ofHours(1)))))
                .contains("errors", "\"status\"", "Please say where things stand now");
        assertThat(steps.submit(RESPONDER, incident.id, UpdateSteps.form("x".repeat(2001), null)))
                .contains("errors", "2,000");
        assertThat(steps.submit(RESPONDER, "INC-1999-<b>", UpdateSteps.form("Where?", null)))
                .contains("errors", "was not found").doesNotContain("<b>");

        BackgroundWork.drain(app);
        assertThat(incident.log().size()).isEqualTo(logged);
        assertThat(steps.updatePosts(incident)).isEmpty();
    }

    @Test
    void theLongestUpdateFitsSlacksLimitsWhileTheLogKeepsItWhole() throws Exception {
        clock.set(Instant.parse("2003-04-04T09:00:00Z"));
        DeclaredIncident incident = steps.declare("Many ampersands", "S3");
        String longest = "&".repeat(2000);

        assertThat(steps.submit(RESPONDER, incident.id, UpdateSteps.form(longest, "<".repeat(2000), "あ".repeat(2000),
                ">".repeat(2000), "x".repeat(2000), null))).isEmpty();

        await().until(() -> steps.updatePosts(incident).size() == 1);
        List<JsonNode> sections = new ObjectMapper().readTree(steps.updatePosts(incident).get(0)).findParents("type")
                .stream().filter(b -> "section".equals(b.path("type").asText())).toList();
        assertThat(sections).hasSize(5).allSatisfy(b -> assertThat(b.path("text").path("text").asText().length())
                .isLessThanOrEqualTo(BlockKitLimits.MAX_SECTION_TEXT));
        assertThat(incident.lastLogEntry().path("data").path("status").asText()).isEqualTo(longest);
    }

    @Test
    void onlyTheCommanderDeputyOrCommsGiveUpdatesAndAClosedIncidentTakesNone() {
        Instant t0 = Instant.parse("2003-04-05T09:00:00Z");
        clock.set(t0);
        DeclaredIncident incident = steps.declare("Lost laptop", "S3");
        int opened = slack.count("views.open");

        assertThat(incident.run(SECOND_RESPONDER, "update"))
                .isEqualTo("Only the incident’s commander, deputy or comms role can do this.");
        assertThat(steps.submit(SECOND_RESPONDER, incident.id, UpdateSteps.form("I think it is fine", null)))
                .contains("errors", "commander, deputy or comms");
        assertThat(requests.slashCommand("/incident", "update", RESPONDER, GENERAL).body()).contains("incident room");
        BackgroundWork.drain(app);
        assertThat(slack.count("views.open")).as("no form for those refused").isEqualTo(opened);
        assertThat(incident.logKinds()).doesNotContain("status_update_posted");

        incident.run(RESPONDER, "role comms <@" + SECOND_RESPONDER + ">");
        assertThat(steps.openForm(incident, SECOND_RESPONDER).path("callback_id").asText())
                .isEqualTo(UpdateModal.CALLBACK);
        assertThat(steps.submit(SECOND_RESPONDER, incident.id, UpdateSteps.form("Found in the taxi", null))).isEmpty();
        await().until(() -> incident.logKinds().contains("status_update_posted"));

        incident.run(RESPONDER, "status investigating");
        incident.run(RESPONDER, "status post_incident");
        assertThat(incident.run(RESPONDER, "close")).contains("is closed");
        int closedAt = slack.count("views.open");
        assertThat(incident.run(RESPONDER, "update")).contains("closed");
        assertThat(steps.submit(RESPONDER, incident.id, UpdateSteps.form("Too late", null)))
                .contains("errors", "closed");
        BackgroundWork.drain(app);
        assertThat(slack.count("views.open")).isEqualTo(closedAt);
        assertThat(UpdateSteps.logged(incident, "status_update_posted")).hasSize(1);
    }

    @Test
    void theHelpListsUpdateInBothLanguages() {
        assertThat(requests.slashCommand("/incident", "help", RESPONDER, GENERAL).body())
                .contains("`/incident update`", "status update form");
        slack.givenUserLocale("UJAUPD001", "ja-JP");
        requests.slashCommand("/incident", "help", "UJAUPD001", GENERAL);
        await().until(() -> requests.slashCommand("/incident", "help", "UJAUPD001", GENERAL).body()
                .contains("状況報告の入力画面"));
    }
}
