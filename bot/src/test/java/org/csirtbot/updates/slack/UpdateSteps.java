package org.csirtbot.updates.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csirtbot.testkit.SlackPayloads.datetimepicker;
import static org.csirtbot.testkit.SlackPayloads.plainText;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.csirtbot.testkit.DeclaredIncident;
import org.csirtbot.testkit.Forms;
import org.csirtbot.testkit.SignedSlackRequests;
import org.csirtbot.testkit.SlackJourneys;
import org.csirtbot.testkit.SlackPayloads;
import org.csirtbot.testkit.TestBot;
import org.csirtbot.testkit.fakeslack.FakeSlackWorkspace;

import com.fasterxml.jackson.databind.JsonNode;

/** What the status update tests do in Slack: declare an incident, open the update form, submit it. */
final class UpdateSteps {

    private final FakeSlackWorkspace slack;
    private final SignedSlackRequests requests;
    private final int port;

    UpdateSteps(FakeSlackWorkspace slack, SignedSlackRequests requests, int port) {
        this.slack = slack;
        this.requests = requests;
        this.port = port;
    }

    /** A responder declares an incident of this severity; its room is open and its summary pinned. */
    DeclaredIncident declare(String title, String severity) {
        return DeclaredIncident.declare(port, slack, TestBot.RESPONDER,
                Forms.declaration(title, severity, "malware", "AMBER", false, false));
    }

    /** The form {@code /incident update}, run by {@code user} in the room, opened. */
    JsonNode openForm(DeclaredIncident incident, String user) {
        return slack.formOpenedBy(() -> incident.run(user, "update"));
    }

    /** The update form as typed: the five texts, and the next update's time picked (null: none). */
    static Map<String, Map<String, Object>> form(String status, String impact, String actions, String next,
                                                 String needs, Instant nextUpdateAt) {
        Map<String, Map<String, Object>> state = new LinkedHashMap<>();
        state.put("status", Map.of("value", plainText(status)));
        state.put("impact", Map.of("value", plainText(impact)));
        state.put("actions", Map.of("value", plainText(actions)));
        state.put("next", Map.of("value", plainText(next)));
        state.put("needs", Map.of("value", plainText(needs)));
        state.put("next_update_at", Map.of("value",
                datetimepicker(nextUpdateAt == null ? null : nextUpdateAt.getEpochSecond())));
        return state;
    }

    static Map<String, Map<String, Object>> form(String status, Instant nextUpdateAt) {
        return form(status, "Mail only", "Blocking the sender", "Reset passwords", "IT: a list of mailboxes",
                nextUpdateAt);
    }

    /** Submits the update form of the incident as {@code user}; returns Slack's answer body (empty: the form closed). */
    String submit(String user, String incidentId, Map<String, Map<String, Object>> form) {
        var answer = requests.interaction(SlackPayloads.viewSubmission(user, UpdateModal.CALLBACK,
                "VUPD" + System.nanoTime(), incidentId, form));
        assertThat(answer.status()).isEqualTo(200);
        return answer.body();
    }

    /** The reminders posted in the room, oldest first. */
    List<String> reminders(DeclaredIncident incident) {
        return reminders(incident.room, incident.id);
    }

    List<String> reminders(String room, String incidentId) {
        return new SlackJourneys(slack, requests, port).postsTo(room).stream().map(p -> p.get("text"))
                .filter(t -> t.contains("status update on " + incidentId + " is due")).toList();
    }

    /** The status updates posted in the room, as their blocks, oldest first. */
    List<String> updatePosts(DeclaredIncident incident) {
        return incident.postsTo(incident.room).stream().filter(p -> p.get("text").contains("Status update on"))
                .map(p -> FakeSlackWorkspace.json(p, "blocks").toString()).toList();
    }

    /** The data of the log's entries of this kind, oldest first. */
    static List<JsonNode> logged(DeclaredIncident incident, String kind) {
        return incident.log().findParents("kind").stream().filter(e -> kind.equals(e.path("kind").asText()))
                .map(e -> e.path("data")).toList();
    }
}
