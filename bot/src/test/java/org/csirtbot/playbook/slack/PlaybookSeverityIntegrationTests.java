package org.csirtbot.playbook.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.csirtbot.testkit.PlaybookJourneys.form;
import static org.csirtbot.testkit.TestBot.EXECUTIVE;
import static org.csirtbot.testkit.TestBot.EXEC_CHANNEL;
import static org.csirtbot.testkit.TestBot.RESPONDER;

import java.util.stream.Stream;

import org.csirtbot.playbook.PlaybookRuns;
import org.csirtbot.testkit.BackgroundWork;
import org.csirtbot.testkit.DeclaredIncident;
import org.csirtbot.testkit.Forms;
import org.csirtbot.testkit.LogData;
import org.csirtbot.testkit.PlaybookJourneys;
import org.csirtbot.testkit.SlackJourneyTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A raised severity alerts the same whatever raised it, over the real HTTP path: a playbook decision raising the
 * incident to S1 alerts its approvers, the executives and the executive channel once, and logs the change once,
 * naming the decision; raised only to S3 it alerts nobody; {@code /incident severity} still alerts once.
 */
class PlaybookSeverityIntegrationTests extends SlackJourneyTest {

    /** The bot under test, whose background work a negative check waits for. */
    @Autowired
    ApplicationContext app;

    static final String APPROVER = "UAPPROVE2";

    @Autowired
    PlaybookRuns runs;
    PlaybookJourneys walk;

    @BeforeEach
    void connect() {
        walk = new PlaybookJourneys(slack, requests, port,
                () -> runs);
    }

    @Test
    void aPlaybookDecisionRaisingTheIncidentToS1AlertsTheApproversExecutivesAndTheirChannelOnce() {
        DeclaredIncident incident = declare("Domain controller beaconing", "S3");

        decide(incident, "critical", "Domain admin credentials were used from outside");

        JsonNode changed = onlyEntry(incident, "severity_changed");
        assertThat(changed.path("actor").asText()).isEqualTo(RESPONDER);
        assertThat(LogData.withoutOp(changed.path("data"))).hasToString("{\"from\":\"S3\",\"to\":\"S1\",\"reason\":\"playbook severity-test,"
                + " step impact: Critical — Domain admin credentials were used from outside\"}");
        assertThat(onlyEntry(incident, "playbook_decision").path("data").path("option").asText()).isEqualTo("critical");
        assertThat(incident.incident().path("severity").asText()).isEqualTo("S1");
        await().until(() -> alerts(incident) == 3);
        BackgroundWork.drain(app);
        assertThat(alerts(incident) == 3).as("nothing else happened once the bot's work was done").isTrue();
        String alert = incident.postsTo(EXEC_CHANNEL).get(0).get("text");
        assertThat(alert).contains(incident.id, "*S1 Critical*", "was S3 Medium", "by <@" + RESPONDER + ">",
                "Domain controller beaconing", "playbook severity-test, step impact: Critical — Domain admin credentials");
        assertThat(incident.postsTo(APPROVER).get(0).get("text")).contains(incident.id, "S1 Critical", "Critical —");
        assertThat(incident.postsTo(EXECUTIVE).get(0).get("text")).contains(incident.id, "Domain controller beaconing");
        incident.summaryShowing("S1 Critical");
    }

    @Test
    void aPlaybookDecisionRaisingTheIncidentOnlyToS3AlertsNobody() {
        DeclaredIncident incident = declare("One odd login", "S4");

        decide(incident, "medium", "One account, no admin rights");

        JsonNode changed = onlyEntry(incident, "severity_changed");
        assertThat(changed.path("data").path("to").asText()).isEqualTo("S3");
        assertThat(changed.path("data").path("reason").asText()).startsWith("playbook severity-test, step impact: Medium");
        BackgroundWork.drain(app);
        assertThat(alerts(incident) == 0).as("nothing else happened once the bot's work was done").isTrue();
    }

    @Test
    void raisedByTheSeverityCommandTheAlertsGoOutOnce() {
        DeclaredIncident incident = declare("Payroll server encrypted", "S3");

        assertThat(incident.run(RESPONDER, "severity S2 Backups are encrypted too")).contains("alerted");

        await().until(() -> alerts(incident) == 3);
        BackgroundWork.drain(app);
        assertThat(alerts(incident) == 3).as("nothing else happened once the bot's work was done").isTrue();
        assertThat(onlyEntry(incident, "severity_changed").path("data").path("reason").asText())
                .isEqualTo("Backups are encrypted too");
    }

    /** An incident declared by the commander, with an approver. */
    private DeclaredIncident declare(String title, String severity) {
        DeclaredIncident incident = DeclaredIncident.declare(port, slack, RESPONDER,
                Forms.declaration(title, severity, "other", "AMBER", false, false));
        incident.run(RESPONDER, "role approver <@" + APPROVER + ">");
        return incident;
    }

    /** Starts the test playbook and takes its one decision through the form, as the commander. */
    private void decide(DeclaredIncident incident, String option, String rationale) {
        String runId = incident.id + "/severity-test";
        assertThat(incident.run(RESPONDER, "playbook severity-test")).contains("started");
        JsonNode view = walk.clickForForm(RESPONDER, walk.stepMessage(runId, "impact"), "playbook_choose", runId);
        assertThat(walk.submit(RESPONDER, view, form("option", "select:" + option, "rationale", rationale)).body())
                .doesNotContain("errors");
        walk.awaitEntry(incident.id, "playbook_decision", "impact");
    }

    /** The log's one entry of that kind, once it is there; a second one fails. */
    private JsonNode onlyEntry(DeclaredIncident incident, String kind) {
        await().until(() -> !walk.entries(incident.id, kind).isEmpty());
        BackgroundWork.drain(app);
        assertThat(walk.entries(incident.id, kind).size() == 1).as("nothing else happened once the bot's work was done").isTrue();
        return walk.entries(incident.id, kind).get(0);
    }

    /** Alerts about the incident sent: to the approver, to the executive, to the executive channel. */
    private static long alerts(DeclaredIncident incident) {
        return Stream.of(APPROVER, EXECUTIVE, EXEC_CHANNEL).flatMap(to -> incident.postsTo(to).stream())
                .filter(p -> p.get("text").contains(incident.id)).count();
    }
}
