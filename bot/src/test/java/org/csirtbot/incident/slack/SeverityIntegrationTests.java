package org.csirtbot.incident.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.csirtbot.testkit.TestBot.EXECUTIVE;
import static org.csirtbot.testkit.TestBot.EXEC_CHANNEL;
import static org.csirtbot.testkit.TestBot.GENERAL;
import static org.csirtbot.testkit.TestBot.RESPONDER;
import static org.csirtbot.testkit.TestBot.SECOND_RESPONDER;

import org.csirtbot.testkit.BackgroundWork;
import org.csirtbot.testkit.DeclaredIncident;
import org.csirtbot.testkit.Forms;
import org.csirtbot.testkit.LogData;
import org.csirtbot.testkit.SlackJourneyTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code /incident severity <level> <reason>} in an incident room, over the real HTTP endpoint. */
class SeverityIntegrationTests extends SlackJourneyTest {

    /** The bot under test, whose background work a negative check waits for. */
    @Autowired
    ApplicationContext app;

    static final String APPROVER = "UAPPROVE1";

    @Test
    void raisedToS1TheApproversExecutivesAndExecutiveChannelAreAlertedAndTheSummaryShowsIt() {
        DeclaredIncident incident = declare("Ransomware on file server", "S3", false, "AMBER");
        incident.run(RESPONDER, "role approver <@" + APPROVER + "|ann>");
        int logged = incident.log().size();

        // Slack escapes what people type: the reason is logged as typed and escaped again where it is shown
        String answer = incident.run(RESPONDER, "severity S1 Exfiltration seen &lt;!channel&gt; & spreading");

        assertThat(answer).isEqualTo(incident.id + " is now *S1 Critical* (was S3 Medium). The pinned summary shows "
                + "the new severity. The approvers and executives are being alerted.");
        assertThat(incident.incident().path("severity").asText()).isEqualTo("S1");
        JsonNode entry = incident.lastLogEntry();
        assertThat(entry.path("seq").asInt()).isEqualTo(logged + 1);
        assertThat(entry.path("kind").asText()).isEqualTo("severity_changed");
        assertThat(entry.path("actor").asText()).isEqualTo(RESPONDER);
        assertThat(LogData.withoutOp(entry.path("data"))).hasToString(
                "{\"from\":\"S3\",\"to\":\"S1\",\"reason\":\"Exfiltration seen <!channel> & spreading\"}");

        await().until(() -> incident.postsTo(EXEC_CHANNEL).size() == 1);
        String alert = incident.postsTo(EXEC_CHANNEL).get(0).get("text");
        assertThat(alert).contains(incident.id, "*S1 Critical*", "was S3 Medium", "<@" + RESPONDER + ">",
                "Ransomware on file server", "Exfiltration seen &lt;!channel&gt; &amp; spreading",
                "<#" + incident.room + ">").doesNotContain("<!channel>");
        await().untilAsserted(() -> {
            assertThat(incident.postsTo(APPROVER)).hasSize(1);
            assertThat(incident.postsTo(EXECUTIVE)).hasSize(1);
        });
        assertThat(incident.postsTo(APPROVER).get(0).get("text")).contains(incident.id, "S1 Critical", "Exfiltration");
        assertThat(incident.postsTo(EXECUTIVE).get(0).get("text")).contains(incident.id, "Ransomware on file server");

        assertThat(incident.summaryShowing("S1 Critical")).doesNotContain("S3 Medium");
        await().until(() -> slack.calls("conversations.setTopic").stream()
                .anyMatch(t -> incident.room.equals(t.get("channel")) && t.get("topic").contains("| S1 |")));
    }

    @Test
    void loweredTheSeverityChangesAndAlertsNobody() {
        DeclaredIncident incident = declare("Phishing wave", "S2", false, "GREEN");

        assertThat(incident.run(RESPONDER, "severity s4 Only two mailboxes, no clicks"))
                .isEqualTo(incident.id + " is now *S4 Low* (was S2 High). The pinned summary shows the new severity.");

        assertThat(incident.lastLogEntry().path("data").path("to").asText()).isEqualTo("S4");
        assertThat(incident.summaryShowing("S4 Low")).doesNotContain("S2 High");
        BackgroundWork.drain(app);
        assertThat(incident.postsTo(EXEC_CHANNEL).isEmpty()
                && incident.postsTo(EXECUTIVE).isEmpty()).as("nothing else happened once the bot's work was done").isTrue();
    }

    @Test
    void raisedFromS2ToS1AlertsAgainButRaisedWithinTheLowerLevelsDoesNot() {
        DeclaredIncident incident = declare("Odd logins", "S4", false, "GREEN");

        assertThat(incident.run(RESPONDER, "severity S3 More accounts")).doesNotContain("alerted");
        assertThat(incident.run(RESPONDER, "severity S2 Admin account")).contains("alerted");
        assertThat(incident.run(RESPONDER, "severity S1 Domain admin")).contains("alerted");

        await().until(() -> incident.postsTo(EXEC_CHANNEL).size() == 2);
        assertThat(incident.postsTo(EXEC_CHANNEL)).extracting(p -> p.get("text"))
                .anySatisfy(t -> assertThat(t).contains("*S2 High*", "was S3 Medium"))
                .anySatisfy(t -> assertThat(t).contains("*S1 Critical*", "was S2 High"));
    }

    @Test
    void aConfidentialIncidentAlertsOutsideItsRoomWithoutItsTitleOrReason() {
        DeclaredIncident incident = declare("Merger talks leaked by CFO", "S3", true, "AMBER");
        incident.run(RESPONDER, "role approver " + APPROVER);

        assertThat(incident.run(RESPONDER, "severity S2 Draft contract found on paste site")).contains("alerted");

        await().until(() -> incident.postsTo(EXEC_CHANNEL).size() == 1 && incident.postsTo(EXECUTIVE).size() == 1
                && incident.postsTo(APPROVER).size() == 1);
        for (String outside : new String[] {incident.postsTo(EXEC_CHANNEL).get(0).get("text"),
                incident.postsTo(EXECUTIVE).get(0).get("text")}) {
            assertThat(outside).contains(incident.id, "*S2 High*", "(confidential: title not shown)")
                    .doesNotContain("Merger", "CFO", "Draft contract", "paste site");
        }
        assertThat(incident.postsTo(APPROVER).get(0).get("text")).as("the approver works on the incident")
                .contains("Merger talks leaked by CFO", "Draft contract found on paste site");
    }

    @Test
    void withoutAReasonOrALevelTheCriteriaAreShownAndNothingChanges() {
        DeclaredIncident incident = declare("Lost laptop", "S3", false, "GREEN");

        for (String asked : new String[] {"severity", "severity S1", "severity   S1    "}) {
            assertThat(incident.run(RESPONDER, asked)).as(asked)
                    .contains("*S1 Critical*: Core business stopped or sensitive data lost",
                            "*S4 Low*: No real impact yet", "`/incident severity S2 Customer data may be affected`");
        }
        assertThat(incident.run(RESPONDER, "severity S5 worse than ever"))
                .isEqualTo("`S5` is not a severity level. The levels are: `S1`, `S2`, `S3`, `S4`.");
        assertThat(incident.run(RESPONDER, "severity &lt;!here&gt; now")).contains("`&lt;!here&gt;` is not");
        assertThat(incident.run(RESPONDER, "severity S1 " + "x".repeat(501))).contains("too long", "500");
        assertThat(incident.run(RESPONDER, "severity S3 Still one laptop"))
                .isEqualTo(incident.id + " is already *S3 Medium*; nothing changed.");
        assertThat(incident.run(SECOND_RESPONDER, "severity S1 I think it is worse"))
                .contains("Only the incident commander or deputy");
        assertThat(requests.slashCommand("/incident", "severity S1 Outside", RESPONDER, GENERAL).body())
                .contains("incident room");

        assertThat(incident.incident().path("severity").asText()).isEqualTo("S3");
        assertThat(incident.logKinds()).doesNotContain("severity_changed");
        // the summary may be refreshed for other reasons (the room's playbooks), but never shows another severity
        BackgroundWork.drain(app);
        assertThat(incident.postsTo(EXEC_CHANNEL).isEmpty()
                && slack.calls("chat.update").stream().filter(u -> incident.room.equals(u.get("channel")))
                        .allMatch(u -> String.valueOf(u.get("blocks")).contains("S3 Medium")))
                .as("nothing else happened once the bot's work was done").isTrue();
    }

    @Test
    void theHelpListsSeverityAndRoleInBothLanguages() {
        assertThat(requests.slashCommand("/incident", "help", RESPONDER, GENERAL).body())
                .contains("/incident severity S2", "/incident role scribe @name");
        slack.givenUserLocale("UJASEV001", "ja-JP");
        requests.slashCommand("/incident", "help", "UJASEV001", GENERAL);
        await().until(() -> requests.slashCommand("/incident", "help", "UJASEV001", GENERAL).body()
                .contains("重大度を理由とともに変更"));
        // each line a Japanese list item, the English ones keep their bullet
        assertThat(requests.slashCommand("/incident", "help", "UJASEV001", GENERAL).body())
                .contains("・ `/incident severity S2").doesNotContain("• ");
        assertThat(requests.slashCommand("/incident", "help", RESPONDER, GENERAL).body()).contains("• `/incident severity S2");
    }

    private DeclaredIncident declare(String title, String severity, boolean confidential, String tlp) {
        return DeclaredIncident.declare(port, slack, RESPONDER,
                Forms.declaration(title, severity, "malware", tlp, confidential, false));
    }
}
