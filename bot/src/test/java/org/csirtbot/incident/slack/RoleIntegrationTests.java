package org.csirtbot.incident.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.csirtbot.testkit.TestBot.EMPLOYEE;
import static org.csirtbot.testkit.TestBot.RESPONDER;
import static org.csirtbot.testkit.TestBot.SECOND_RESPONDER;

import java.util.List;
import java.util.Map;

import org.csirtbot.sandbox.workspace.BlockKitLimits;
import org.csirtbot.testkit.BackgroundWork;
import org.csirtbot.testkit.BotIntegrationTest;
import org.csirtbot.testkit.DeclaredIncident;
import org.csirtbot.testkit.Forms;
import org.csirtbot.testkit.LogData;
import org.csirtbot.testkit.SlackTestIds;
import org.csirtbot.testkit.TestBot;
import org.csirtbot.testkit.fakeslack.FakeSlackWorkspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code /incident role <role> [remove] @user} in an incident room, over the real HTTP endpoint. */
@BotIntegrationTest
class RoleIntegrationTests {

    /** The bot under test, whose background work a negative check waits for. */
    @Autowired
    ApplicationContext app;

    static final String ANN = "UROLEANN1";
    static final String BOB = "UROLEBOB1";

    final FakeSlackWorkspace slack = TestBot.slack();

    @LocalServerPort
    int port;
    DeclaredIncident incident;

    @BeforeEach
    void declare() {
        incident = DeclaredIncident.declare(port, slack, RESPONDER,
                Forms.declaration("Credential stuffing", "S3", "malware", "AMBER", false, false));
    }

    @Test
    void everyRoleIsGivenAndTakenAwayWithItsLogEntryInviteAndAnnouncement() {
        for (String role : List.of("deputy", "scribe", "comms", "liaison", "approver", "legal")) {
            String label = role.substring(0, 1).toUpperCase() + role.substring(1);
            int invites = invitesOf(ANN).size();

            assertThat(incident.run(RESPONDER, "role " + role + " <@" + ANN + "|ann>"))
                    .isEqualTo("<@" + ANN + "> is now *" + label + "* of " + incident.id + ". The room has been told.");
            assertThat(incident.roles()).containsExactly(role.toUpperCase() + ":" + ANN);
            assertLogged("role_assigned", "{\"role\":\"" + role + "\",\"userId\":\"" + ANN + "\"}");
            await().until(() -> invitesOf(ANN).size() == invites + 1);
            awaitAnnounced("<@" + ANN + "> is now *" + label + "* of this incident (given by <@" + RESPONDER + ">).");
            assertThat(incident.summaryShowing(label + ": <@" + ANN + ">")).contains("Roles");

            assertThat(incident.run(RESPONDER, "role " + role + " remove <@" + ANN + ">"))
                    .isEqualTo("<@" + ANN + "> is no longer *" + label + "* of " + incident.id + ". The room has been told.");
            assertThat(incident.roles()).isEmpty();
            assertLogged("role_removed", "{\"role\":\"" + role + "\",\"userId\":\"" + ANN + "\"}");
            awaitAnnounced("<@" + ANN + "> is no longer *" + label + "* of this incident (by <@" + RESPONDER + ">).");
        }
    }

    @Test
    void aRoleOnePersonHoldsIsHandedOverAndOneSeveralHoldIsAdded() {
        incident.run(RESPONDER, "role scribe <@" + ANN + ">");
        assertThat(incident.run(RESPONDER, "role scribe " + BOB)).contains("<@" + BOB + "> is now *Scribe*");
        assertLogged("role_assigned", "{\"role\":\"scribe\",\"userId\":\"" + BOB + "\",\"previous\":\"" + ANN + "\"}");
        awaitAnnounced("<@" + BOB + "> takes over as *Scribe* from <@" + ANN + "> (handed over by <@" + RESPONDER + ">).");

        incident.run(RESPONDER, "role liaison <@" + ANN + "|ann>");
        incident.run(RESPONDER, "role liaison <@" + BOB + "|bob>");
        assertLogged("role_assigned", "{\"role\":\"liaison\",\"userId\":\"" + BOB + "\"}");

        assertThat(incident.roles()).containsExactlyInAnyOrder("SCRIBE:" + BOB, "LIAISON:" + ANN, "LIAISON:" + BOB);
        assertThat(incident.summaryShowing("Liaison: <@" + ANN + ">, <@" + BOB + ">")).contains("Scribe: <@" + BOB + ">");
    }

    @Test
    void handingOverCommandMovesTheRightToChangeTheStatus() {
        assertThat(incident.run(RESPONDER, "role commander <@" + SECOND_RESPONDER + "|kim>"))
                .contains("<@" + SECOND_RESPONDER + "> is now *Commander*");
        JsonNode handedOver = incident.incident();
        assertThat(handedOver.path("commanderId").asText()).isEqualTo(SECOND_RESPONDER);
        assertThat(handedOver.path("roles")).isEmpty();
        assertLogged("role_assigned",
                "{\"role\":\"commander\",\"userId\":\"" + SECOND_RESPONDER + "\",\"previous\":\"" + RESPONDER + "\"}");
        assertThat(incident.summaryShowing("<@" + SECOND_RESPONDER + ">")).doesNotContain("<@" + RESPONDER + ">");

        assertThat(incident.run(RESPONDER, "status investigating")).contains("Only the incident commander or deputy");
        assertThat(incident.run(RESPONDER, "role scribe <@" + ANN + ">")).contains("Only the incident commander or deputy");
        assertThat(incident.run(SECOND_RESPONDER, "status investigating")).contains("is now *Investigating*");
    }

    @Test
    void aDeputyWhoIsNoResponderChangesTheStatus() {
        assertThat(incident.run(EMPLOYEE, "status investigating")).contains("Only the incident commander or deputy");

        incident.run(RESPONDER, "role deputy <@" + EMPLOYEE + ">");

        assertThat(incident.run(EMPLOYEE, "status investigating")).contains("is now *Investigating*");
        assertThat(incident.lastLogEntry().path("actor").asText()).isEqualTo(EMPLOYEE);
    }

    @Test
    void badRequestsAreAnsweredPolitelyAndChangeNothing() {
        int logged = incident.log().size();

        assertThat(incident.run(SECOND_RESPONDER, "role scribe <@" + ANN + ">"))
                .contains("Only the incident commander or deputy");
        assertThat(incident.run(RESPONDER, "role")).contains("`/incident role &lt;role&gt; @name`", "`approver`");
        assertThat(incident.run(RESPONDER, "role boss <@" + ANN + ">"))
                .startsWith("`boss` is not a role. The roles are: `commander` (Commander), `deputy` (Deputy)");
        assertThat(incident.run(RESPONDER, "role scribe")).contains("Mention one person", "`/incident role scribe @name`");
        assertThat(incident.run(RESPONDER, "role scribe @ann")).contains("Mention one person");
        assertThat(incident.run(RESPONDER, "role scribe <@" + ANN + "> <@" + BOB + ">")).contains("Mention one person");
        assertThat(incident.run(RESPONDER, "role scribe remove")).contains("`/incident role scribe remove @name`");
        assertThat(incident.run(RESPONDER, "role scribe <@" + SlackTestIds.BOT_USER_ID + "|csirtbot>"))
                .isEqualTo("I cannot hold a role myself; please choose a person.");
        assertThat(incident.run(RESPONDER, "role commander <@" + RESPONDER + ">"))
                .isEqualTo("<@" + RESPONDER + "> is already *Commander* of " + incident.id + "; nothing changed.");
        assertThat(incident.run(RESPONDER, "role commander remove <@" + RESPONDER + ">"))
                .contains("An incident always has a commander");
        assertThat(incident.run(RESPONDER, "role approver remove <@" + ANN + ">"))
                .isEqualTo("<@" + ANN + "> is not *Approver* of " + incident.id + "; nothing changed.");

        assertThat(incident.log()).hasSize(logged);
        assertThat(incident.incident().path("commanderId").asText()).isEqualTo(RESPONDER);
        assertThat(incident.roles()).isEmpty();
        BackgroundWork.drain(app);
        assertThat(incident.roomPosts().size() == 1
                && slack.calls("chat.update").isEmpty()).as("nothing else happened once the bot's work was done").isTrue();
    }

    @Test
    void aLongListOfApproversIsCountedInTheSummaryWithinSlacksLimits() {
        for (int n = 10; n < 22; n++) {
            incident.run(RESPONDER, "role approver <@UAPPR00" + n + "|approver " + n + ">");
        }

        String summary = incident.summaryShowing("and 2 more");
        assertThat(summary).contains("<@UAPPR0019>").doesNotContain("<@UAPPR0020>", "<@UAPPR0021>");
        assertThat(BlockKitLimits.checkBlocks(summary)).isEmpty();
        assertThat(incident.roles()).hasSize(12);
    }

    @Test
    void givingARoleTwiceChangesNothingTheSecondTime() {
        incident.run(RESPONDER, "role approver <@" + ANN + ">");
        int logged = incident.log().size();

        assertThat(incident.run(RESPONDER, "role approver " + ANN))
                .isEqualTo("<@" + ANN + "> is already *Approver* of " + incident.id + "; nothing changed.");
        assertThat(incident.log()).hasSize(logged);
    }

    private void assertLogged(String kind, String data) {
        JsonNode entry = incident.lastLogEntry();
        assertThat(entry.path("kind").asText()).isEqualTo(kind);
        assertThat(entry.path("actor").asText()).isEqualTo(RESPONDER);
        assertThat(LogData.withoutOp(entry.path("data"))).hasToString(data);
    }

    private void awaitAnnounced(String text) {
        await().until(() -> incident.postsTo(incident.room).stream().anyMatch(p -> text.equals(p.get("text"))));
    }

    private List<Map<String, String>> invitesOf(String user) {
        return slack.calls("conversations.invite").stream()
                .filter(c -> incident.room.equals(c.get("channel")) && user.equals(c.get("users"))).toList();
    }
}
