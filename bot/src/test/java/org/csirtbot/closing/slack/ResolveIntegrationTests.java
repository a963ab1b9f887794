package org.csirtbot.closing.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.csirtbot.testkit.TestBot.GENERAL;
import static org.csirtbot.testkit.TestBot.RESPONDER;
import static org.csirtbot.testkit.TestBot.SECOND_RESPONDER;

import java.util.List;
import java.util.Map;

import org.csirtbot.sandbox.workspace.BlockKitLimits;
import org.csirtbot.testkit.BackgroundWork;
import org.csirtbot.testkit.ClosingSteps;
import org.csirtbot.testkit.SlackJourneyTest;
import org.csirtbot.testkit.TestBot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code /incident resolve} and the lessons-learned form, over the real HTTP endpoint. */
class ResolveIntegrationTests extends SlackJourneyTest {

    /** The bot under test, whose background work a negative check waits for. */
    @Autowired
    ApplicationContext app;

    ClosingSteps steps;

    @BeforeEach
    void connect() {
        steps = new ClosingSteps(slack, requests, port);
    }

    @Test
    void resolveMovesToPostIncidentAndOpensTheTenQuestionsWithinSlackLimits() {
        String id = steps.declare(RESPONDER, "Resolve opens the questions", "S3");
        String room = journeys.roomOf(id);
        steps.statuses(RESPONDER, room, "investigating");

        ClosingSteps.Resolved resolved = steps.resolve(RESPONDER, room);

        assertThat(resolved.answer()).contains(id, "*Post-incident*", "was Investigating");
        assertThat(steps.incident(id).path("status").asText()).isEqualTo("POST_INCIDENT");
        assertThat(journeys.logKinds(id)).endsWith("status_changed");
        JsonNode view = resolved.view();
        assertThat(view.path("callback_id").asText()).isEqualTo("incident_lessons");
        assertThat(view.path("private_metadata").asText()).isEqualTo(id);
        assertThat(view.path("title").path("text").asText().length()).isLessThanOrEqualTo(24);
        JsonNode blocks = view.path("blocks");
        assertThat(blocks.size()).isEqualTo(11).isLessThanOrEqualTo(BlockKitLimits.MAX_VIEW_BLOCKS);
        List<JsonNode> inputs = blocks.findParents("element");
        assertThat(inputs).hasSize(10).allSatisfy(input -> {
            assertThat(input.path("optional").asBoolean()).isTrue();
            assertThat(input.path("element").path("multiline").asBoolean()).isTrue();
            assertThat(input.path("element").path("max_length").asInt()).isEqualTo(BlockKitLimits.MAX_INPUT_LENGTH);
            assertThat(input.path("label").path("text").asText().length()).isLessThanOrEqualTo(BlockKitLimits.MAX_INPUT_LABEL);
        });
        assertThat(inputs.get(0).path("block_id").asText()).isEqualTo("what_happened");
        assertThat(inputs.get(0).path("label").path("text").asText()).isEqualTo("Exactly what happened, and at what times?");
        await().until(() -> slack.calls("chat.update").stream().anyMatch(u -> u.get("blocks").contains("Post-incident")));
    }

    @Test
    void whenSlackCannotOpenTheFormThePersonIsToldHowToGetIt() {
        String id = steps.declare(RESPONDER, "The form came too late", "S3");
        String room = journeys.roomOf(id);
        steps.statuses(RESPONDER, room, "investigating");
        slack.givenError("views.open", "expired_trigger_id");

        assertThat(steps.command(RESPONDER, room, "resolve")).contains("*Post-incident*");

        await().until(() -> slack.calls("chat.postEphemeral").stream().anyMatch(e -> room.equals(e.get("channel"))
                && RESPONDER.equals(e.get("user")) && e.get("text").contains("Run `/incident resolve` again")));
        assertThat(steps.incident(id).path("status").asText()).isEqualTo("POST_INCIDENT");
    }

    @Test
    void answeringAgainShowsTheAnswersSoFarAndTheNewestCount() {
        String id = steps.declare(RESPONDER, "Lessons answered twice", "S3");
        String room = journeys.roomOf(id);
        steps.statuses(RESPONDER, room, "investigating");
        steps.resolve(RESPONDER, room);
        String longest = "あ".repeat(3000);

        assertThat(steps.saveLessons(RESPONDER, id, Map.of("what_happened", "A macro ran", "indicators", longest)))
                .doesNotContain("errors");
        await().until(() -> slack.calls("chat.postEphemeral").stream()
                .anyMatch(e -> e.get("text").contains("2 of 10 questions answered") && room.equals(e.get("channel"))));

        ClosingSteps.Resolved again = steps.resolve(RESPONDER, room);
        assertThat(again.answer()).contains(id, "post-incident review", "replaces");
        JsonNode form = again.view().path("blocks");
        assertThat(form.findParents("block_id").stream().filter(b -> b.path("block_id").asText().equals("what_happened"))
                .findFirst().orElseThrow().path("element").path("initial_value").asText()).isEqualTo("A macro ran");
        assertThat(form.toString()).contains(longest);

        steps.saveLessons(RESPONDER, id, Map.of("what_happened", "A macro in an invoice ran", "tools_and_resources", "EDR"));

        await().until(() -> journeys.logKinds(id).stream().filter("lessons_recorded"::equals).count() == 2);
        JsonNode lessons = steps.incident(id).path("closure").path("lessons");
        assertThat(lessons.size()).isEqualTo(2);
        assertThat(lessons.path("what_happened").asText()).isEqualTo("A macro in an invoice ran");
        assertThat(lessons.path("tools_and_resources").asText()).isEqualTo("EDR");
        JsonNode log = TestBot.api(port, "/api/incidents/" + id + "/log").body();
        JsonNode first = log.findParents("kind").stream().filter(e -> e.path("kind").asText().equals("lessons_recorded"))
                .findFirst().orElseThrow();
        assertThat(first.path("actor").asText()).isEqualTo(RESPONDER);
        assertThat(first.path("data").path("answers").path("indicators").asText()).isEqualTo(longest);
        assertThat(journeys.logKinds(id).stream().filter("status_changed"::equals)).hasSize(2);
    }

    @Test
    void badLessonsFormsStayOpenSayingWhyAndRecordNothing() {
        String id = steps.declare(RESPONDER, "Bad lessons forms", "S3");
        String room = journeys.roomOf(id);
        steps.statuses(RESPONDER, room, "investigating");
        steps.resolve(RESPONDER, room);

        assertThat(steps.saveLessons(RESPONDER, id, Map.of("what_happened", "   "))).contains("errors", "at least one");
        assertThat(steps.saveLessons(RESPONDER, id, Map.of("indicators", "x".repeat(3001))))
                .contains("errors", "indicators", "3,000");
        assertThat(steps.saveLessons(SECOND_RESPONDER, id, Map.of("what_happened", "not mine to say")))
                .contains("errors", "Only the incident commander or deputy");
        assertThat(steps.saveLessons(RESPONDER, "INC-1999-<b>", Map.of("what_happened", "where?")))
                .contains("errors", "was not found").doesNotContain("<b>");

        assertThat(journeys.logKinds(id)).doesNotContain("lessons_recorded");
        assertThat(steps.incident(id).path("closure").path("lessons").isEmpty()).isTrue();
    }

    @Test
    void resolveIsRefusedWhereTheLifecycleDoesNotLeadToPostIncidentAndToOthersThanTheCommander() {
        String id = steps.declare(RESPONDER, "Too early to resolve", "S3");
        String room = journeys.roomOf(id);

        assertThat(steps.command(RESPONDER, room, "resolve")).contains("From *Triage*", "`investigating`");
        assertThat(steps.command(SECOND_RESPONDER, room, "resolve")).contains("Only the incident commander or deputy");
        assertThat(steps.command(RESPONDER, GENERAL, "resolve")).contains("incident room");

        assertThat(steps.incident(id).path("status").asText()).isEqualTo("TRIAGE");
        BackgroundWork.drain(app);
        assertThat(slack.count("views.open") == 1).as("nothing else happened once the bot's work was done").isTrue();
    }

    @Test
    void theHelpListsResolveAndClose() {
        assertThat(steps.command(RESPONDER, GENERAL, "help")).contains("/incident resolve", "/incident close");
    }
}
