package org.csirtbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.csirtbot.playbook.PlaybookRuns;
import org.csirtbot.playbook.StepMessage;
import org.csirtbot.testkit.fakeslack.FakeSlackWorkspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Walking a playbook in Slack over the real HTTP path: its step messages, their buttons and forms, the log. */
public final class PlaybookJourneys {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FakeSlackWorkspace slack;
    private final SignedSlackRequests requests;
    private final int port;
    private final Supplier<PlaybookRuns> runs;

    public PlaybookJourneys(FakeSlackWorkspace slack, SignedSlackRequests requests, int port, Supplier<PlaybookRuns> runs) {
        this.slack = slack;
        this.requests = requests;
        this.port = port;
        this.runs = runs;
    }

    /** Runs {@code /incident <text>} in the room and returns the answer's text, as the person reads it. */
    public String command(String user, String room, String text) {
        var ack = requests.slashCommand("/incident", text, user, room);
        assertThat(ack.status()).isEqualTo(200);
        try {
            return JSON.readTree(ack.body()).path("text").asText();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The room's message of the step's latest round, once posted. */
    public StepMessage stepMessage(String runId, String step) {
        await().until(() -> latest(runId, step, StepMessage.ROOM) != null);
        return latest(runId, step, StepMessage.ROOM);
    }

    /** The step's message to {@code recipient} (an approver), once sent. */
    public StepMessage requestTo(String runId, String step, String recipient) {
        await().until(() -> latest(runId, step, recipient) != null);
        return latest(runId, step, recipient);
    }

    private StepMessage latest(String runId, String step, String recipient) {
        return runs.get().find(runId).flatMap(run -> run.message(step, run.round(step), recipient)).orElse(null);
    }

    /** What the step's message was posted with: its text and blocks. */
    public JsonNode posted(StepMessage m) {
        await().until(() -> postedCall(m) != null);
        return FakeSlackWorkspace.json(postedCall(m), "blocks");
    }

    private Map<String, String> postedCall(StepMessage m) {
        String channel = StepMessage.ROOM.equals(m.recipient()) ? m.channel() : m.recipient();
        return slack.calls("chat.postMessage").stream().filter(c -> channel.equals(c.get("channel"))
                && String.valueOf(c.get("blocks")).contains("|" + m.step() + "\"")).findFirst().orElse(null);
    }

    public SignedSlackRequests.Response click(String user, StepMessage on, String actionId, String runId) {
        return requests.click(user, on.channel(), on.ts(), actionId, runId + "|" + on.step());
    }

    /** Clicks a button that opens a form and returns the form. */
    public JsonNode clickForForm(String user, StepMessage on, String actionId, String runId) {
        return slack.formOpenedBy(() -> click(user, on, actionId, runId));
    }

    public SignedSlackRequests.Response submit(String user, JsonNode view, Map<String, Map<String, Object>> state) {
        return requests.interaction(SlackPayloads.viewSubmission(user, view.path("callback_id").asText(),
                "VPB" + System.nanoTime(), view.path("private_metadata").asText(), state));
    }

    /** A form's state: text inputs by block ID; values starting with {@code select:} are menu choices. */
    public static Map<String, Map<String, Object>> form(String... blockAndValue) {
        Map<String, Map<String, Object>> state = new LinkedHashMap<>();
        for (int i = 0; i < blockAndValue.length; i += 2) {
            String value = blockAndValue[i + 1];
            state.put(blockAndValue[i], Map.of("value", value != null && value.startsWith("select:")
                    ? SlackPayloads.staticSelect(value.substring("select:".length())) : SlackPayloads.plainText(value)));
        }
        return state;
    }

    /** The ephemeral messages {@code user} was shown in {@code channel}. */
    public List<String> toldIn(String channel, String user) {
        return slack.calls("chat.postEphemeral").stream()
                .filter(c -> channel.equals(c.get("channel")) && user.equals(c.get("user"))).map(c -> c.get("text")).toList();
    }

    public List<Map<String, String>> updatesOf(StepMessage m) {
        return slack.calls("chat.update").stream()
                .filter(c -> m.channel().equals(c.get("channel")) && m.ts().equals(c.get("ts"))).toList();
    }

    public List<String> postsTo(String channel) {
        return slack.calls("chat.postMessage").stream().filter(c -> channel.equals(c.get("channel")))
                .map(c -> c.get("text") + " " + c.getOrDefault("blocks", "")).toList();
    }

    /** The incident's log entries of one kind, oldest first. */
    public List<JsonNode> entries(String incidentId, String kind) {
        List<JsonNode> found = new ArrayList<>();
        TestBot.api(port, "/api/incidents/" + incidentId + "/log").body()
                .forEach(e -> {
                    if (kind.equals(e.path("kind").asText())) {
                        found.add(e);
                    }
                });
        return found;
    }

    /** Waits for the first entry of that kind about that step. */
    public JsonNode awaitEntry(String incidentId, String kind, String step) {
        await().until(() -> entries(incidentId, kind).stream().anyMatch(e -> step.equals(e.path("data").path("step").asText())));
        return entries(incidentId, kind).stream().filter(e -> step.equals(e.path("data").path("step").asText()))
                .findFirst().orElseThrow();
    }
}
