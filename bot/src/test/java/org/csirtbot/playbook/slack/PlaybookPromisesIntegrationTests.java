package org.csirtbot.playbook.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.csirtbot.testkit.PlaybookJourneys.form;
import static org.csirtbot.testkit.TestBot.RESPONDER;
import static org.csirtbot.testkit.TestBot.SECOND_RESPONDER;

import java.time.Duration;
import java.time.Instant;

import org.csirtbot.playbook.PlaybookRuns;
import org.csirtbot.playbook.RunActions;
import org.csirtbot.playbooks.model.Severity;
import org.csirtbot.testkit.BackgroundWork;
import org.csirtbot.testkit.DeclaredIncident;
import org.csirtbot.testkit.Forms;
import org.csirtbot.testkit.PlaybookJourneys;
import org.csirtbot.testkit.SlackJourneyTest;
import org.csirtbot.testkit.TestClock;
import org.csirtbot.testkit.fakeslack.FakeSlackWorkspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a playbook promises, as people in Slack see it: a decision that would lower the severity only proposes it to
 * the commander and the severity stays until they confirm it with a reason (the proposal's button and its form); {@code /incident close} lists a regulatory
 * clock still running, a playbook a decision asked for that nobody started, and a closure criterion not met; a
 * sub-playbook is started by the bot and the step waiting for it is done when it ends; an SLA from the declaration
 * falls due on the test clock an hour after it.
 */
class PlaybookPromisesIntegrationTests extends SlackJourneyTest {

    @Autowired
    ApplicationContext app;
    @Autowired
    PlaybookRuns runs;
    @Autowired
    RunActions actions;
    final TestClock clock = TestClock.shared();
    PlaybookJourneys walk;

    @BeforeEach
    void connect() {
        walk = new PlaybookJourneys(slack, requests, port, () -> runs);
    }

    @Test
    void aDecisionThatWouldLowerTheSeverityLeavesItUnchangedUntilTheCommanderConfirmsIt() {
        DeclaredIncident incident = declare("Suspicious mailbox rule", "S2");
        String runId = incident.id + "/severity-test";
        assertThat(incident.run(RESPONDER, "playbook severity-test")).contains("started");

        choose(incident, runId, "impact", "low", "Only one mailbox, no data left it");

        JsonNode proposed = walk.awaitEntry(incident.id, "severity_lowering_proposed", "impact");
        assertThat(proposed.path("data").path("from").asText()).isEqualTo("S2");
        assertThat(proposed.path("data").path("to").asText()).isEqualTo("S4");
        BackgroundWork.drain(app);
        assertThat(incident.incident().path("severity").asText()).isEqualTo("S2");
        assertThat(walk.entries(incident.id, "severity_changed")).isEmpty();
        assertThat(runs.find(runId).orElseThrow().state().severity()).isEqualTo(Severity.S2);
        await().until(() -> incident.roomPosts().stream().anyMatch(p -> p.get("text").contains("would lower the severity")));
        assertThat(incident.roomPosts()).filteredOn(p -> p.get("text").contains("would lower the severity")).singleElement()
                .satisfies(p -> assertThat(p.get("text")).contains("*S2 High*", "*S4 Low*", "<@" + RESPONDER + ">",
                        "/incident severity S4"));

        var proposal = incident.roomPosts().stream().filter(p -> p.get("text").contains("would lower the severity"))
                .findFirst().orElseThrow();
        assertThat(Forms.actionIds(FakeSlackWorkspace.json(proposal, "blocks"))).containsExactly("playbook_lower");
        String value = incident.id + "|S2|S4";
        int forms = slack.calls("views.open").size();
        requests.click(SECOND_RESPONDER, incident.room, "1.1", "playbook_lower", value);
        await().until(() -> !walk.toldIn(incident.room, SECOND_RESPONDER).isEmpty());
        assertThat(slack.calls("views.open")).as("only the commander or deputy gets the form").hasSize(forms);
        JsonNode form = slack.formOpenedBy(() -> requests.click(RESPONDER, incident.room, "1.1", "playbook_lower", value));
        assertThat(walk.submit(RESPONDER, form, form("reason", " ")).body()).contains("errors");
        assertThat(incident.incident().path("severity").asText()).isEqualTo("S2");

        assertThat(walk.submit(RESPONDER, form, form("reason", "Only one mailbox, no data left it")).body())
                .doesNotContain("errors");

        await().until(() -> "S4".equals(incident.incident().path("severity").asText()));
        JsonNode lowered = walk.entries(incident.id, "severity_changed").get(0);
        assertThat(lowered.path("actor").asText()).isEqualTo(RESPONDER);
        assertThat(lowered.path("data").path("reason").asText()).isEqualTo("Only one mailbox, no data left it");
        requests.click(RESPONDER, incident.room, "1.1", "playbook_lower", value);
        await().until(() -> walk.toldIn(incident.room, RESPONDER).stream().anyMatch(t -> t.contains("out of date")));
        await().until(() -> runs.find(runId).orElseThrow().state().severity() == Severity.S4);
        assertThat(runs.find(runId).orElseThrow().state().values()).containsEntry("__incident_severity__", "S4");
    }

    @Test
    void closingIsRefusedWhileAnAppiClockRunsAndASpawnedPlaybookWasNeverStarted() {
        DeclaredIncident incident = declare("Customer list on a shared drive", "S3");
        String runId = incident.id + "/close-test";
        assertThat(incident.run(RESPONDER, "playbook close-test")).contains("started");
        choose(incident, runId, "appi", "reportable", "Names and addresses of 1,200 customers");
        JsonNode started = firstEntry(incident, "clock_started");
        assertThat(started.path("data").path("startedAt").asText())
                .as("counted from the awareness the bot gave: the declaration, no report attached")
                .isEqualTo(incident.incident().path("declaredAt").asText());

        String refused = incident.run(RESPONDER, "close");

        assertThat(refused).contains("cannot be closed yet", "deadlines still running: APPI preliminary report (Closing test)",
                "nobody started: Severity test (severity-test)",
                "closure criteria of the playbooks not met yet: The PPC has the preliminary report (Closing test)");
        assertThat(incident.logKinds()).doesNotContain("closed");

        walk.click(RESPONDER, walk.stepMessage(runId, "report"), "playbook_complete", runId);
        firstEntry(incident, "clock_stopped");
        String stillRefused = incident.run(RESPONDER, "close");
        assertThat(stillRefused).contains("nobody started: Severity test").doesNotContain("deadlines still running")
                .doesNotContain("The PPC has the preliminary report");
        assertThat(incident.logKinds()).doesNotContain("closed");
    }

    @Test
    void aSubPlaybookIsStartedByTheBotWithTheIncidentsSeverityAndItsStepIsDoneWhenItEnds() {
        DeclaredIncident incident = declare("Two playbooks in one", "S2");
        String parent = incident.id + "/sub-parent-test";
        String child = incident.id + "/sub-child-test";

        assertThat(incident.run(RESPONDER, "playbook sub-parent-test")).contains("started");

        await().until(() -> runs.find(child).isPresent());
        assertThat(runs.find(child).orElseThrow().state().values()).containsEntry("__incident_severity__", "S2")
                .containsKey("__t_aware__").containsKey("__t_declared__");
        assertThat(runs.find(child).orElseThrow().state().severity()).isEqualTo(Severity.S2);
        assertThat(runs.find(parent).orElseThrow().state().ready()).containsExactly("child");
        walk.click(RESPONDER, walk.stepMessage(child, "only"), "playbook_complete", child);

        await().until(() -> runs.find(parent).orElseThrow().state().ready().contains("after"));
        assertThat(runs.find(child).orElseThrow().finished()).isTrue();
        assertThat(walk.stepMessage(parent, "after")).isNotNull();
        assertThat(incident.roomPosts()).noneMatch(p -> p.get("text").contains("Sub-playbook child test")
                && p.get("text").contains("asks for"));
    }

    @Test
    void anSlaFromTheDeclarationFallsDueAnHourAfterItThoughItsStepBecameReadyLater() {
        Instant declared = Instant.parse("2004-04-05T01:00:00Z"); // a year no other test declares incidents in
        clock.set(declared);
        DeclaredIncident incident = declare("Worm on the shop floor", "S3");
        String runId = incident.id + "/sla-from-test";
        assertThat(incident.run(RESPONDER, "playbook sla-from-test")).contains("started");
        clock.set(declared.plus(Duration.ofMinutes(40)));
        walk.click(RESPONDER, walk.stepMessage(runId, "triage"), "playbook_complete", runId);
        await().until(() -> runs.find(runId).orElseThrow().state().ready().contains("contain"));

        actions.tick(declared.plus(Duration.ofMinutes(59)));
        assertThat(walk.entries(incident.id, "playbook_escalation")).isEmpty();
        actions.tick(declared.plus(Duration.ofMinutes(60)));

        JsonNode escalated = walk.awaitEntry(incident.id, "playbook_escalation", "contain");
        assertThat(escalated.path("data").path("dueAt").asText()).isEqualTo(declared.plus(Duration.ofHours(1)).toString());
        await().until(() -> incident.roomPosts().stream().anyMatch(p -> p.get("text").contains("Contain")
                && p.get("text").contains("was due")));
    }

    @AfterEach
    void releaseTheClock() {
        clock.release();
    }

    private JsonNode firstEntry(DeclaredIncident incident, String kind) {
        await().until(() -> !walk.entries(incident.id, kind).isEmpty());
        return walk.entries(incident.id, kind).get(0);
    }

    private DeclaredIncident declare(String title, String severity) {
        return DeclaredIncident.declare(port, slack, RESPONDER,
                Forms.declaration(title, severity, "other", "AMBER", false, false));
    }

    /** Takes a decision through its form, as the commander. */
    private void choose(DeclaredIncident incident, String runId, String step, String option, String rationale) {
        JsonNode view = walk.clickForForm(RESPONDER, walk.stepMessage(runId, step), "playbook_choose", runId);
        assertThat(walk.submit(RESPONDER, view, form("option", "select:" + option, "rationale", rationale)).body())
                .doesNotContain("errors");
        walk.awaitEntry(incident.id, "playbook_decision", step);
    }
}
