package org.csirtbot.triage.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csirtbot.testkit.TestBot.GENERAL;
import static org.csirtbot.testkit.TestBot.RESPONDER;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.csirtbot.testkit.Forms;
import org.csirtbot.testkit.SlackJourneyTest;
import org.csirtbot.testkit.SlackPayloads;
import org.csirtbot.testkit.TestBot;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** "When did it begin, if known?" on the declare form: optional, stored as beganAt and logged, never in the future. */
class DeclareBeganAtIntegrationTests extends SlackJourneyTest {

    @Test
    void theDeclareFormAsksWhenItBeganWithAnOptionalDateTimePicker() {
        JsonNode began = blockOf(openDeclareForm(), "began");

        assertThat(began.path("type").asText()).isEqualTo("input");
        assertThat(began.path("optional").asBoolean()).isTrue();
        assertThat(began.path("label").path("text").asText()).isEqualTo("When did it begin, if known?");
        assertThat(began.path("element").path("type").asText()).isEqualTo("datetimepicker");
    }

    @Test
    void whenItBeganIsStoredAndLoggedWithTheDeclaration() {
        Instant began = Instant.now().minus(Duration.ofHours(5)).truncatedTo(ChronoUnit.MINUTES);

        String incidentId = journeys.declareByCommand(RESPONDER,
                Forms.began(Forms.declaration("Began known", "S3", "malware", "AMBER", false, false), began));

        JsonNode incident = TestBot.api(port, "/api/incidents/" + incidentId).body();
        assertThat(Instant.parse(incident.path("beganAt").asText())).isEqualTo(began);
        JsonNode declared = TestBot.api(port, "/api/incidents/" + incidentId + "/log").body().get(0);
        assertThat(declared.path("kind").asText()).isEqualTo("declared");
        assertThat(declared.path("data").path("beganAt").asText()).isEqualTo(began.toString());
    }

    @Test
    void leftEmptyNothingIsStored() {
        String incidentId = journeys.declareByCommand(RESPONDER,
                Forms.declaration("Began unknown", "S4", "other", "CLEAR", false, false));

        assertThat(TestBot.api(port, "/api/incidents/" + incidentId).body().path("beganAt").isNull()).isTrue();
        assertThat(TestBot.api(port, "/api/incidents/" + incidentId + "/log").body().get(0).path("data")
                .has("beganAt")).isFalse();
    }

    @Test
    void aTimeInTheFutureIsRefusedBesideTheFieldAndNothingIsDeclared() throws Exception {
        String metadata = openDeclareForm().path("private_metadata").asText();
        Instant tomorrow = Instant.now().plus(Duration.ofDays(1));

        var ack = requests.interaction(SlackPayloads.viewSubmission(RESPONDER, "incident_declare", "VFUTURE1", metadata,
                Forms.began(Forms.declaration("From the future", "S3", "other", "CLEAR", false, false), tomorrow)));

        JsonNode body = new ObjectMapper().readTree(ack.body());
        assertThat(body.path("response_action").asText()).isEqualTo("errors");
        assertThat(body.path("errors").path("began").asText()).contains("in the future");
        assertThat(TestBot.api(port, "/api/incidents").body().findValuesAsText("title"))
                .doesNotContain("From the future");
        assertThat(slack.count("conversations.create")).isZero();
    }

    private JsonNode openDeclareForm() {
        return slack.formOpenedBy(() -> requests.slashCommand("/incident", "declare", RESPONDER, GENERAL));
    }

    private static JsonNode blockOf(JsonNode view, String blockId) {
        for (JsonNode block : view.path("blocks")) {
            if (blockId.equals(block.path("block_id").asText())) {
                return block;
            }
        }
        throw new AssertionError("no block " + blockId + " in " + view);
    }
}
