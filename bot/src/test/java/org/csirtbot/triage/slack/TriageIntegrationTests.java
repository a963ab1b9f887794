package org.csirtbot.triage.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.csirtbot.testkit.SlackPayloads.plainText;
import static org.csirtbot.testkit.SlackPayloads.staticSelect;
import static org.csirtbot.testkit.TestBot.EMPLOYEE;
import static org.csirtbot.testkit.TestBot.RESPONDER;
import static org.csirtbot.testkit.TestBot.SECOND_RESPONDER;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import org.csirtbot.testkit.Forms;
import org.csirtbot.testkit.SignedSlackRequests;
import org.csirtbot.testkit.SlackJourneyTest;
import org.csirtbot.testkit.SlackPayloads;
import org.csirtbot.testkit.TestBot;
import org.csirtbot.testkit.fakeslack.FakeSlackWorkspace;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The two other triage outcomes: not an incident (the reporter is told why), and attached to an incident; a report
 * attached and declared at the same moment ends up in one incident only.
 */
class TriageIntegrationTests extends SlackJourneyTest {

    @Test
    void notAnIncidentAsksAReasonAndTellsTheReporterPolitely() {
        String reportId = journeys.report(EMPLOYEE, Forms.phishingReport());
        JsonNode form = journeys.formOnReport(RESPONDER, reportId, "triage_dismiss");
        assertThat(form.path("callback_id").asText()).isEqualTo("report_dismiss");

        String reason = "It is our real <newsletter> & it came from marketing.";
        var ack = submit("report_dismiss", form, Map.of("reason", Map.of("value", plainText(reason))));

        assertThat(ack.body()).isEmpty();
        await().until(() -> journeys.postsTo(EMPLOYEE).size() == 2);
        String told = journeys.postsTo(EMPLOYEE).get(1).get("text");
        assertThat(told).contains(reportId, "Thank you", "not a security incident",
                "It is our real &lt;newsletter&gt; &amp; it came from marketing.");
        await().until(() -> slack.count("chat.update") == 1);
        assertThat(FakeSlackWorkspace.json(slack.calls("chat.update").get(0), "blocks").toString())
                .contains("Closed as not an incident", "<@" + RESPONDER + ">");
        JsonNode report = TestBot.api(port, "/api/reports/" + reportId).body();
        assertThat(report.path("status").asText()).isEqualTo("DISMISSED");
        assertThat(report.path("closingReason").asText()).isEqualTo(reason);
        assertThat(report.path("closedBy").asText()).isEqualTo(RESPONDER);
    }

    @Test
    void aReportHandledOnceCannotBeHandledAgain() {
        String reportId = journeys.report(EMPLOYEE, Forms.phishingReport());
        JsonNode form = journeys.formOnReport(RESPONDER, reportId, "triage_dismiss");
        submit("report_dismiss", form, Map.of("reason", Map.of("value", plainText("Spam, not phishing."))));

        var again = submit("report_dismiss", form, Map.of("reason", Map.of("value", plainText("Something else"))));

        assertThat(again.body()).contains("errors", "already");
        assertThat(TestBot.api(port, "/api/reports/" + reportId).body().path("closingReason").asText())
                .isEqualTo("Spam, not phishing.");
    }

    @Test
    void aReasonIsRequired() {
        String reportId = journeys.report(EMPLOYEE, Forms.phishingReport());
        JsonNode form = journeys.formOnReport(RESPONDER, reportId, "triage_dismiss");

        var ack = submit("report_dismiss", form, Map.of("reason", Map.of("value", plainText(" "))));

        assertThat(ack.body()).contains("\"reason\":\"Please fill this in.\"");
        assertThat(TestBot.api(port, "/api/reports/" + reportId).body().path("status").asText()).isEqualTo("OPEN");
    }

    @Test
    void attachingAddsTheReportToTheIncidentLogAndTellsTheReporter() {
        String incidentId = journeys.declareByCommand(RESPONDER,
                Forms.declaration("Phishing wave", "S3", "phishing_mail", "GREEN", false, false));
        String reportId = journeys.report(EMPLOYEE, Forms.phishingReport());
        JsonNode form = journeys.formOnReport(RESPONDER, reportId, "triage_attach");
        assertThat(form.toString()).contains(incidentId);

        submit("report_attach", form, Map.of("incident", Map.of("value", staticSelect(incidentId))));

        await().until(() -> journeys.postsTo(EMPLOYEE).stream().anyMatch(p -> p.get("text").contains(incidentId)));
        assertThat(journeys.logKinds(incidentId)).endsWith("report_attached");
        assertThat(TestBot.api(port, "/api/incidents/" + incidentId).body().path("reportIds").toString())
                .contains(reportId);
        assertThat(TestBot.api(port, "/api/reports/" + reportId).body().path("status").asText()).isEqualTo("ATTACHED");
    }

    @Test
    void aReportDeclaredAndAttachedAtTheSameMomentGoesToOneIncidentOnly() {
        String incidentId = journeys.declareByCommand(RESPONDER,
                Forms.declaration("Phishing wave", "S3", "phishing_mail", "GREEN", false, false));
        for (int round = 0; round < 4; round++) {
            String reportId = journeys.report(EMPLOYEE, Forms.phishingReport());
            JsonNode declareForm = journeys.formOnReport(RESPONDER, reportId, "triage_declare");
            JsonNode attachForm = journeys.formOnReport(SECOND_RESPONDER, reportId, "triage_attach");
            String declare = SlackPayloads.viewSubmission(RESPONDER, "incident_declare", "VD" + System.nanoTime(),
                    declareForm.path("private_metadata").asText(),
                    Forms.declaration("From the report", "S3", "phishing_mail", "GREEN", false, false));
            String attach = SlackPayloads.viewSubmission(SECOND_RESPONDER, "report_attach", "VA" + System.nanoTime(),
                    attachForm.path("private_metadata").asText(), Map.of("incident", Map.of("value", staticSelect(incidentId))));

            CompletableFuture.allOf(Stream.of(declare, attach)
                    .map(body -> CompletableFuture.runAsync(() -> requests.interaction(body)))
                    .toArray(CompletableFuture[]::new)).join();

            await().until(() -> "ATTACHED".equals(TestBot.api(port, "/api/reports/" + reportId).body().path("status").asText()));
            String attachedTo = TestBot.api(port, "/api/reports/" + reportId).body().path("incidentId").asText();
            await().untilAsserted(() -> assertThat(incidentsListing(reportId)).containsExactly(attachedTo));
        }
    }

    @Test
    void aConfidentialIncidentTakesReportsOnlyFromItsRoomAndButtonsOnlyFromTriage() {
        String incidentId = journeys.declareByCommand(RESPONDER,
                Forms.declaration("Insider", "S2", "other", "AMBER", true, false));
        String reportId = journeys.report(EMPLOYEE, Forms.phishingReport());
        String ts = TestBot.api(port, "/api/reports/" + reportId).body().path("triageTs").asText();
        requests.click(SECOND_RESPONDER, TestBot.GENERAL, ts, "triage_attach", reportId);
        await().until(() -> slack.calls("chat.postEphemeral").stream().anyMatch(c -> TestBot.GENERAL.equals(c.get("channel"))
                && String.valueOf(c.get("text")).contains("works only on the report’s message in the triage channel")));

        JsonNode form = journeys.formOnReport(SECOND_RESPONDER, reportId, "triage_attach");
        var refused = requests.interaction(SlackPayloads.viewSubmission(SECOND_RESPONDER, "report_attach",
                "V" + System.nanoTime(), form.path("private_metadata").asText(),
                Map.of("incident", Map.of("value", staticSelect(incidentId)))));

        assertThat(refused.body()).contains("errors", "only its room’s members attach reports to it");
        assertThat(TestBot.api(port, "/api/reports/" + reportId).body().path("status").asText()).isEqualTo("OPEN");
        assertThat(journeys.logKinds(incidentId)).doesNotContain("report_attached");
        submit("report_attach", form, Map.of("incident", Map.of("value", staticSelect(incidentId))));
        await().until(() -> journeys.logKinds(incidentId).contains("report_attached"));
    }

    /** The incidents that list the report among theirs. */
    private List<String> incidentsListing(String reportId) {
        List<String> listing = new ArrayList<>();
        TestBot.api(port, "/api/incidents").body().forEach(incident -> incident.path("reportIds").forEach(id -> {
            if (reportId.equals(id.asText())) {
                listing.add(incident.path("id").asText());
            }
        }));
        return listing;
    }

    private SignedSlackRequests.Response submit(String callback, JsonNode form, Map<String, Map<String, Object>> state) {
        return requests.interaction(SlackPayloads.viewSubmission(RESPONDER, callback, "V" + System.nanoTime(),
                form.path("private_metadata").asText(), state));
    }
}
