package org.csirtbot.incident.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csirtbot.testkit.TestBot.EMPLOYEE;
import static org.csirtbot.testkit.TestBot.RESPONDER;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;

import org.csirtbot.testkit.Forms;
import org.csirtbot.testkit.SlackJourneyTest;
import org.csirtbot.testkit.TestBot;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code GET /api/incidents/{id}/log/verify} after the golden path, and after someone edits MongoDB. */
class LogVerifyIntegrationTests extends SlackJourneyTest {

    @Autowired
    MongoTemplate mongo;

    @Test
    void theLogOfTheGoldenPathIsAnIntactChainAndAnEditedEntryIsNamed() {
        String incidentId = declaredIncident();

        JsonNode log = TestBot.api(port, "/api/incidents/" + incidentId + "/log").body();
        assertThat(log).hasSize(7);
        assertThat(log.get(0).path("prevHash").asText()).isEqualTo("0".repeat(64));
        for (int i = 1; i < log.size(); i++) {
            assertThat(log.get(i).path("prevHash").asText()).isEqualTo(log.get(i - 1).path("hash").asText())
                    .matches("[0-9a-f]{64}");
        }
        var verified = TestBot.api(port, "/api/incidents/" + incidentId + "/log/verify");
        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.body().toString()).isEqualTo("{\"valid\":true,\"entries\":7,\"firstInvalidSeq\":null}");

        mongo.updateFirst(query(where("incidentId").is(incidentId).and("seq").is(4L)),
                Update.update("data.users", List.of(RESPONDER)), "incident_log");

        JsonNode tampered = TestBot.api(port, "/api/incidents/" + incidentId + "/log/verify").body();
        assertThat(tampered.toString()).isEqualTo("{\"valid\":false,\"entries\":7,\"firstInvalidSeq\":4}");
    }

    @Test
    void aLogDeletedWholeIsNotIntact() {
        String incidentId = declaredIncident();

        mongo.remove(query(where("incidentId").is(incidentId)), "incident_log");

        assertThat(TestBot.api(port, "/api/incidents/" + incidentId + "/log/verify").body().toString())
                .as("its declaration, entry 1, is missing").isEqualTo("{\"valid\":false,\"entries\":0,\"firstInvalidSeq\":1}");
    }

    @Test
    void anUnknownIncidentIsNotFoundAndTheCheckNeedsTheToken() {
        var unknown = TestBot.api(port, "/api/incidents/INC-1999-9999/log/verify");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().path("error").asText()).isEqualTo("no incident INC-1999-9999");

        String incidentId = declaredIncident();
        assertThat(TestBot.api(port, "/api/incidents/" + incidentId + "/log/verify", "wrong-token").status())
                .isEqualTo(401);
        assertThat(TestBot.api(port, "/api/incidents/" + incidentId + "/log/verify", null).status()).isEqualTo(401);
    }

    private String declaredIncident() {
        String reportId = journeys.report(EMPLOYEE, Forms.phishingReport());
        String incidentId = journeys.declareFromTriage(reportId, RESPONDER,
                Forms.declaration("Chained log", "S3", "phishing_mail", "AMBER", false, true));
        assertThat(journeys.logKinds(incidentId)).containsExactly("reported", "declared", "channel_created",
                "members_invited", "topic_set", "summary_posted", "summary_pinned");
        return incidentId;
    }
}
