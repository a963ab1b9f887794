package org.csirtbot.summary.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.csirtbot.testkit.TestBot.EXEC_CHANNEL;
import static org.csirtbot.testkit.TestBot.RESPONDER;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.csirtbot.sandbox.workspace.SlackIds;
import org.csirtbot.sandbox.workspace.WorkspaceModel;
import org.csirtbot.testkit.BackgroundWork;
import org.csirtbot.testkit.ClosingSteps;
import org.csirtbot.testkit.DeclaredIncident;
import org.csirtbot.testkit.Forms;
import org.csirtbot.testkit.SlackJourneyTest;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The executive channel: one pinned summary per open incident, kept current within a few seconds of each change, at
 * most a few updates for a burst, showing only what the policy lets executives see, and marked closed and unpinned at
 * the end (pinned again if it is reopened). Over the real HTTP endpoint, with the production gathering time (2 s) and Slack's tiers.
 */
// the fifty changes last: their room posts wait for Slack's pace, and the other cases time the summary within seconds
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExecutiveSummaryIntegrationTests extends SlackJourneyTest {

    @Autowired
    ApplicationContext app;

    @Test
    void anIncidentGetsOnePinnedSummaryKeptCurrentAndMarkedClosedAndUnpinnedAtTheEnd() {
        DeclaredIncident incident = declare("Invoice fraud mails to finance", "S3", false, "GREEN");

        WorkspaceModel.Message summary = await().atMost(Duration.ofSeconds(10)).until(() -> summaryOf(incident.id),
                Optional::isPresent).orElseThrow();
        assertThat(summary.blocks().toString()).contains(incident.id, "Invoice fraud mails to finance", "S3 Medium",
                "<@" + RESPONDER + ">", "TLP:GREEN", "<#" + incident.room + ">");
        await().untilAsserted(() -> assertThat(slack.pins(EXEC_CHANNEL)).extracting(WorkspaceModel.Message::ts)
                .contains(summary.ts()));

        incident.run(RESPONDER, "status investigating");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(blocksOf(incident.id))
                .contains("Investigating").doesNotContain("Triage"));

        ClosingSteps steps = new ClosingSteps(slack, requests, port);
        steps.statuses(RESPONDER, incident.room, "post_incident");
        assertThat(steps.command(RESPONDER, incident.room, "close")).contains("is closed");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(blocksOf(incident.id)).contains("Closed", "after");
            assertThat(slack.pins(EXEC_CHANNEL)).extracting(WorkspaceModel.Message::ts).doesNotContain(summary.ts());
        });
        assertThat(summaries(incident.id)).as("one message, updated in place").hasSize(1);

        assertThat(steps.command(RESPONDER, incident.room, "reopen Same actor seen again")).contains("is open again");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(blocksOf(incident.id)).contains("Post-incident").doesNotContain("after");
            assertThat(slack.pins(EXEC_CHANNEL)).extracting(WorkspaceModel.Message::ts).contains(summary.ts());
        });
        assertThat(steps.command(RESPONDER, incident.room, "close")).contains("is closed");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(blocksOf(incident.id)).contains("Closed", "after");
            assertThat(slack.pins(EXEC_CHANNEL)).extracting(WorkspaceModel.Message::ts).doesNotContain(summary.ts());
        });
        assertThat(summaries(incident.id)).as("reopened and closed again: still one message").hasSize(1);
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void fiftyChangesInTwoSecondsEndInTheRightSummaryWithAFewUpdatesWithinTheTier() {
        DeclaredIncident incident = declare("Scanning from a cloud range", "S4", false, "CLEAR");
        String ts = await().atMost(Duration.ofSeconds(10)).until(() -> summaryOf(incident.id), Optional::isPresent)
                .orElseThrow().ts();

        for (int change = 1; change <= 50; change++) {
            incident.run(RESPONDER, "severity " + (change % 2 == 0 ? "S4" : "S3") + " change " + change);
        }
        incident.run(RESPONDER, "severity S3 the last word");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(blocksOf(incident.id))
                .contains("S3 Medium").doesNotContain("S4 Low"));
        BackgroundWork.drain(app);
        long updates = slack.calls("chat.update").stream().filter(u -> ts.equals(u.get("ts"))).count();
        assertThat(updates).as("a few updates for 51 changes").isBetween(1L, 10L);
        assertThat(slack.rules().rateLimited()).as("nothing beyond Slack's tiers").isEmpty();
    }

    @Test
    void aConfidentialIncidentShowsExecutivesItsIdSeverityStatusAndCommanderOnly() {
        DeclaredIncident incident = declare("CFO mailbox forwarding to a rival", "S2", true, "AMBER");

        String shown = await().atMost(Duration.ofSeconds(10)).until(() -> summaryOf(incident.id), Optional::isPresent)
                .orElseThrow().blocks().toString();

        assertThat(shown).contains(incident.id, "S2 High", "Triage", "<@" + RESPONDER + ">", "title not shown")
                .doesNotContain("CFO", "rival", "TLP:", "<#" + incident.room + ">");
    }

    @Test
    @Disabled("fails in about 2 of 5 full runs: after the move to a private room, updating the executive summary is "
            + "answered message_not_found and the old message keeps the title; not yet explained (issue 16 note)")
    void anIncidentMadeConfidentialHidesItsTitleInTheSameExecutiveMessageWithinSeconds() {
        DeclaredIncident incident = declare("Supplier bank details altered", "S3", false, "GREEN");
        WorkspaceModel.Message summary = await().atMost(Duration.ofSeconds(10)).until(() -> summaryOf(incident.id),
                Optional::isPresent).orElseThrow();
        assertThat(summary.blocks().toString()).contains("Supplier bank details altered");

        assertThat(incident.run(RESPONDER, "confidential on Names of the suspected staff"))
                .contains(incident.id + " is now *confidential*");

        // gathered for 2 s, then one chat.update (Tier 3); 15 s leaves room for a test run sharing two cores
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(blocksOf(incident.id))
                .contains(incident.id, "title not shown", "S3 Medium", "<@" + RESPONDER + ">")
                .doesNotContain("Supplier", "bank details", "TLP:", "<#"));
        assertThat(summaries(incident.id)).as("the same message").extracting(WorkspaceModel.Message::ts)
                .containsExactly(summary.ts());
        await().until(() -> incident.logKinds().contains("room_moved"));
        String privateRoom = incident.incident().path("room").path("channelId").asText();
        assertThat(new ClosingSteps(slack, requests, port).command(RESPONDER, privateRoom, "summary exec"))
                .isEqualTo("The executive channel’s summary of " + incident.id + " is being brought up to date now.");
        BackgroundWork.drain(app);
        assertThat(slack.calls("chat.update").stream().filter(u -> summary.ts().equals(u.get("ts")))
                .reduce((a, b) -> b).orElseThrow().toString()).doesNotContain("Supplier", "bank details");
    }

    @Test
    void summaryInTheRoomShowsEverythingToTheAskerAndPostShowsTheRoom() {
        DeclaredIncident incident = declare("Leaked API key in a public repo", "S2", false, "RED");

        String answer = incident.run(RESPONDER, "summary");

        assertThat(answer).contains(incident.id, "Leaked API key in a public repo", "S2 High", "TLP:RED",
                "Next update due");
        assertThat(incident.run(RESPONDER, "summary post")).contains("Posting the summary");
        await().until(() -> incident.logKinds().contains("summary_published"));
        assertThat(incident.postsTo(incident.room)).anySatisfy(p -> assertThat(p.get("blocks"))
                .contains("Leaked API key in a public repo"));
        assertThat(incident.run(RESPONDER, "summary everything")).contains("Use `/incident summary`");
    }

    private DeclaredIncident declare(String title, String severity, boolean confidential, String tlp) {
        return DeclaredIncident.declare(port, slack, RESPONDER,
                Forms.declaration(title, severity, "malware", tlp, confidential, false));
    }

    /** The executive channel's summaries of the incident: messages with blocks whose header starts with its ID. */
    @Test
    void aSummaryDeletedInSlackIsPostedAndPinnedAgainAtTheNextChange() {
        DeclaredIncident incident = declare("Payroll export sent to a wrong address", "S3", false, "GREEN");
        WorkspaceModel.Message first = await().atMost(Duration.ofSeconds(10)).until(() -> summaryOf(incident.id),
                Optional::isPresent).orElseThrow();
        assertThat(slack.messages().delete(EXEC_CHANNEL, first.ts(), SlackIds.BOT_USER_ID)).isNotNull();

        incident.run(RESPONDER, "status investigating");

        WorkspaceModel.Message again = await().atMost(Duration.ofSeconds(15)).until(() -> summaryOf(incident.id),
                Optional::isPresent).orElseThrow();
        assertThat(again.ts()).isNotEqualTo(first.ts());
        assertThat(again.blocks().toString()).contains(incident.id, "Investigating");
        await().untilAsserted(() -> assertThat(slack.pins(EXEC_CHANNEL)).extracting(WorkspaceModel.Message::ts)
                .contains(again.ts()));
        incident.run(RESPONDER, "status containing");
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(blocksOf(incident.id))
                .contains("Containing"));
        assertThat(summaries(incident.id)).as("kept current in the new message").extracting(WorkspaceModel.Message::ts)
                .containsExactly(again.ts());
    }

    private List<WorkspaceModel.Message> summaries(String incidentId) {
        return slack.messages(EXEC_CHANNEL).stream().filter(m -> m.blocks() != null
                && m.blocks().path(0).path("text").path("text").asText().startsWith(incidentId)).toList();
    }

    private Optional<WorkspaceModel.Message> summaryOf(String incidentId) {
        return summaries(incidentId).stream().findFirst();
    }

    private String blocksOf(String incidentId) {
        return summaryOf(incidentId).map(m -> m.blocks().toString()).orElse("");
    }
}
