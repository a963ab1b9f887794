package org.csirtbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.csirtbot.testkit.SlackPayloads.plainText;
import static org.csirtbot.testkit.TestBot.EMPLOYEE;
import static org.csirtbot.testkit.TestBot.GENERAL;
import static org.csirtbot.testkit.TestBot.RESPONDER;
import static org.csirtbot.testkit.TestBot.TRIAGE;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.csirtbot.testkit.BackgroundWork;
import org.csirtbot.testkit.BotIntegrationTest;
import org.csirtbot.testkit.SignedSlackRequests;
import org.csirtbot.testkit.SlackApiStub;
import org.csirtbot.testkit.SlackPayloads;
import org.csirtbot.testkit.TestBot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** Slack's 3-second acknowledgement under a slow Web API, and repeated deliveries handled once. */
@BotIntegrationTest
class ReliabilityIntegrationTests {

    /** The bot under test, whose background work a negative check waits for. */
    @Autowired
    ApplicationContext app;

    final SlackApiStub slack = TestBot.slack();

    @LocalServerPort
    int port;
    SignedSlackRequests requests;
    SlackJourneys journeys;

    @BeforeEach
    void connect() {
        requests = new SignedSlackRequests(port, TestBot.SIGNING_SECRET, slack);
        journeys = new SlackJourneys(slack, requests, port);
    }

    @Test
    void commandsAreAcknowledgedWithinThreeSecondsWhenSlackAnswersInFive() {
        for (String method : new String[] {"views.open", "users.info", "usergroups.users.list"}) {
            slack.givenDelay(method, 5000);
        }
        var report = CompletableFuture.supplyAsync(() -> requests.slashCommand("/report", "x", "USLOW0001", GENERAL));
        var declare = CompletableFuture.supplyAsync(() -> requests.slashCommand("/incident", "declare", RESPONDER, GENERAL));

        await().atMost(Duration.ofSeconds(3)).until(() -> report.isDone() && declare.isDone());
        assertThat(report.join().status()).isEqualTo(200);
        assertThat(declare.join().status()).isEqualTo(200);
        // and the forms still open, late, once Slack answers
        await().atMost(Duration.ofSeconds(15)).until(() -> slack.count("views.open") == 2);
    }

    @Test
    void aReportFromSomeoneNewIsAcknowledgedWithItsIdWhileSlackIsSlow() {
        slack.givenDelay("users.info", 5000);
        var ack = CompletableFuture.supplyAsync(() -> requests.interaction(SlackPayloads.viewSubmission("USLOW0002",
                "report_submit", "VSLOW0001", "", Forms.phishingReport())));

        await().atMost(Duration.ofSeconds(3)).until(ack::isDone);
        assertThat(ack.join().body()).containsPattern(Forms.REPORT_ID);
        await().atMost(Duration.ofSeconds(15)).until(() -> journeys.postsTo(TRIAGE).size() == 1);
    }

    @Test
    void aCommandDeliveredTwiceIsHandledOnce() {
        Map<String, String> form = SlackPayloads.slashCommandForm("/report", "twice", EMPLOYEE, GENERAL,
                slack.responseUrl(), SlackPayloads.newTriggerId());

        assertThat(requests.form(form).status()).isEqualTo(200);
        assertThat(requests.form(form).status()).isEqualTo(200);

        await().until(() -> slack.count("views.open") >= 1);
        BackgroundWork.drain(app);
        assertThat(slack.count("views.open") == 1).as("nothing else happened once the bot's work was done").isTrue();
    }

    @Test
    void aButtonClickDeliveredTwiceOpensOneForm() {
        String reportId = journeys.report(EMPLOYEE, Forms.phishingReport());
        String click = SlackPayloads.blockActions(RESPONDER, TRIAGE, "1.1", "triage_dismiss", reportId,
                SlackPayloads.newTriggerId());

        requests.interaction(click);
        requests.interaction(click);

        await().until(() -> slack.count("views.open") >= 1);
        BackgroundWork.drain(app);
        assertThat(slack.count("views.open") == 1).as("nothing else happened once the bot's work was done").isTrue();
    }

    @Test
    void triageFormsSubmittedByANonResponderChangeNothing() {
        String reportId = journeys.report(EMPLOYEE, Forms.phishingReport());
        String metadata = new TriageContext(reportId, TRIAGE, "1.1").toMetadata();

        var dismiss = requests.interaction(SlackPayloads.viewSubmission(EMPLOYEE, "report_dismiss", "VNOTRESP1",
                metadata, Map.of("reason", Map.of("value", plainText("I say so")))));

        assertThat(dismiss.body()).contains("errors", "Triage is for CSIRT responders");
        assertThat(TestBot.api(port, "/api/reports/" + reportId).body().path("status").asText()).isEqualTo("OPEN");
        assertThat(slack.count("chat.update")).isZero();
    }

    @Test
    void anExecutiveWhoIsNotAResponderCannotDeclare() {
        var response = requests.slashCommand("/incident", "declare", "UEXEC0001", GENERAL);

        assertThat(response.body()).contains("Only CSIRT responders can declare");
        BackgroundWork.drain(app);
        assertThat(slack.count("views.open") == 0).as("nothing else happened once the bot's work was done").isTrue();
    }
}
