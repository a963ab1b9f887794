package org.csirtbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.csirtbot.testkit.fakeslack.FakeSlackWorkspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** An incident declared by a responder, with its room opened, for tests of the commands run in that room. */
public final class DeclaredIncident {

    private static final ObjectMapper JSON = new ObjectMapper();

    public final String id;
    public final String room;
    private final FakeSlackWorkspace slack;
    private final SignedSlackRequests requests;
    private final int port;
    private final SlackJourneys journeys;

    private DeclaredIncident(String id, String room, FakeSlackWorkspace slack, SignedSlackRequests requests, int port,
                             SlackJourneys journeys) {
        this.id = id;
        this.room = room;
        this.slack = slack;
        this.requests = requests;
        this.port = port;
        this.journeys = journeys;
    }

    public static DeclaredIncident declare(int port, FakeSlackWorkspace slack, String commander,
                                    Map<String, Map<String, Object>> form) {
        SignedSlackRequests requests = new SignedSlackRequests(port, TestBot.SIGNING_SECRET, slack);
        SlackJourneys journeys = new SlackJourneys(slack, requests, port);
        String id = journeys.declareWithRoom(commander, form);
        return new DeclaredIncident(id, journeys.roomOf(id), slack, requests, port, journeys);
    }

    /** {@code /incident <text>} run by {@code user} in the room; what they were told. */
    public String run(String user, String text) {
        var answer = requests.slashCommand("/incident", text, user, room);
        assertThat(answer.status()).isEqualTo(200);
        try {
            return JSON.readTree(answer.body()).path("text").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JsonNode incident() {
        return TestBot.api(port, "/api/incidents/" + id).body();
    }

    public JsonNode log() {
        return TestBot.api(port, "/api/incidents/" + id + "/log").body();
    }

    public JsonNode lastLogEntry() {
        JsonNode log = log();
        return log.get(log.size() - 1);
    }

    /** The kinds of the log's entries, in order. */
    public List<String> logKinds() {
        return log().findValues("kind").stream().map(JsonNode::asText).toList();
    }

    /** Who holds each role other than commander, as {@code role:userId}. */
    public Set<String> roles() {
        return StreamSupport.stream(incident().path("roles").spliterator(), false)
                .map(r -> r.path("role").asText() + ":" + r.path("userId").asText()).collect(Collectors.toSet());
    }

    /** The blocks of the pinned summary once an update of it shows {@code expected}. */
    public String summaryShowing(String expected) {
        await().untilAsserted(() -> assertThat(latestSummary()).contains(expected));
        return latestSummary();
    }

    private String latestSummary() {
        String summaryTs = incident().path("room").path("summaryTs").asText();
        List<Map<String, String>> updates = slack.calls("chat.update").stream()
                .filter(u -> summaryTs.equals(u.get("ts"))).toList();
        return updates.isEmpty() ? "" : FakeSlackWorkspace.json(updates.get(updates.size() - 1), "blocks").toString();
    }

    /** Messages posted to a channel, or to a user ID (a direct message). */
    public List<Map<String, String>> postsTo(String channel) {
        return journeys.postsTo(channel);
    }

    /** What was posted in the room besides the summary's companions, the suggested playbooks. */
    public List<Map<String, String>> roomPosts() {
        return journeys.roomPostsBesidesSuggestions(room);
    }
}
