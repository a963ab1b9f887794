package org.csirtbot.triage.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.csirtbot.testkit.TestBot.EXEC_CHANNEL;
import static org.csirtbot.testkit.TestBot.EMPLOYEE;
import static org.csirtbot.testkit.TestBot.GENERAL;
import static org.csirtbot.testkit.TestBot.RESPONDER;
import static org.csirtbot.testkit.TestBot.SECOND_RESPONDER;
import static org.csirtbot.testkit.TestBot.TRIAGE;

import java.util.List;
import java.util.Map;

import org.csirtbot.testkit.BackgroundWork;
import org.csirtbot.testkit.Forms;
import org.csirtbot.testkit.SignedSlackRequests;
import org.csirtbot.testkit.SlackJourneyTest;
import org.csirtbot.testkit.SlackPayloads;
import org.csirtbot.testkit.SlackTestIds;
import org.csirtbot.testkit.TestBot;
import org.csirtbot.testkit.fakeslack.FakeSlackWorkspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The golden path over the real HTTP endpoint: an employee's report, triage, and the incident room. */
class ReportToRoomIntegrationTests extends SlackJourneyTest {

    /** The bot under test, whose background work a negative check waits for. */
    @Autowired
    ApplicationContext app;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void reportOpensTheFormWithTheTypedTextUsingTheRequestsTrigger() {
        var response = requests.slashCommand("/report", "Got a mail asking for my password", EMPLOYEE, GENERAL);

        assertThat(response.status()).isEqualTo(200);
        await().until(() -> slack.count("views.open") == 1);
        Map<String, String> call = slack.calls("views.open").get(0);
        assertThat(call.get("trigger_id")).isEqualTo(requests.lastTriggerId());
        JsonNode view = FakeSlackWorkspace.json(call, "view");
        assertThat(view.path("callback_id").asText()).isEqualTo("report_submit");
        assertThat(initialValueOf(view, "what")).isEqualTo("Got a mail asking for my password");
    }

    @Test
    void submittedReportIsStoredTheReporterGetsTheIdAndTriageGetsThreeActions() throws Exception {
        var ack = requests.interaction(SlackPayloads.viewSubmission(EMPLOYEE, "report_submit", "VREPORT01", "",
                Forms.phishingReport()));

        JsonNode body = JSON.readTree(ack.body());
        assertThat(body.path("response_action").asText()).isEqualTo("update");
        String reportId = Forms.first(Forms.REPORT_ID, body.path("view").toString());

        await().until(() -> journeys.postsTo(TRIAGE).size() == 1 && journeys.postsTo(EMPLOYEE).size() == 1);
        assertThat(journeys.postsTo(EMPLOYEE).get(0).get("text")).contains(reportId);
        JsonNode triageBlocks = FakeSlackWorkspace.json(journeys.postsTo(TRIAGE).get(0), "blocks");
        assertThat(Forms.actionIds(triageBlocks)).containsExactly("triage_declare", "triage_attach", "triage_dismiss");
        assertThat(triageBlocks.findValues("value")).extracting(JsonNode::asText).containsOnly(reportId);
        assertThat(triageBlocks.toString()).contains("examp1e.com/login", "today 9:30");

        JsonNode stored = TestBot.api(port, "/api/reports/" + reportId).body();
        assertThat(stored.path("status").asText()).isEqualTo("OPEN");
        assertThat(stored.path("category").asText()).isEqualTo("PHISHING_MAIL");
        assertThat(stored.path("reporterId").asText()).isEqualTo(EMPLOYEE);
        assertThat(stored.path("observables")).hasSize(2);
        await().until(() -> !TestBot.api(port, "/api/reports/" + reportId).body().path("triageTs").isNull());
    }

    @Test
    void aRetriedSubmissionStoresOneReportAndPostsItOnce() {
        String payload = SlackPayloads.viewSubmission(EMPLOYEE, "report_submit", "VREPORT02", "", Forms.phishingReport());
        String first = Forms.first(Forms.REPORT_ID, requests.interaction(payload).body());
        await().until(() -> journeys.postsTo(TRIAGE).size() == 1);

        String second = Forms.first(Forms.REPORT_ID, requests.interaction(payload).body());

        assertThat(second).isEqualTo(first);
        BackgroundWork.drain(app);
        assertThat(journeys.postsTo(TRIAGE).size() == 1).as("nothing else happened once the bot's work was done").isTrue();
    }

    @Test
    void declaringFromTriageOpensAPinnedRoomAndLogsEveryStep() {
        String reportId = journeys.report(EMPLOYEE, Forms.phishingReport());
        String incidentId = journeys.declareFromTriage(reportId, RESPONDER,
                Forms.declaration("Credential phishing wave", "S2", "phishing_mail", "AMBER", false, true));

        var create = slack.calls("conversations.create");
        assertThat(create).hasSize(1);
        String channelName = create.get(0).get("name");
        assertThat(channelName).isEqualTo(incidentId.toLowerCase() + "-credential-phishing-wave");
        assertThat(create.get(0).get("is_private")).isEqualTo("0");

        JsonNode incident = TestBot.api(port, "/api/incidents/" + incidentId).body();
        String channel = incident.path("room").path("channelId").asText();
        assertThat(slack.calls("conversations.invite")).singleElement().satisfies(invite -> {
            assertThat(invite.get("channel")).isEqualTo(channel);
            assertThat(List.of(invite.get("users").split(",")))
                    .containsExactly(RESPONDER, SECOND_RESPONDER, EMPLOYEE)
                    .doesNotContain(SlackTestIds.BOT_USER_ID);
        });
        assertThat(slack.calls("conversations.setTopic")).singleElement()
                .satisfies(c -> assertThat(c.get("topic")).contains(incidentId, "S2", "TLP:AMBER"));
        assertThat(slack.calls("conversations.setPurpose")).singleElement()
                .satisfies(c -> assertThat(c.get("purpose")).contains(incidentId));
        var summary = journeys.roomPostsBesidesSuggestions(channel);
        assertThat(summary).hasSize(1);
        assertThat(FakeSlackWorkspace.json(summary.get(0), "blocks").toString())
                .contains("Credential phishing wave", "<@" + RESPONDER + ">", reportId);
        assertThat(slack.calls("pins.add")).filteredOn(pin -> !EXEC_CHANNEL.equals(pin.get("channel")))
                .singleElement().satisfies(pin -> {
            assertThat(pin.get("channel")).isEqualTo(channel);
            assertThat(pin.get("timestamp")).isEqualTo(incident.path("room").path("summaryTs").asText());
        });

        assertThat(journeys.logKinds(incidentId)).containsExactly("reported", "declared", "channel_created",
                "members_invited", "topic_set", "summary_posted", "summary_pinned");
        JsonNode log = TestBot.api(port, "/api/incidents/" + incidentId + "/log").body();
        assertThat(log.get(0).path("actor").asText()).isEqualTo(EMPLOYEE);
        assertThat(log.get(1).path("actor").asText()).isEqualTo(RESPONDER);
        assertThat(log.findValues("seq")).extracting(JsonNode::asInt).containsExactly(1, 2, 3, 4, 5, 6, 7);

        await().until(() -> slack.count("chat.update") == 1);
        assertThat(slack.calls("chat.update").get(0).get("channel")).isEqualTo(TRIAGE);
        assertThat(Forms.actionIds(FakeSlackWorkspace.json(slack.calls("chat.update").get(0), "blocks"))).isEmpty();
        await().until(() -> journeys.postsTo(EMPLOYEE).stream().anyMatch(p -> p.get("text").contains(incidentId)));
        JsonNode report = TestBot.api(port, "/api/reports/" + reportId).body();
        assertThat(report.path("status").asText()).isEqualTo("ATTACHED");
        assertThat(report.path("incidentId").asText()).isEqualTo(incidentId);
    }

    @Test
    void declaringTwiceFromOneReportMakesOneIncidentAndOneChannel() {
        String reportId = journeys.report(EMPLOYEE, Forms.phishingReport());
        String incidentId = journeys.declareFromTriage(reportId, RESPONDER,
                Forms.declaration("Phishing", "S3", "phishing_mail", "GREEN", false, false));

        // a double click opened a second form; the second responder submits it too
        String metadata = new TriageContext(reportId, TRIAGE, "1.2").toMetadata();
        var again = requests.interaction(SlackPayloads.viewSubmission(SECOND_RESPONDER, "incident_declare", "VDECL9",
                metadata, Forms.declaration("Phishing again", "S3", "phishing_mail", "GREEN", false, false)));

        assertThat(again.status()).isEqualTo(200);
        await().until(() -> journeys.postsTo(SECOND_RESPONDER).stream()
                .anyMatch(p -> p.get("text").contains(incidentId)));
        assertThat(slack.count("conversations.create")).isEqualTo(1);
        assertThat(TestBot.api(port, "/api/incidents").body().findValues("id")).extracting(JsonNode::asText)
                .containsOnlyOnce(incidentId);
    }

    @Test
    void aRetriedDeclareSubmissionMakesOneIncident() {
        String metadata = slack.formOpenedBy(() -> requests.slashCommand("/incident", "declare", RESPONDER, GENERAL))
                .path("private_metadata").asText();
        String submission = SlackPayloads.viewSubmission(RESPONDER, "incident_declare", "VRETRIED1", metadata,
                Forms.declaration("Retried", "S4", "other", "CLEAR", false, false));

        requests.interaction(submission);
        requests.interaction(submission);

        await().until(() -> slack.calls("pins.add").stream()
                .filter(p -> !EXEC_CHANNEL.equals(p.get("channel"))).count() == 1);
        await().until(() -> journeys.postsTo(RESPONDER).stream().anyMatch(p -> p.get("text").contains("already")));
        assertThat(slack.count("conversations.create")).isEqualTo(1);
    }

    @Test
    void aConfidentialOrRedIncidentGetsAPrivateRoom() {
        String confidential = journeys.declareByCommand(RESPONDER,
                Forms.declaration("Executive mailbox compromise", "S1", "account_misuse", "AMBER", true, false));
        String red = journeys.declareByCommand(RESPONDER,
                Forms.declaration("Leak of customer data", "S1", "information_leak", "RED", false, false));

        assertThat(slack.calls("conversations.create")).extracting(c -> c.get("is_private")).containsExactly("1", "1");
        // a private channel's name can be guessed through name_taken, so it names the incident only
        assertThat(slack.calls("conversations.create")).extracting(c -> c.get("name"))
                .containsExactly(confidential.toLowerCase(), red.toLowerCase());
        // nothing about them leaves their rooms: DMs and notices name the incident ID only
        var rooms = java.util.Set.of(journeys.roomOf(confidential), journeys.roomOf(red));
        for (String method : List.of("chat.postMessage", "chat.update", "chat.postEphemeral")) {
            slack.calls(method).stream().filter(c -> !rooms.contains(c.get("channel"))).forEach(c ->
                    assertThat(c.get("text") + c.get("blocks")).doesNotContain("Executive mailbox", "customer data"));
        }
        assertThat(TestBot.api(port, "/api/incidents/" + confidential).body().path("room").path("isPrivate").asBoolean())
                .isTrue();
        assertThat(TestBot.api(port, "/api/incidents/" + red).body().path("tlp").asText()).isEqualTo("RED");
    }

    @Test
    void aJapaneseTitleNamesTheRoomAndATakenNameGetsANumber() {
        slack.givenErrorOnce("conversations.create", "name_taken");

        String incidentId = journeys.declareByCommand(RESPONDER,
                Forms.declaration("VPN機器への不正アクセス", "S2", "account_misuse", "AMBER", false, false));

        var names = slack.calls("conversations.create").stream().map(c -> c.get("name")).toList();
        String base = incidentId.toLowerCase() + "-vpn機器への不正アクセス";
        assertThat(names).containsExactly(base, base + "-2");
        assertThat(TestBot.api(port, "/api/incidents/" + incidentId).body().path("room").path("channelName").asText())
                .isEqualTo(base + "-2");
    }

    @Test
    void aJapaneseSpeakerGetsTheFormAndTheReplyInJapanese() throws Exception {
        slack.givenUserLocale("UJAPAN001", "ja-JP");
        requests.slashCommand("/report", "", "UJAPAN001", GENERAL);
        await().until(() -> slack.count("views.open") == 1);
        // the first form opens at once in the default language: Slack is asked for theirs only meanwhile
        assertThat(formTitle(0)).isEqualTo("Report an incident");
        await().until(() -> slack.count("users.info") == 1);
        await().untilAsserted(() -> {
            int opened = slack.count("views.open");
            requests.slashCommand("/report", "", "UJAPAN001", GENERAL);
            await().until(() -> slack.count("views.open") == opened + 1);
            assertThat(formTitle(opened)).isEqualTo("インシデントの報告");
        });

        var ack = requests.interaction(SlackPayloads.viewSubmission("UJAPAN001", "report_submit", "VREPORTJA",
                "", Forms.report("malware", "PCの動作が遅い", "今朝", "社用PC", null)));

        assertThat(JSON.readTree(ack.body()).path("view").toString()).contains("受付番号");
    }

    private String formTitle(int index) {
        return FakeSlackWorkspace.json(slack.calls("views.open").get(index), "view").path("title").path("text").asText();
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void tokensAndSecretsNeverReachTheLog(CapturedOutput output) {
        slack.givenRateLimitedOnce("conversations.create", 1);
        String reportId = journeys.report(EMPLOYEE, Forms.phishingReport());
        journeys.declareFromTriage(reportId, RESPONDER, Forms.declaration("Logged", "S3", "other", "CLEAR", false, false));
        requests.wrongSignature(SignedSlackRequests.FORM, "token=x");
        TestBot.api(port, "/api/incidents", "wrong-token");

        assertThat(output.getAll()).doesNotContain(TestBot.BOT_TOKEN, TestBot.SIGNING_SECRET, TestBot.API_TOKEN,
                "wrong-token");
    }

    @Test
    void everyWebApiCallIsCountedByMethodAndOutcome() {
        slack.givenErrorOnce("conversations.create", "name_taken");
        journeys.declareByCommand(RESPONDER, Forms.declaration("Counted", "S4", "other", "CLEAR", false, false));

        String metrics = TestBot.text(managementPort, "/actuator/prometheus");
        assertThat(metrics).contains("slack_api_calls_total{method=\"conversations.create\",outcome=\"name_taken\"}",
                "slack_api_calls_total{method=\"conversations.create\",outcome=\"ok\"}",
                "slack_api_calls_total{method=\"pins.add\",outcome=\"ok\"}");
    }

    private static String initialValueOf(JsonNode view, String blockId) {
        for (JsonNode block : view.path("blocks")) {
            if (blockId.equals(block.path("block_id").asText())) {
                return block.path("element").path("initial_value").asText();
            }
        }
        throw new AssertionError("no block " + blockId + " in " + view);
    }
}
