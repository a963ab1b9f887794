package org.csirtbot.blackbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

import org.csirtbot.sandbox.workspace.SlackWorkspace.Fault;
import org.csirtbot.testkit.SignedSlackRequests;
import org.csirtbot.testkit.SlackPayloads;
import org.csirtbot.testkit.TestBot;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Slack is answered within its 3 seconds while every Web API call takes 5 seconds — longer than the bot's own
 * production timeout (SLACK_TIMEOUT, 4 s, not changed here): a command, a form submission, a button click and an
 * event are each acknowledged in time, and the modals they ask for are opened.
 */
class SlowSlackIT extends BlackBoxTest {

    /** Slack shows the person an error when an app has not answered within 3 seconds. */
    private static final Duration SLACKS_LIMIT = Duration.ofSeconds(3);

    @Test
    void everyKindOfRequestIsAcknowledgedWithinThreeSecondsWhileEveryWebApiCallTakesFive() {
        JarBot bot = httpBot().start();
        slack.faultyMethods("*");
        slack.slowDelay(Duration.ofSeconds(5));
        slack.injectFaults(1.0, 7L, Fault.SLOW);
        PeopleInSlack people = new PeopleInSlack(slack, bot);
        SignedSlackRequests requests = people.requests();

        int reportForms = people.formsOf("report_submit");
        acknowledgedInTime("/report", () -> requests.slashCommand("/report", "", TestBot.EMPLOYEE, TestBot.GENERAL));
        JsonNode reportForm = people.awaitForm("report_submit", reportForms);
        SignedSlackRequests.Response submitted = acknowledgedInTime("the report form", () -> people.submit(
                TestBot.EMPLOYEE, reportForm, Map.of("category", PeopleInSlack.select("malware"),
                        "what", PeopleInSlack.text("Files renamed to .locked"), "when", PeopleInSlack.text("now"),
                        "system", PeopleInSlack.text("file server"), "observables", PeopleInSlack.text(""))));
        String reportId = PeopleInSlack.first(PeopleInSlack.REPORT_ID, submitted.body());

        String ts = "1796000000.000200"; // the triage post's; Slack never answers it in time, so the bot cannot know it
        int declareForms = people.formsOf("incident_declare");
        acknowledgedInTime("Open an incident", () -> people.requests().click(TestBot.RESPONDER, TestBot.TRIAGE, ts,
                "triage_declare", reportId));
        JsonNode declareForm = people.awaitForm("incident_declare", declareForms);
        acknowledgedInTime("the declare form", () -> people.submit(TestBot.RESPONDER, declareForm, Map.of(
                "title", PeopleInSlack.text("Ransomware"), "severity", PeopleInSlack.select("S1"),
                "category", PeopleInSlack.select("malware"), "tlp", PeopleInSlack.select("AMBER"),
                "confidential", PeopleInSlack.checkboxes(), "invite_reporter", PeopleInSlack.checkboxes())));
        acknowledgedInTime("a reaction event", () -> requests.event(SlackPayloads.eventCallback("""
                {"type":"reaction_added","user":"UCSIRT001","reaction":"pushpin","item_user":"UEMPLOY01",
                 "item":{"type":"message","channel":"CGENERAL1","ts":"1796000000.000100"},"event_ts":"1796000001.000200"}
                """)));

        assertThat(people.api("/api/reports/" + reportId).path("description").asText()).isEqualTo("Files renamed to .locked");
        await().until(() -> people.api("/api/incidents").path(0).path("title").asText().equals("Ransomware"));
        assertThat(bot.isAlive()).isTrue();
    }

    private static SignedSlackRequests.Response acknowledgedInTime(String what, Supplier<SignedSlackRequests.Response> request) {
        long started = System.nanoTime();
        SignedSlackRequests.Response response = request.get();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(response.status()).as(what).isEqualTo(200);
        assertThat(took).as(what + " acknowledged after " + took.toMillis() + " ms").isLessThan(SLACKS_LIMIT);
        return response;
    }
}
