package org.csirtbot.report.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.csirtbot.testkit.TestBot.EMPLOYEE;
import static org.csirtbot.testkit.TestBot.GENERAL;
import static org.csirtbot.testkit.TestBot.RESPONDER;
import static org.csirtbot.testkit.TestBot.TRIAGE;

import java.time.Instant;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.csirtbot.playbook.PlaybookRuns;
import org.csirtbot.report.ReportIntake;
import org.csirtbot.sandbox.workspace.BlockKitLimits;
import org.csirtbot.testkit.Forms;
import org.csirtbot.testkit.PlaybookJourneys;
import org.csirtbot.testkit.SlackJourneyTest;
import org.csirtbot.testkit.SlackPayloads;
import org.csirtbot.testkit.TestBot;
import org.csirtbot.testkit.fakeslack.FakeSlackWorkspace;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The suspicious mail attached to the report form as a file (.eml or .msg): kept with the report as where it is in
 * Slack (never downloaded), shown in triage with a link, and in the API only to a client with read:restricted; any
 * other file, or one over 10 MB, is refused beside the field and nothing is stored.
 */
class ReportedMailIntegrationTests extends SlackJourneyTest {

    @Autowired
    ReportIntake reports;
    @Autowired
    PlaybookRuns runs;

    @Test
    void theFormAsksForTheMailAsAFileAndSaysNotToForwardIt() {
        JsonNode view = slack.formOpenedBy(() -> requests.slashCommand("/report", "", EMPLOYEE, GENERAL));

        JsonNode field = block(view, "mail_file");
        assertThat(field.path("type").asText()).isEqualTo("input");
        assertThat(field.path("optional").asBoolean()).isTrue();
        assertThat(field.at("/label/text").asText()).isEqualTo("Attach the suspicious mail (.eml or .msg, optional)");
        assertThat(field.at("/element/type").asText()).isEqualTo("file_input");
        assertThat(field.at("/element/filetypes").toString()).isEqualTo("[\"eml\",\"msg\"]");
        assertThat(field.at("/element/max_files").asInt()).isEqualTo(1);
        assertThat(view.at("/blocks/0/text/text").asText()).contains("save it as a file (.eml or .msg)",
                "or paste its headers", "do not forward it to colleagues", "delete it");
        assertThat(BlockKitLimits.checkView(view)).as("Slack's Block Kit rules, as the fake Slack checks them").isEmpty();
    }

    @Test
    void anAttachedEmlIsKeptShownInTriageAndGivenOnlyToReadRestricted() {
        Map<String, Object> file = Forms.uploadedFile(EMPLOYEE, "suspicious-invoice.eml", "eml", 48_213);
        String reportId = journeys.report(EMPLOYEE, Forms.withMail(Forms.phishingReport(), file));

        JsonNode mail = TestBot.api(port, "/api/reports/" + reportId, TestBot.API_TOKEN).body().path("mail");
        assertThat(mail.path("fileId").asText()).isEqualTo(file.get("id"));
        assertThat(mail.path("name").asText()).isEqualTo("suspicious-invoice.eml");
        assertThat(mail.path("filetype").asText()).isEqualTo("eml");
        assertThat(mail.path("size").asLong()).isEqualTo(48_213);
        assertThat(mail.path("permalink").asText()).isEqualTo(file.get("permalink"));
        assertThat(TestBot.api(port, "/api/reports/" + reportId, TestBot.READER_TOKEN).body().path("mail").isNull())
                .as("a client without read:restricted sees no mail").isTrue();

        String triagePost = triagePostOf(reportId);
        assertThat(triagePost).contains("Reported mail attached: <" + file.get("permalink") + "|suspicious-invoice.eml>");
    }

    @Test
    void aHostileFileNameIsShownEscapedAndAForgedLinkLinksNowhere() {
        Map<String, Object> file = new java.util.LinkedHashMap<>(
                Forms.uploadedFile(EMPLOYEE, "<!channel> & <https://evil.example|IT>.eml", "eml", 1_000));
        file.put("permalink", "https://evil.example/|<!here>");
        String reportId = journeys.report(EMPLOYEE, Forms.withMail(Forms.phishingReport(), file));

        assertThat(triagePostOf(reportId)).contains(
                "Reported mail attached: &lt;!channel&gt; &amp; &lt;https://evil.example|IT&gt;.eml")
                .doesNotContain("<!channel>", "<!here>", "<https://evil.example/");
    }

    @Test
    void aFileThatIsNotAMailIsRefusedBesideTheFieldAndNothingIsStored() {
        String what = "A PDF invoice from someone I do not know " + System.nanoTime();
        var ack = requests.interaction(SlackPayloads.viewSubmission(EMPLOYEE, "report_submit", "VPDF" + System.nanoTime(),
                "", Forms.withMail(Forms.report("phishing_mail", what, "today", "Outlook", ""),
                        Forms.uploadedFile(EMPLOYEE, "invoice.pdf", "pdf", 120_000))));

        assertThat(ack.body()).contains("\"response_action\":\"errors\"",
                "\"mail_file\":\"Please attach the mail saved as a file: .eml or .msg. invoice.pdf is neither.\"");
        assertNothingStored(what);
    }

    @Test
    void aMailOverTenMegabytesIsRefusedBesideTheFieldAndNothingIsStored() {
        String what = "A huge mail with a video " + System.nanoTime();
        var ack = requests.interaction(SlackPayloads.viewSubmission(EMPLOYEE, "report_submit", "VBIG" + System.nanoTime(),
                "", Forms.withMail(Forms.report("phishing_mail", what, "today", "Outlook", ""),
                        Forms.uploadedFile(EMPLOYEE, "video.msg", "binary", 10L * 1024 * 1024 + 1))));

        assertThat(ack.body()).contains("\"response_action\":\"errors\"", "\"mail_file\":\"Please attach a mail of at most 10 MB");
        assertNothingStored(what);
    }

    @Test
    void aReportWithoutAFileWorksAsBefore() {
        String reportId = journeys.report(EMPLOYEE, Forms.phishingReport());

        JsonNode report = TestBot.api(port, "/api/reports/" + reportId, TestBot.API_TOKEN).body();
        assertThat(report.path("mail").isNull()).isTrue();
        assertThat(report.path("description").asText()).isNotEmpty();
        assertThat(triagePostOf(reportId)).doesNotContain("Reported mail attached");
    }

    /** The phishing playbook's reported e-mail is the handler's to give: they are told where the reporter's file is. */
    @Test
    void whenThePhishingPlaybookStartsItsRequestForTheReportedMailSaysWhereTheFileIs() {
        Map<String, Object> file = Forms.uploadedFile(EMPLOYEE, "payroll-update.msg", "binary", 2_048_000);
        String reportId = journeys.report(EMPLOYEE, Forms.withMail(Forms.phishingReport(), file));
        String incidentId = journeys.declareFromTriage(reportId, RESPONDER,
                Forms.declaration("Payroll phishing", "S3", "phishing_mail", "AMBER", false, false));
        String room = journeys.roomOf(incidentId);

        assertThat(new PlaybookJourneys(slack, requests, port, () -> runs)
                .command(RESPONDER, room, "playbook phishing-report")).contains("started");

        String where = "The reporter attached the mail to " + reportId + ": <" + file.get("permalink")
                + "|payroll-update.msg>";
        await().untilAsserted(() -> assertThat(journeys.postsTo(room).stream().filter(p -> p.containsKey("blocks"))
                .map(p -> FakeSlackWorkspace.json(p, "blocks").toString())).anyMatch(b -> b.contains(where)));
    }

    private void assertNothingStored(String what) {
        assertThat(reports.reportedBetween(Instant.EPOCH, Instant.parse("2999-01-01T00:00:00Z")))
                .noneMatch(r -> what.equals(r.description()));
        assertThat(journeys.postsTo(TRIAGE)).noneMatch(p -> p.toString().contains(what));
    }

    private String triagePostOf(String reportId) {
        await().until(() -> journeys.postsTo(TRIAGE).stream().anyMatch(p -> p.get("text").contains(reportId)));
        return journeys.postsTo(TRIAGE).stream().filter(p -> p.get("text").contains(reportId))
                .map(p -> FakeSlackWorkspace.json(p, "blocks").toString()).findFirst().orElseThrow();
    }

    private static JsonNode block(JsonNode view, String blockId) {
        return StreamSupport.stream(view.path("blocks").spliterator(), false)
                .filter(b -> blockId.equals(b.path("block_id").asText())).findFirst().orElseThrow();
    }
}
