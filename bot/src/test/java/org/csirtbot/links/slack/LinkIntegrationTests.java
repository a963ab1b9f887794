package org.csirtbot.links.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.csirtbot.testkit.TestBot.RESPONDER;
import static org.csirtbot.testkit.TestBot.SECOND_RESPONDER;

import java.util.List;

import org.csirtbot.testkit.ClosingSteps;
import org.csirtbot.testkit.SlackJourneyTest;
import org.csirtbot.testkit.TestBot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code /incident link|unlink}: two incidents linked both ways, in both logs and both rooms, listed and shown in the
 * API; refused for itself, an unknown incident or one linked already; a restricted incident linked only by someone
 * who may read it, and never named to those who may not.
 */
class LinkIntegrationTests extends SlackJourneyTest {

    ClosingSteps steps;

    @BeforeEach
    void connect() {
        steps = new ClosingSteps(slack, requests, port);
    }

    @Test
    void twoIncidentsAreLinkedBothWaysListedShownAndUnlinked() {
        String a = steps.declare(RESPONDER, "Phish from <lookalike> domain", "S3");
        String b = steps.declare(RESPONDER, "Second wave, same sender", "S4");
        String roomA = journeys.roomOf(a);
        String roomB = journeys.roomOf(b);

        assertThat(steps.command(RESPONDER, roomA, "link " + b.toLowerCase() + " Same sender & infrastructure"))
                .isEqualTo("*" + a + "* and *" + b + "* are now linked, in both logs; both rooms are told.");

        assertThat(last(a, "incident_linked").path("data"))
                .hasToString("{\"other\":\"" + b + "\",\"reason\":\"Same sender & infrastructure\"}");
        assertThat(last(b, "incident_linked").path("data"))
                .hasToString("{\"other\":\"" + a + "\",\"reason\":\"Same sender & infrastructure\"}");
        await().until(() -> posted(roomA, ":link:").size() == 1 && posted(roomB, ":link:").size() == 1);
        assertThat(posted(roomA, ":link:").get(0)).contains("*" + b + "*", "<@" + RESPONDER + ">",
                "Same sender &amp; infrastructure");
        assertThat(posted(roomB, ":link:").get(0)).contains("*" + a + "*");
        assertThat(steps.command(RESPONDER, roomB, "link")).startsWith("*Incidents linked to " + b + ":*")
                .contains("*" + a + "* Phish from &lt;lookalike&gt; domain (Triage)");
        assertThat(linked(a, TestBot.API_TOKEN)).containsExactly(b);
        assertThat(linked(b, TestBot.PARTNERS_TOKEN)).containsExactly(a);

        assertThat(steps.command(RESPONDER, roomB, "link " + a)).contains("are linked already");
        assertThat(steps.command(RESPONDER, roomA, "link " + a)).contains("cannot be linked to itself");
        assertThat(steps.command(RESPONDER, roomA, "link INC-1999-9999 why")).startsWith("There is no incident INC-1999-9999");
        assertThat(journeys.logKinds(a).stream().filter("incident_linked"::equals)).hasSize(1);

        assertThat(steps.command(RESPONDER, roomB, "unlink " + a)).contains("are no longer linked");
        assertThat(journeys.logKinds(a)).contains("incident_unlinked");
        assertThat(last(b, "incident_unlinked").path("data")).hasToString("{\"other\":\"" + a + "\"}");
        assertThat(linked(a, TestBot.API_TOKEN)).isEmpty();
        assertThat(steps.command(RESPONDER, roomB, "unlink " + a)).contains("are not linked");
        assertThat(steps.command(RESPONDER, roomA, "link")).startsWith("*" + a + "* has no links");
    }

    @Test
    void aRestrictedIncidentIsLinkedOnlyBySomeoneWhoMayReadItAndNeverNamedToOthers() {
        String open = steps.declare(RESPONDER, "Scan from the same range", "S4");
        String openRoom = journeys.roomOf(open);
        String secret = steps.declare(RESPONDER, "CFO mailbox rule", "S2");
        // the second responder left its room before it became confidential: the private room is not theirs
        leftTheRoom(SECOND_RESPONDER, journeys.roomOf(secret));
        assertThat(steps.command(RESPONDER, journeys.roomOf(secret), "confidential on Board matter"))
                .contains("is now *confidential*");
        await().until(() -> journeys.logKinds(secret).contains("room_moved"));
        String secretRoom = journeys.roomOf(secret);

        assertThat(steps.command(SECOND_RESPONDER, openRoom, "link " + secret + " Same actor"))
                .isEqualTo("There is no incident " + secret + " that you may see. Check the ID (for example "
                        + "INC-2026-0001). Nothing was changed.");
        assertThat(journeys.logKinds(open)).doesNotContain("incident_linked");
        assertThat(journeys.logKinds(secret)).doesNotContain("incident_linked");

        assertThat(steps.command(RESPONDER, openRoom, "link " + secret + " Same actor")).contains("now linked");
        await().until(() -> posted(openRoom, ":link:").size() == 1 && posted(secretRoom, ":link:").size() == 1);
        assertThat(posted(openRoom, ":link:").get(0)).contains("a restricted incident").doesNotContain(secret);
        assertThat(posted(secretRoom, ":link:").get(0)).contains("*" + open + "*");
        assertThat(steps.command(SECOND_RESPONDER, openRoom, "link")).startsWith("*" + open + "* has no links")
                .doesNotContain(secret);
        assertThat(steps.command(RESPONDER, openRoom, "link")).contains("*" + secret + "* CFO mailbox rule");
        assertThat(linked(open, TestBot.PARTNERS_TOKEN)).isEmpty();
        assertThat(linked(open, TestBot.API_TOKEN)).containsExactly(secret);
        assertThat(steps.command(SECOND_RESPONDER, openRoom, "unlink " + secret)).startsWith("There is no incident");
        assertThat(journeys.logKinds(open)).doesNotContain("incident_unlinked");
    }

    private void leftTheRoom(String user, String room) {
        List<String> members = slack.channel(room).orElseThrow().members().stream().filter(m -> !m.equals(user))
                .toList();
        String json = "{\"ok\":true,\"members\":[\"" + String.join("\",\"", members)
                + "\"],\"response_metadata\":{\"next_cursor\":\"\"}}";
        slack.wireMock().stubFor(post(urlPathEqualTo("/api/conversations.members")).atPriority(1)
                .withFormParam("channel", equalTo(room)).willReturn(aResponse().withStatus(200)
                        .withHeader("Content-Type", "application/json").withBody(json)));
    }

    private List<String> posted(String room, String prefix) {
        return journeys.postsTo(room).stream().map(p -> p.get("text")).filter(t -> t.startsWith(prefix)).toList();
    }

    private List<String> linked(String id, String token) {
        JsonNode linked = TestBot.api(port, "/api/incidents/" + id, token).body().path("linked");
        assertThat(linked.isArray()).isTrue();
        return java.util.stream.StreamSupport.stream(linked.spliterator(), false).map(JsonNode::asText).toList();
    }

    private JsonNode last(String id, String kind) {
        JsonNode log = TestBot.api(port, "/api/incidents/" + id + "/log").body();
        return log.findParents("kind").stream().filter(e -> e.path("kind").asText().equals(kind))
                .reduce((x, y) -> y).orElseThrow();
    }
}
