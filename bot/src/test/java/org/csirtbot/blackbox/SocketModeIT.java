package org.csirtbot.blackbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.csirtbot.testkit.SlackPayloads;
import org.csirtbot.testkit.TestBot;
import org.csirtbot.testkit.fakeslack.FakeSocketModeServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The jar in Socket Mode (SLACK_APP_TOKEN, no signing secret): it connects to the WebSocket URL Slack's
 * apps.connections.open gives, and a report sent as Slack's envelopes reaches triage; each envelope is acknowledged on
 * the socket within Slack's 3 seconds.
 */
class SocketModeIT extends BlackBoxTest {

    private static final Duration ACK_WITHIN = Duration.ofSeconds(3);
    private final FakeSocketModeServer socket = new FakeSocketModeServer().start();

    @AfterEach
    void stopSocket() {
        socket.stop();
    }

    @Test
    void aReportOverSocketModeReachesTriage() {
        slack.givenSocketModeUrl(socket.url());
        JarBot bot = httpBot().with("SLACK_SIGNING_SECRET", null).with("SLACK_APP_TOKEN", "xapp-1-A0KIT-1-test").start();
        await().until(() -> socket.openConnections() == 1);
        PeopleInSlack people = new PeopleInSlack(slack, bot);

        int forms = people.formsOf("report_submit");
        ackOf(socket.sendSlashCommand(SlackPayloads.slashCommandForm("/report", "A USB stick in the lobby",
                TestBot.EMPLOYEE, TestBot.GENERAL, slack.responseUrl(), SlackPayloads.newTriggerId())));
        JsonNode form = people.awaitForm("report_submit", forms);
        String submission = SlackPayloads.viewSubmission(TestBot.EMPLOYEE, "report_submit", "V0SOCKET01",
                form.path("private_metadata").asText(), Map.of(
                        "category", Map.of("value", PeopleInSlack.select("malware")),
                        "what", Map.of("value", PeopleInSlack.text("A USB stick in the lobby")),
                        "when", Map.of("value", PeopleInSlack.text("This morning")),
                        "system", Map.of("value", PeopleInSlack.text("none")),
                        "observables", Map.of("value", PeopleInSlack.text(""))));
        JsonNode answer = ackOf(socket.sendInteractive(submission, true)).path("payload");
        String reportId = PeopleInSlack.first(PeopleInSlack.REPORT_ID, answer.path("view").toString());

        assertThat(people.triagePost(reportId).blocks().findValuesAsText("action_id"))
                .contains("triage_declare", "triage_attach", "triage_dismiss");
        assertThat(people.api("/api/reports/" + reportId).path("description").asText()).isEqualTo("A USB stick in the lobby");
    }

    /** The frame acknowledging the envelope, which must come back on the socket within Slack's 3 seconds. */
    private JsonNode ackOf(String envelopeId) {
        return await("ack of envelope " + envelopeId).atMost(ACK_WITHIN)
                .until(() -> socket.ackFor(envelopeId), Optional::isPresent).orElseThrow();
    }
}
