package org.csirtbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.csirtbot.testkit.TestBot.EMPLOYEE;
import static org.csirtbot.testkit.TestBot.GENERAL;
import static org.csirtbot.testkit.TestBot.RESPONDER;
import static org.csirtbot.testkit.TestBot.TRIAGE;

import java.util.Map;

import org.csirtbot.testkit.BackgroundWork;
import org.csirtbot.testkit.Forms;
import org.csirtbot.testkit.SignedSlackRequests;
import org.csirtbot.testkit.SlackJourneyTest;
import org.csirtbot.testkit.SlackPayloads;
import org.csirtbot.testkit.TestBot;
import org.csirtbot.testkit.fakeslack.FakeSlackWorkspace;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Bad input gets a clear message to whoever sent it, and nothing recorded is lost or altered. */
class BadInputIntegrationTests extends SlackJourneyTest {

    /** The bot under test, whose background work a negative check waits for. */
    @Autowired
    ApplicationContext app;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FORM = SignedSlackRequests.FORM;

    @Autowired
    MongoTemplate mongo;

    @Test
    void emptyFieldsAreShownBesideEachFieldAndNothingIsStored() throws Exception {
        long before = reports();
        var ack = submitReport(Forms.report(null, "   ", "", null, null));

        JsonNode body = JSON.readTree(ack.body());
        assertThat(body.path("response_action").asText()).isEqualTo("errors");
        assertThat(body.path("errors").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("category", "what", "when", "system");
        assertThat(body.path("errors").path("what").asText()).isEqualTo("Please fill this in.");
        assertThat(reports()).isEqualTo(before);
    }

    @Test
    void oversizedFieldsAreRefusedWithTheLimit() throws Exception {
        long before = reports();
        var ack = submitReport(Forms.report("other", "x".repeat(3001), "now", "y".repeat(201),
                "1.2.3.4\n".repeat(51)));

        JsonNode errors = JSON.readTree(ack.body()).path("errors");
        assertThat(errors.path("what").asText()).contains("3,000", "3,001");
        assertThat(errors.path("system").asText()).contains("200");
        assertThat(errors.path("observables").asText()).contains("50");
        assertThat(reports()).isEqualTo(before);
    }

    @Test
    void mentionsAndLinksInAReportAreShownAsTextNeverAsPings() {
        String hostile = "<!channel> <!here> <!subteam^S123> <@U0BOSS> look at <https://evil.example|your bank> & pay";
        var ack = submitReport(Forms.report("suspicious_link", hostile, "<!everyone> now", "<@U0CEO>", "<https://x.y>"));
        String reportId = Forms.first(Forms.REPORT_ID, ack.body());

        await().until(() -> postsTo(TRIAGE) > 0);
        String posted = slack.calls("chat.postMessage").stream().filter(c -> TRIAGE.equals(c.get("channel")))
                .map(c -> c.get("text") + FakeSlackWorkspace.json(c, "blocks")).findFirst().orElseThrow();
        assertThat(posted).doesNotContain("<!channel>", "<!here>", "<!subteam", "<@U0BOSS>", "<https://evil",
                "<!everyone>", "<@U0CEO>", "<https://x.y>");
        assertThat(posted).contains("&lt;!channel&gt;", "&lt;@U0BOSS&gt;", "&amp; pay", "&lt;https://evil.example|your bank&gt;");
        assertThat(TestBot.api(port, "/api/reports/" + reportId).body().path("description").asText()).isEqualTo(hostile);
    }

    @Test
    void japaneseAndEmojiArriveIntact() {
        String what = "不審なメールが届きました 📧🔥 「パスワードを更新してください」";
        String reportId = Forms.first(Forms.REPORT_ID,
                submitReport(Forms.report("phishing_mail", what, "今朝9時ごろ", "社用PC", null)).body());

        await().until(() -> postsTo(TRIAGE) > 0);
        assertThat(TestBot.api(port, "/api/reports/" + reportId).body().path("description").asText()).isEqualTo(what);
        var triagePost = slack.calls("chat.postMessage").stream().filter(c -> TRIAGE.equals(c.get("channel")))
                .findFirst().orElseThrow();
        assertThat(FakeSlackWorkspace.json(triagePost, "blocks").toString()).contains(what);
    }

    @Test
    void anUnknownSubcommandIsAnsweredWithHelp() {
        var response = requests.slashCommand("/incident", "frobnicate <!channel>", RESPONDER, GENERAL);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("frobnicate", "/incident declare", "/report")
                .doesNotContain("<!channel>");
        assertThat(slack.count("views.open")).isZero();
    }

    @Test
    void aNonResponderCannotDeclareAndIsToldPolitely() {
        var response = requests.slashCommand("/incident", "declare Something bad", EMPLOYEE, GENERAL);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("Only CSIRT responders can declare", "/report");
        BackgroundWork.drain(app);
        assertThat(slack.count("views.open") == 0).as("nothing else happened once the bot's work was done").isTrue();
    }

    @Test
    void aForgedDeclareFormFromANonResponderRecordsNothing() throws Exception {
        long incidents = mongo.getCollection("incidents").countDocuments();
        var ack = requests.interaction(SlackPayloads.viewSubmission(EMPLOYEE, "incident_declare", "VFORGED1",
                "", Forms.declaration("Fake", "S1", "other", "CLEAR", false, false)));

        assertThat(JSON.readTree(ack.body()).path("errors").path("title").asText()).contains("Only CSIRT responders");
        assertThat(mongo.getCollection("incidents").countDocuments()).isEqualTo(incidents);
        assertThat(slack.count("conversations.create")).isZero();
    }

    @Test
    void triageButtonsClickedByANonResponderAreRefusedPrivately() {
        String reportId = Forms.first(Forms.REPORT_ID, submitReport(Forms.phishingReport()).body());
        requests.click(EMPLOYEE, TRIAGE, "1.1", "triage_dismiss", reportId);

        await().until(() -> slack.count("chat.postEphemeral") == 1);
        Map<String, String> whisper = slack.calls("chat.postEphemeral").get(0);
        assertThat(whisper.get("user")).isEqualTo(EMPLOYEE);
        assertThat(whisper.get("text")).contains("Triage is for CSIRT responders");
        assertThat(slack.count("views.open")).isZero();
        assertThat(TestBot.api(port, "/api/reports/" + reportId).body().path("status").asText()).isEqualTo("OPEN");
    }

    @Test
    void groupingAReportThatLooksLikeNothingOpenIsRefusedPrivatelyAndChangesNothing() {
        String reportId = Forms.first(Forms.REPORT_ID, submitReport(Forms.report("other", "My laptop fan is loud " +
                System.nanoTime(), "now", "laptop", "")).body());
        requests.click(EMPLOYEE, TRIAGE, "1.1", "triage_group", reportId);
        requests.click(RESPONDER, TRIAGE, "1.1", "triage_group", reportId);

        await().until(() -> slack.count("chat.postEphemeral") == 2);
        assertThat(slack.calls("chat.postEphemeral")).extracting(w -> w.get("user") + ": " + w.get("text"))
                .anyMatch(w -> w.startsWith(EMPLOYEE + ": Triage is for CSIRT responders"))
                .anyMatch(w -> w.startsWith(RESPONDER + ": What " + reportId + " looked like was handled meanwhile"));
        JsonNode report = TestBot.api(port, "/api/reports/" + reportId).body();
        assertThat(report.path("status").asText()).isEqualTo("OPEN");
        assertThat(report.path("campaignId").isNull()).isTrue();
        assertThat(slack.count("chat.update")).isZero();
    }

    @Test
    void unsignedForgedStaleOrFutureRequestsGet401AndChangeNothing() {
        long before = reports();
        String body = SignedSlackRequests.formBody(SlackPayloads.slashCommandForm("/report", "hi", EMPLOYEE, GENERAL,
                slack.responseUrl(), SlackPayloads.newTriggerId()));
        String submission = SignedSlackRequests.interactionBody(SlackPayloads.viewSubmission(EMPLOYEE, "report_submit",
                "VFORGED2", "", Forms.phishingReport()));

        for (String request : new String[] {body, submission}) {
            assertThat(requests.unsigned(FORM, request).status()).isEqualTo(401);
            assertThat(requests.wrongSignature(FORM, request).status()).isEqualTo(401);
            assertThat(requests.staleTimestamp(FORM, request).status()).isEqualTo(401);
            assertThat(requests.futureTimestamp(FORM, request).status()).isEqualTo(401);
        }
        BackgroundWork.drain(app);
        assertThat(slack.count("views.open") == 0).as("nothing else happened once the bot's work was done").isTrue();
        assertThat(reports()).isEqualTo(before);
        assertThat(slack.count("chat.postMessage")).isZero();
    }

    @Test
    void theApiRefusesAMissingOrWrongTokenAndNamesWhatIsNotThere() {
        assertThat(TestBot.api(port, "/api/incidents", null).status()).isEqualTo(401);
        var wrong = TestBot.api(port, "/api/incidents", TestBot.API_TOKEN + "x");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.body().path("error").asText()).contains("bearer token");

        var missing = TestBot.api(port, "/api/incidents/INC-1999-0001");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body().path("error").asText()).isEqualTo("no incident INC-1999-0001");
        assertThat(TestBot.api(port, "/api/reports/RPT-1999-000001").status()).isEqualTo(404);
        assertThat(TestBot.api(port, "/api/incidents/INC-1999-0001/log").status()).isEqualTo(404);
    }

    private SignedSlackRequests.Response submitReport(Map<String, Map<String, Object>> form) {
        return requests.interaction(SlackPayloads.viewSubmission(EMPLOYEE, "report_submit", "V" + System.nanoTime(),
                "", form));
    }

    private long reports() {
        return mongo.getCollection("reports").countDocuments();
    }

    private long postsTo(String channel) {
        return slack.calls("chat.postMessage").stream().filter(c -> channel.equals(c.get("channel"))).count();
    }
}
