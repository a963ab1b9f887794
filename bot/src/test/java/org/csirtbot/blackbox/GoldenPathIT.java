package org.csirtbot.blackbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.csirtbot.blackbox.PeopleInSlack.text;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.csirtbot.sandbox.workspace.WorkspaceModel;
import org.csirtbot.testkit.TestBot;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The golden path on the packaged jar in HTTP mode: an employee's report, triage, the declaration and its room, a
 * playbook step done, a decision approved, the lifecycle, lessons learned, closing, the report and a valid log.
 */
class GoldenPathIT extends BlackBoxTest {

    private static final String COMMANDER = TestBot.RESPONDER;
    private static final String APPROVER = TestBot.SECOND_RESPONDER;

    private PeopleInSlack people;

    @Test
    void aReportBecomesAnIncidentThatIsWorkedAndClosedWithAValidLog() throws Exception {
        JarBot bot = httpBot().with("CSIRTBOT_PLAYBOOKS_DIR", teamPlaybooks()).start();
        people = new PeopleInSlack(slack, bot);

        String reportId = people.report(TestBot.EMPLOYEE, "A mail from \"IT\" asked for my password");
        await().until(() -> people.lastTextTo(TestBot.EMPLOYEE).filter(t -> t.contains(reportId)).isPresent());
        String incidentId = people.declareFromTriage(reportId, COMMANDER, "Phishing wave");
        String room = people.roomOf(incidentId);
        assertThat(slack.channel(room).orElseThrow().name()).isEqualTo(incidentId.toLowerCase() + "-phishing-wave");
        assertThat(slack.pins(room)).hasSize(1);

        stepDone(room, incidentId);
        decisionApproved(room, incidentId);
        for (String phase : new String[] {"investigating", "containing", "eradicating", "recovering"}) {
            assertThat(people.incidentCommand(COMMANDER, room, "status " + phase)).contains("is now");
        }
        assertThat(people.incidentCommand(COMMANDER, room, "recovered Mailboxes clean; owners confirmed; sender blocked"))
                .contains("declared complete");
        lessonsAnswered(room);
        String closed = people.incidentCommand(COMMANDER, room, "close");
        await().until(() -> "closed".equalsIgnoreCase(people.incident(incidentId).path("status").asText()));
        assertThat(closed).isNotBlank();

        String report = TestBot.get(bot.port(), "/api/incidents/" + incidentId + "/report.md", TestBot.API_TOKEN).body();
        assertThat(report).contains(incidentId, "Phishing wave", "Take the mail server offline?", "Playbook `block-sender`: step `block` done");
        JsonNode verify = people.api("/api/incidents/" + incidentId + "/log/verify");
        assertThat(verify.path("valid").asBoolean()).as(verify.toString()).isTrue();
        assertThat(people.logKinds(incidentId)).startsWith("reported", "declared").contains("playbook_started",
                "decision_recorded", "decision_approved", "status_changed", "closed");
        assertThat(people.api("/api/reports/" + reportId).path("status").asText()).isEqualTo("ATTACHED");
    }

    private void stepDone(String room, String incidentId) {
        assertThat(people.incidentCommand(COMMANDER, room, "playbook block-sender")).contains("started");
        await().until(() -> people.messageWithButton(room, "playbook_complete").isPresent());
        WorkspaceModel.Message step = people.messageWithButton(room, "playbook_complete").orElseThrow();
        assertThat(step.text()).contains("Block the sender");
        people.requests().click(COMMANDER, room, step.ts(), "playbook_complete", PeopleInSlack.buttonValue(step, "playbook_complete"));
        await().until(() -> people.logKinds(incidentId).stream().anyMatch(k -> k.startsWith("playbook_step")));
    }

    private void decisionApproved(String room, String incidentId) {
        assertThat(people.incidentCommand(COMMANDER, room, "role approver <@" + APPROVER + ">")).isNotBlank();
        int forms = people.formsOf("incident_decide");
        people.incidentCommand(COMMANDER, room, "decide Take the mail server offline?");
        JsonNode form = people.awaitForm("incident_decide", forms);
        assertThat(people.submit(COMMANDER, form, PeopleInSlack.decision("Take the mail server offline?",
                "Take it offline", "Keep it running and watch it", "It is sending phishing to customers", "approver",
                APPROVER)).body()).doesNotContain("errors");

        await().until(() -> slack.dm(APPROVER).flatMap(dm -> people.messageWithButton(dm.id(), "decision_approve")).isPresent());
        String dm = slack.dm(APPROVER).orElseThrow().id();
        WorkspaceModel.Message request = people.messageWithButton(dm, "decision_approve").orElseThrow();
        int reviews = people.formsOf("decision_review");
        people.requests().click(APPROVER, dm, request.ts(), "decision_approve", PeopleInSlack.buttonValue(request, "decision_approve"));
        JsonNode review = people.awaitForm("decision_review", reviews);
        people.submit(APPROVER, review, Map.of("reason", text("Agreed: stop the spread first")));
        await().until(() -> people.logKinds(incidentId).contains("decision_approved"));
    }

    private void lessonsAnswered(String room) {
        int forms = people.formsOf("incident_lessons");
        assertThat(people.incidentCommand(COMMANDER, room, "resolve")).isNotBlank();
        JsonNode form = people.awaitForm("incident_lessons", forms);
        Map<String, Map<String, Object>> answers = new LinkedHashMap<>();
        form.path("blocks").forEach(block -> {
            if ("input".equals(block.path("type").asText())) {
                answers.put(block.path("block_id").asText(), text("We learned: " + block.path("block_id").asText()));
            }
        });
        assertThat(answers).isNotEmpty();
        assertThat(people.submit(COMMANDER, form, answers).body()).doesNotContain("errors");
    }

    private static String teamPlaybooks() throws URISyntaxException {
        return Path.of(GoldenPathIT.class.getResource("/blackbox/playbooks").toURI()).toString();
    }
}
