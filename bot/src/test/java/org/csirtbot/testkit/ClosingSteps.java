package org.csirtbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csirtbot.testkit.SlackPayloads.plainText;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.csirtbot.closing.slack.LessonsModal;
import org.csirtbot.testkit.fakeslack.FakeSlackWorkspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What people do to bring an incident to its end, for the closing tests: status, resolve, lessons, close. */
public final class ClosingSteps {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FakeSlackWorkspace slack;
    private final SignedSlackRequests requests;
    private final SlackJourneys journeys;
    private final int port;

    public ClosingSteps(FakeSlackWorkspace slack, SignedSlackRequests requests, int port) {
        this.slack = slack;
        this.requests = requests;
        this.journeys = new SlackJourneys(slack, requests, port);
        this.port = port;
    }

    /** Declares the incident by command and waits until its room is complete; returns its ID. */
    public String declare(String commander, String title, String severity) {
        return journeys.declareWithRoom(commander, Forms.declaration(title, severity, "malware", "AMBER", false, false));
    }

    public JsonNode incident(String incidentId) {
        return TestBot.api(port, "/api/incidents/" + incidentId).body();
    }

    /** Runs {@code /incident <text>} in the room; returns what the person was told. */
    public String command(String user, String room, String text) {
        SignedSlackRequests.Response response = requests.slashCommand("/incident", text, user, room);
        assertThat(response.status()).isEqualTo(200);
        try {
            return response.body().isEmpty() ? "" : JSON.readTree(response.body()).path("text").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Moves the incident through the phases given, each answered as changed. */
    public void statuses(String user, String room, String... phases) {
        for (String phase : phases) {
            assertThat(command(user, room, "status " + phase)).contains("is now");
        }
    }

    /** Runs {@code /incident resolve}; returns the answer and the lessons-learned form it opened. */
    public Resolved resolve(String user, String room) {
        AtomicReference<String> answer = new AtomicReference<>();
        JsonNode form = slack.formOpenedBy(() -> answer.set(command(user, room, "resolve")));
        return new Resolved(answer.get(), form);
    }

    public record Resolved(String answer, JsonNode view) {
    }

    /** Saves the lessons-learned form with these answers (question ID to text); returns Slack's answer body. */
    public String saveLessons(String user, String incidentId, Map<String, String> answers) {
        Map<String, Map<String, Object>> state = new LinkedHashMap<>();
        answers.forEach((question, answer) -> state.put(question, Map.of("value", plainText(answer))));
        var response = requests.interaction(SlackPayloads.viewSubmission(user, LessonsModal.CALLBACK,
                "VLES" + System.nanoTime(), incidentId, state));
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }

    /** GET {@code /api/incidents/{id}/report.md} with the API token (or none). */
    public HttpResponse<String> reportMd(String incidentId, boolean withToken) {
        return TestBot.get(port, "/api/incidents/" + incidentId + "/report.md", withToken ? TestBot.API_TOKEN : null);
    }
}
