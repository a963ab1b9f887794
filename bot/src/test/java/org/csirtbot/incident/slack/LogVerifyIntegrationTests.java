package org.csirtbot.incident.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csirtbot.testkit.TestBot.EMPLOYEE;
import static org.csirtbot.testkit.TestBot.RESPONDER;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.csirtbot.incident.LogAnchorProperties;
import org.csirtbot.storage.LogAuditCommand;
import org.csirtbot.storage.LogForgery;
import org.csirtbot.testkit.DeclaredIncident;
import org.csirtbot.testkit.Forms;
import org.csirtbot.testkit.SlackJourneyTest;
import org.csirtbot.testkit.TestBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code GET /api/incidents/{id}/log/verify} after the golden path, and after someone edits MongoDB: an entry, the last
 * entries removed, or the log rewritten and re-hashed (the last two caught by the anchor file); and the offline check.
 */
class LogVerifyIntegrationTests extends SlackJourneyTest {

    @Autowired
    MongoTemplate mongo;
    @Autowired
    LogAnchorProperties anchoring;

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
        assertThat(verified.body().toString()).startsWith("{\"valid\":true,\"entries\":7,\"firstInvalidSeq\":null,"
                + "\"reason\":null,\"anchor\":{\"entries\":7,\"headHash\":\"" + log.get(6).path("hash").asText() + "\"");

        mongo.updateFirst(query(where("incidentId").is(incidentId).and("seq").is(4L)),
                Update.update("data.users", List.of(RESPONDER)), "incident_log");

        JsonNode tampered = TestBot.api(port, "/api/incidents/" + incidentId + "/log/verify").body();
        assertThat(tampered.toString()).startsWith("{\"valid\":false,\"entries\":7,\"firstInvalidSeq\":4,\"reason\":\"chain\"");
    }

    @Test
    void aLogDeletedWholeIsNotIntact() {
        String incidentId = declaredIncident();

        mongo.remove(query(where("incidentId").is(incidentId)), "incident_log");

        assertThat(TestBot.api(port, "/api/incidents/" + incidentId + "/log/verify").body().toString())
                .as("its declaration, entry 1, is missing")
                .startsWith("{\"valid\":false,\"entries\":0,\"firstInvalidSeq\":1,\"reason\":\"truncated\"");
    }

    @Test
    void theLastEntriesRemovedAreCaughtByTheAnchorThoughTheChainThatIsLeftHolds() {
        String incidentId = declaredIncident();

        mongo.remove(query(where("incidentId").is(incidentId).and("seq").gte(6L)), "incident_log");

        JsonNode cut = TestBot.api(port, "/api/incidents/" + incidentId + "/log/verify").body();
        assertThat(cut.path("valid").asBoolean()).isFalse();
        assertThat(cut.path("entries").asLong()).isEqualTo(5);
        assertThat(cut.path("firstInvalidSeq").asLong()).as("the first missing entry").isEqualTo(6);
        assertThat(cut.path("reason").asText()).isEqualTo("truncated");
        assertThat(cut.path("anchor").path("entries").asLong()).isEqualTo(7);
    }

    @Test
    void aLogRewrittenAndReHashedByTheRuleIsCaughtByTheAnchor() {
        String incidentId = declaredIncident();
        JsonNode log = TestBot.api(port, "/api/incidents/" + incidentId + "/log").body();
        String anchoredDeclaration = log.get(1).path("hash").asText();
        String anchoredHead = log.get(6).path("hash").asText();

        LogForgery.rewrite(mongo, incidentId, 2, "severity", "S4");

        JsonNode forged = TestBot.api(port, "/api/incidents/" + incidentId + "/log").body();
        assertThat(forged.get(1).path("data").path("severity").asText()).isEqualTo("S4");
        assertThat(forged.get(6).path("hash").asText()).isNotEqualTo(anchoredHead);
        JsonNode verified = TestBot.api(port, "/api/incidents/" + incidentId + "/log/verify").body();
        assertThat(verified.path("valid").asBoolean()).as("every link holds, but not the anchored head").isFalse();
        assertThat(verified.path("entries").asLong()).isEqualTo(7);
        assertThat(verified.path("reason").asText()).isEqualTo("rewritten");
        assertThat(verified.path("firstInvalidSeq").asLong()).as("entry 1 is still as anchored").isEqualTo(2);
        assertThat(verified.path("anchor").path("entries").asLong()).isEqualTo(2);
        assertThat(verified.path("anchor").path("headHash").asText()).isEqualTo(anchoredDeclaration);
    }

    @Test
    void anAuditorReVerifiesTheExportedLogOfflineAgainstTheAnchorFile(@TempDir Path dir) throws Exception {
        String incidentId = declaredIncident();
        Path export = dir.resolve("log.json");
        Files.writeString(export, TestBot.get(port, "/api/incidents/" + incidentId + "/log", TestBot.API_TOKEN).body());
        String anchors = anchoring.logAnchorFile().toString();

        assertThat(audit(export.toString(), anchors)).startsWith("0 " + incidentId + ": intact, 7 entries; anchor: 7 entries");

        mongo.remove(query(where("incidentId").is(incidentId).and("seq").is(7L)), "incident_log");
        Files.writeString(export, TestBot.get(port, "/api/incidents/" + incidentId + "/log", TestBot.API_TOKEN).body());
        assertThat(audit(export.toString())).as("the chain alone cannot tell").startsWith("0 " + incidentId + ": intact");
        assertThat(audit(export.toString(), anchors)).startsWith("1 " + incidentId
                + ": NOT intact, first bad entry #7 (entries were removed from its end), 6 entries");
    }

    @Test
    void theRoomsPinnedSummaryShowsTheLogsCountAndHeadAsOfItsLastUpdate() {
        DeclaredIncident incident = DeclaredIncident.declare(port, slack, RESPONDER,
                Forms.declaration("Anchored in Slack", "S3", "phishing_mail", "AMBER", false, false));

        assertThat(incident.run(RESPONDER, "severity S2 More mailboxes")).contains("*S2 High*");

        Matcher shown = Pattern.compile("log: (\\d+) entries, head `([0-9a-f]{12})`")
                .matcher(incident.summaryShowing("S2 High"));
        assertThat(shown.find()).as("the summary shows the log's head").isTrue();
        JsonNode log = incident.log();
        int entries = Integer.parseInt(shown.group(1));
        assertThat(log.get(entries - 1).path("kind").asText()).as("as of the change or later").isNotEqualTo("declared");
        assertThat(entries).isGreaterThanOrEqualTo(logSeqOf(log, "severity_changed"));
        assertThat(log.get(entries - 1).path("hash").asText()).startsWith(shown.group(2));
    }

    private static int logSeqOf(JsonNode log, String kind) {
        return log.findParents("kind").stream().filter(e -> kind.equals(e.path("kind").asText()))
                .mapToInt(e -> e.path("seq").asInt()).findFirst().orElseThrow();
    }

    /** The offline verifier's exit status and what it printed. */
    private static String audit(String... args) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int status = LogAuditCommand.run(args, new PrintStream(printed, true, StandardCharsets.UTF_8));
        return status + " " + printed.toString(StandardCharsets.UTF_8);
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
