package org.csirtbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.csirtbot.testkit.fakeslack.FakeSlackWorkspace;

import com.fasterxml.jackson.databind.JsonNode;

/** What people do in Slack, step by step, for tests that need a report or an incident to start from. */
public final class SlackJourneys {

    private final FakeSlackWorkspace slack;
    private final SignedSlackRequests requests;
    private final int port;
    private int views;

    public SlackJourneys(FakeSlackWorkspace slack, SignedSlackRequests requests, int port) {
        this.slack = slack;
        this.requests = requests;
        this.port = port;
    }

    /** An employee submits the report form; returns the report ID once it is posted to triage. */
    public String report(String user, Map<String, Map<String, Object>> form) {
        var ack = requests.interaction(SlackPayloads.viewSubmission(user, "report_submit", nextView("VREP"), "", form));
        String reportId = Forms.first(Forms.REPORT_ID, ack.body());
        await().until(() -> !TestBot.api(port, "/api/reports/" + reportId).body().path("triageTs").isNull());
        return reportId;
    }

    /** A responder clicks Open an incident on the report and submits the declare form; returns the incident ID. */
    public String declareFromTriage(String reportId, String responder, Map<String, Map<String, Object>> form) {
        JsonNode view = formOnReport(responder, reportId, "triage_declare");
        assertThat(view.path("callback_id").asText()).isEqualTo("incident_declare");
        return submitDeclaration(responder, view.path("private_metadata").asText(), form);
    }

    /** A responder clicks a button of the report's message in triage; returns the form it opened. */
    public JsonNode formOnReport(String responder, String reportId, String actionId) {
        String ts = TestBot.api(port, "/api/reports/" + reportId).body().path("triageTs").asText();
        return slack.formOpenedBy(() -> requests.click(responder, TestBot.TRIAGE, ts, actionId, reportId));
    }

    /** A responder runs /incident declare and submits the form; returns the incident ID once its summary is pinned. */
    public String declareByCommand(String responder, Map<String, Map<String, Object>> form) {
        JsonNode view = slack.formOpenedBy(() -> requests.slashCommand("/incident", "declare", responder,
                TestBot.GENERAL));
        return submitDeclaration(responder, view.path("private_metadata").asText(), form);
    }

    private String submitDeclaration(String responder, String metadata, Map<String, Map<String, Object>> form) {
        long pinned = roomPins();
        // the incidents the responder was told of so far: an earlier declaration's message may come last otherwise
        List<String> known = incidentsToldTo(responder);
        var ack = requests.interaction(SlackPayloads.viewSubmission(responder, "incident_declare", nextView("VDEC"),
                metadata, form));
        assertThat(ack.status()).isEqualTo(200);
        assertThat(ack.body()).doesNotContain("errors");
        await().until(() -> roomPins() == pinned + 1);
        await().until(() -> incidentsToldTo(responder).stream().anyMatch(id -> !known.contains(id)));
        return incidentsToldTo(responder).stream().filter(id -> !known.contains(id)).findFirst().orElseThrow();
    }

    /** Summaries pinned in rooms: the executive channel pins its own, at its own pace. */
    private long roomPins() {
        return slack.calls("pins.add").stream().filter(p -> !TestBot.EXEC_CHANNEL.equals(p.get("channel"))).count();
    }

    /** The incident IDs named in the direct messages to the responder, oldest first. */
    private List<String> incidentsToldTo(String responder) {
        return postsTo(responder).stream().map(p -> p.get("text"))
                .filter(t -> t != null && t.matches("(?s).*INC-\\d{4}-\\d{4}.*"))
                .map(t -> Forms.first(Forms.INCIDENT_ID, t)).toList();
    }

    /** A responder declares an S3 CLEAR incident by command; returns its ID once its room is open and pinned. */
    public String declareWithRoom(String responder, String title) {
        return declareWithRoom(responder, Forms.declaration(title, "S3", "other", "CLEAR", false, false));
    }

    /** A responder declares an incident by command; returns its ID once its room is open and its summary pinned. */
    public String declareWithRoom(String responder, Map<String, Map<String, Object>> form) {
        String incidentId = declareByCommand(responder, form);
        await().until(() -> logKinds(incidentId).contains("summary_pinned"));
        return incidentId;
    }

    /** The IDs of the exercises started from the scenario so far. */
    public Set<String> exercises(String scenarioId) {
        JsonNode all = TestBot.api(port, "/api/incidents").body();
        return StreamSupport.stream(all.spliterator(), false)
                .filter(i -> scenarioId.equals(i.path("exercise").path("scenarioId").asText()))
                .map(i -> i.path("id").asText()).collect(Collectors.toSet());
    }

    /** The channel ID of the incident's room. */
    public String roomOf(String incidentId) {
        String channel = TestBot.api(port, "/api/incidents/" + incidentId).body().path("room").path("channelId").asText();
        assertThat(channel).isNotBlank();
        return channel;
    }

    /** The kinds of the incident's log entries, in order. */
    public List<String> logKinds(String incidentId) {
        JsonNode log = TestBot.api(port, "/api/incidents/" + incidentId + "/log").body();
        return log.findValues("kind").stream().map(JsonNode::asText).toList();
    }

    /**
     * Messages posted to a channel, or to a user ID (a direct message), besides the executive channel's pinned
     * summaries: those follow every incident at their own pace ({@link #execSummaries()}).
     */
    public List<Map<String, String>> postsTo(String channel) {
        return slack.calls("chat.postMessage").stream().filter(c -> channel.equals(c.get("channel")))
                .filter(c -> !isExecSummary(c)).toList();
    }

    /** The executive channel's pinned summaries posted, one per incident. */
    public List<Map<String, String>> execSummaries() {
        return slack.calls("chat.postMessage").stream().filter(SlackJourneys::isExecSummary).toList();
    }

    /** Whether a post is an executive summary: its metadata carries its side effect's key. */
    static boolean isExecSummary(Map<String, String> post) {
        return String.valueOf(post.get("metadata")).contains("exec-summary:");
    }

    /**
     * What was posted in a room besides the playbooks suggested for its category, which follow the summary at
     * their own pace.
     */
    public List<Map<String, String>> roomPostsBesidesSuggestions(String room) {
        return postsTo(room).stream().filter(p -> !String.valueOf(p.get("blocks")).contains("playbook_start")).toList();
    }

    private String nextView(String prefix) {
        return prefix + System.nanoTime() + (++views);
    }

}
