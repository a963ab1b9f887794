package org.csirtbot.summary.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.csirtbot.testkit.TestBot.GENERAL;
import static org.csirtbot.testkit.TestBot.RESPONDER;
import static org.csirtbot.testkit.TestBot.SECOND_RESPONDER;

import java.util.List;

import org.csirtbot.sandbox.workspace.SlackIds;
import org.csirtbot.testkit.ClosingSteps;
import org.csirtbot.testkit.DeclaredIncident;
import org.csirtbot.testkit.Forms;
import org.csirtbot.testkit.SlackJourneyTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /incident list} outside a room: the open incidents the asker may see, newest first; a confidential one only
 * for the people of its room, a closed one for nobody; someone who may see none is told so.
 */
class IncidentListIntegrationTests extends SlackJourneyTest {

    /** A colleague who never took part in an incident: not a responder, never invited, holding no role. */
    static final String NEWCOMER = "UNEWHIRE1";

    private ClosingSteps steps;

    @BeforeEach
    void connect() {
        steps = new ClosingSteps(slack, requests, port);
    }

    @Test
    void aResponderSeesOpenIncidentsNewestFirstButNotAConfidentialOneOutsideTheirRoomWhichItsCommanderSees() {
        DeclaredIncident older = declare("Phishing wave at sales", "S3", "GREEN");
        DeclaredIncident closed = declare("Closed before the list", "S4", "GREEN");
        steps.statuses(RESPONDER, closed.room, "investigating", "post_incident");
        assertThat(steps.command(RESPONDER, closed.room, "close")).contains("is closed");
        DeclaredIncident newer = declare("Scanner on the guest wifi", "S4", "AMBER");
        DeclaredIncident confidential = declare("Merger papers on a share", "S2", "GREEN");
        // the second responder left its room before it became confidential: the private room is not theirs
        leftTheRoom(SECOND_RESPONDER, confidential.room);
        assertThat(confidential.run(RESPONDER, "confidential on Names of the parties"))
                .contains("is now *confidential*");
        await().until(() -> confidential.logKinds().contains("room_moved"));
        assertThat(confidential.incident().path("room").path("invited").toString()).doesNotContain(SECOND_RESPONDER);

        String seen = steps.command(SECOND_RESPONDER, GENERAL, "list");

        assertThat(seen).startsWith("*Open incidents you may see* (");
        List<String> lines = seen.lines().toList();
        assertThat(lineOf(lines, newer)).contains("Scanner on the guest wifi", "S4 Low", "Triage",
                "<@" + RESPONDER + ">", "<#" + newer.room + ">", "declared <!date^");
        assertThat(lines.indexOf(lineOf(lines, newer))).as("newest first").isLessThan(lines.indexOf(lineOf(lines, older)));
        assertThat(seen).doesNotContain(confidential.id, "Merger", closed.id, "Closed before the list");

        String commanders = steps.command(RESPONDER, GENERAL, "list");
        List<String> theirs = commanders.lines().toList();
        assertThat(lineOf(theirs, confidential)).contains("Merger papers on a share", "S2 High");
        assertThat(theirs.indexOf(lineOf(theirs, confidential))).isLessThan(theirs.indexOf(lineOf(theirs, newer)));
        assertThat(commanders).doesNotContain(closed.id);

        assertThat(steps.command(NEWCOMER, GENERAL, "list")).isEqualTo("There is no open incident that you may see.");
    }

    private DeclaredIncident declare(String title, String severity, String tlp) {
        return DeclaredIncident.declare(port, slack, RESPONDER,
                Forms.declaration(title, severity, "other", tlp, false, false));
    }

    /** From now on Slack lists the room's members without {@code user}, as after they left it. */
    private void leftTheRoom(String user, String room) {
        List<String> members = slack.channel(room).orElseThrow().members().stream().filter(m -> !m.equals(user))
                .toList();
        String json = "{\"ok\":true,\"members\":[\"" + String.join("\",\"", members)
                + "\"],\"response_metadata\":{\"next_cursor\":\"\"}}";
        slack.wireMock().stubFor(post(urlPathEqualTo("/api/conversations.members")).atPriority(1)
                .withFormParam("channel", equalTo(room)).willReturn(aResponse().withStatus(200)
                        .withHeader("Content-Type", "application/json").withBody(json)));
        assertThat(members).contains(SlackIds.BOT_USER_ID, RESPONDER);
    }

    private static String lineOf(List<String> lines, DeclaredIncident incident) {
        return lines.stream().filter(l -> l.startsWith("• *" + incident.id + "*")).findFirst()
                .orElseThrow(() -> new AssertionError("no line of " + incident.id + " in " + lines));
    }
}
