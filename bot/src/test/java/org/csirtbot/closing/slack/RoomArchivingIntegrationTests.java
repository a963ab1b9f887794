package org.csirtbot.closing.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.csirtbot.testkit.TestBot.RESPONDER;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.csirtbot.closing.RoomClosing;
import org.csirtbot.sandbox.workspace.SlackSamples;
import org.csirtbot.testkit.ClosingSteps;
import org.csirtbot.testkit.SlackJourneyTest;
import org.csirtbot.testkit.TestBot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

/**
 * A closed incident's room is archived {@code csirtbot.archive-after} (7 days by default) after closing, after a
 * notice, exactly once: also when Slack's answer to conversations.archive does not come in time, or says the channel
 * is archived already. The archive check is run directly, as of a chosen moment; it also puts away the rooms other
 * tests closed, so every assertion looks at this test's room alone.
 */
class RoomArchivingIntegrationTests extends SlackJourneyTest {

    static final Duration ARCHIVE_AFTER = Duration.ofDays(7);

    @Autowired
    RoomClosing rooms;
    ClosingSteps steps;

    @BeforeEach
    void connect() {
        steps = new ClosingSteps(slack, requests, port);
        slack.givenSample("conversations.archive", "conversations.archive.success.json");
    }

    @Test
    void theRoomIsArchivedOnceTheDelayIsOverAfterANoticeAndOnlyOnce() {
        String id = closedIncident("Archived after a week");
        String room = journeys.roomOf(id);
        Instant closedAt = closedAt(id);

        rooms.archiveDue(closedAt.plus(ARCHIVE_AFTER).minusSeconds(1));
        assertThat(calls("conversations.archive", room)).isEmpty();
        assertThat(journeys.logKinds(id)).doesNotContain("channel_archived");

        assertThat(rooms.archiveDue(closedAt.plus(ARCHIVE_AFTER))).isPositive();
        rooms.archiveDue(closedAt.plus(ARCHIVE_AFTER).plusSeconds(60));

        assertArchivedOnce(id, room);
        List<String> posts = journeys.postsTo(room).stream().map(p -> p.get("text")).toList();
        assertThat(posts.get(posts.size() - 1)).startsWith("This room is being archived: *" + id + "* is closed.");
    }

    @Test
    void anArchiveWhoseAnswerComesTooLateIsCheckedNotRepeated() {
        String id = closedIncident("Archive answer too late");
        String room = journeys.roomOf(id);
        // the first archive is done in Slack but answered after the bot's 6 s timeout; Slack then says it is archived
        slack.wireMock().stubFor(post(urlPathEqualTo("/api/conversations.archive")).atPriority(2)
                .withFormParam("channel", equalTo(room)).inScenario("late archive").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("answered late")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"ok\":true}").withFixedDelay(6500)));
        slack.wireMock().stubFor(post(urlPathEqualTo("/api/conversations.info")).atPriority(2)
                .withFormParam("channel", equalTo(room)).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(archivedChannel(room))));

        assertThat(rooms.archiveDue(closedAt(id).plus(ARCHIVE_AFTER))).isPositive();
        rooms.archiveDue(closedAt(id).plus(ARCHIVE_AFTER).plusSeconds(60));

        assertThat(calls("conversations.info", room)).hasSize(1);
        assertArchivedOnce(id, room);
    }

    @Test
    void aChannelSlackSaysIsArchivedAlreadyCountsAsArchived() {
        String id = closedIncident("Archived by hand already");
        String room = journeys.roomOf(id);
        slack.givenError("conversations.archive", "already_archived");

        assertThat(rooms.archiveDue(closedAt(id).plus(ARCHIVE_AFTER))).isPositive();

        assertArchivedOnce(id, room);
    }

    private String closedIncident(String title) {
        String id = steps.declare(RESPONDER, title, "S4");
        String room = journeys.roomOf(id);
        steps.statuses(RESPONDER, room, "investigating", "post_incident");
        assertThat(steps.command(RESPONDER, room, "close")).contains("is closed");
        await().until(() -> journeys.logKinds(id).contains("report_posted"));
        return id;
    }

    private void assertArchivedOnce(String id, String room) {
        assertThat(calls("conversations.archive", room)).hasSize(1);
        assertThat(journeys.postsTo(room).stream().filter(p -> p.get("text").startsWith("This room is being archived")))
                .hasSize(1);
        List<String> kinds = journeys.logKinds(id);
        assertThat(kinds.stream().filter("channel_archived"::equals)).hasSize(1);
        assertThat(kinds.get(kinds.size() - 1)).isEqualTo("channel_archived");
        var log = TestBot.api(port, "/api/incidents/" + id + "/log").body();
        assertThat(log.get(log.size() - 1).path("data").toString()).isEqualTo("{\"channelId\":\"" + room + "\"}");
        assertThat(steps.incident(id).path("closure").path("archivedAt").isNull()).isFalse();
        assertThat(TestBot.api(port, "/api/incidents/" + id + "/log/verify").body().path("valid").asBoolean()).isTrue();
    }

    private List<Map<String, String>> calls(String method, String room) {
        return slack.calls(method).stream().filter(c -> room.equals(c.get("channel"))).toList();
    }

    private Instant closedAt(String id) {
        var phases = steps.incident(id).path("phases");
        return Instant.parse(phases.get(phases.size() - 1).path("startedAt").asText());
    }

    private static String archivedChannel(String channelId) {
        ObjectNode info = SlackSamples.object("web-api/conversations.info.success.json");
        ((ObjectNode) info.get("channel")).put("id", channelId).put("is_archived", true);
        return info.toString();
    }

}
