package org.csirtbot.blackbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.csirtbot.sandbox.workspace.WorkspaceModel;
import org.csirtbot.testkit.SignedSlackRequests;
import org.csirtbot.testkit.SlackPayloads;
import org.csirtbot.testkit.TestBot;
import org.csirtbot.testkit.fakeslack.FakeSlackWorkspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What people do in Slack, as Slack delivers it to the jar (signed requests to {@code /slack/events}) and as they
 * see the result (the fake workspace's channels, messages and modals, and the read API).
 */
final class PeopleInSlack {

    static final Pattern REPORT_ID = Pattern.compile("RPT-\\d{4}-\\d{6}");
    static final Pattern INCIDENT_ID = Pattern.compile("INC-\\d{4}-\\d{4}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FakeSlackWorkspace slack;
    private final SignedSlackRequests requests;
    private final int port;

    PeopleInSlack(FakeSlackWorkspace slack, JarBot bot) {
        this.slack = slack;
        this.requests = new SignedSlackRequests(bot.port(), TestBot.SIGNING_SECRET);
        this.port = bot.port();
    }

    SignedSlackRequests requests() {
        return requests;
    }

    /** {@code /report} in a channel, then the form filled in and submitted; the reference the reporter was shown. */
    String report(String user, String what) {
        SignedSlackRequests.Response ack = submitReport(user, what);
        assertThat(ack.status()).isEqualTo(200);
        return first(REPORT_ID, ack.body());
    }

    /** {@code /report} in a channel, then the form filled in and submitted; Slack's answer to the submission. */
    SignedSlackRequests.Response submitReport(String user, String what) {
        int forms = formsOf("report_submit");
        assertThat(requests.slashCommand("/report", "", user, TestBot.GENERAL).status()).isEqualTo(200);
        JsonNode form = awaitForm("report_submit", forms);
        return submit(user, form, Map.of(
                "category", select("phishing_mail"), "what", text(what), "when", text("today 9:30"),
                "system", text("Outlook on my laptop"), "observables", text("hxxps://examp1e[.]com/login")));
    }

    /** The triage post of a report, once the bot has posted it. */
    WorkspaceModel.Message triagePost(String reportId) {
        await().until(() -> messageContaining(TestBot.TRIAGE, reportId).isPresent());
        return messageContaining(TestBot.TRIAGE, reportId).orElseThrow();
    }

    /** A responder clicks Open an incident on the report's triage post and submits the declare form; the incident ID. */
    String declareFromTriage(String reportId, String responder, String title) {
        startDeclaringFromTriage(reportId, responder, title);
        await().until(() -> lastTextTo(responder).map(INCIDENT_ID::matcher).map(Matcher::find).orElse(false));
        return first(INCIDENT_ID, lastTextTo(responder).orElseThrow());
    }

    /** Open an incident clicked and the declare form submitted (S2, phishing, AMBER); Slack's answer to the submission. */
    SignedSlackRequests.Response startDeclaringFromTriage(String reportId, String responder, String title) {
        WorkspaceModel.Message post = triagePost(reportId);
        int forms = formsOf("incident_declare");
        requests.click(responder, TestBot.TRIAGE, post.ts(), "triage_declare", reportId);
        JsonNode form = awaitForm("incident_declare", forms);
        SignedSlackRequests.Response ack = submit(responder, form, Map.of("title", text(title), "severity", select("S2"),
                "category", select("phishing_mail"), "tlp", select("AMBER"), "confidential", checkboxes(),
                "invite_reporter", checkboxes()));
        assertThat(ack.status()).isEqualTo(200);
        assertThat(ack.body()).doesNotContain("errors");
        return ack;
    }

    /** The incident's room once its summary is pinned. */
    String roomOf(String incidentId) {
        await().until(() -> incident(incidentId).path("room").path("summaryPinned").asBoolean());
        return incident(incidentId).path("room").path("channelId").asText();
    }

    /** {@code /incident <text>} in a channel; what the person was told in the command's answer. */
    String incidentCommand(String user, String channel, String text) {
        SignedSlackRequests.Response ack = requests.slashCommand("/incident", text, user, channel);
        assertThat(ack.status()).isEqualTo(200);
        return ack.body().isEmpty() ? "" : read(ack.body()).path("text").asText();
    }

    /** The decision form as a person fills it in: two options, one chosen, approval {@code none|approver|executive}. */
    static Map<String, Map<String, Object>> decision(String question, String chosen, String other, String rationale,
                                                     String approval, String approver) {
        Map<String, Map<String, Object>> state = new java.util.LinkedHashMap<>();
        state.put("question", text(question));
        state.put("options", text("- " + chosen + "\n- " + other));
        state.put("chosen", text(chosen));
        state.put("rationale", text(rationale));
        state.put("approval", select(approval));
        state.put("approver", SlackPayloads.usersSelect(approver));
        return state;
    }

    /** Submits a modal the bot opened with this state (block ID to state value). */
    SignedSlackRequests.Response submit(String user, JsonNode form, Map<String, Map<String, Object>> state) {
        Map<String, Map<String, Object>> values = new java.util.LinkedHashMap<>();
        state.forEach((block, value) -> values.put(block, Map.of("value", value)));
        return requests.interaction(SlackPayloads.viewSubmission(user, form.path("callback_id").asText(),
                "V" + System.nanoTime(), form.path("private_metadata").asText(), values));
    }

    /** How many modals with this callback ID Slack has been asked to open so far. */
    int formsOf(String callbackId) {
        return (int) slack.views().stream().filter(v -> callbackId.equals(v.view().path("callback_id").asText())).count();
    }

    /** The next modal with this callback ID after {@code seen} of them. */
    JsonNode awaitForm(String callbackId, int seen) {
        await().until(() -> formsOf(callbackId) > seen);
        return slack.views().stream().filter(v -> callbackId.equals(v.view().path("callback_id").asText()))
                .skip(seen).findFirst().orElseThrow().view();
    }

    Optional<WorkspaceModel.Message> messageContaining(String channel, String text) {
        return slack.messages(channel).stream().filter(m -> String.valueOf(m.text()).contains(text)
                || String.valueOf(m.blocks()).contains(text)).findFirst();
    }

    /** The first of the bot's messages in a channel that has a button with this action ID (prefix). */
    Optional<WorkspaceModel.Message> messageWithButton(String channel, String actionIdPrefix) {
        return slack.messages(channel).stream().filter(m -> m.blocks() != null && m.blocks().findValues("action_id")
                .stream().anyMatch(a -> a.asText().startsWith(actionIdPrefix))).findFirst();
    }

    /** The value of the first button with this action ID (prefix) in a message. */
    static String buttonValue(WorkspaceModel.Message message, String actionIdPrefix) {
        for (JsonNode element : message.blocks().findParents("action_id")) {
            if (element.path("action_id").asText().startsWith(actionIdPrefix)) {
                return element.path("value").asText();
            }
        }
        throw new AssertionError("no button " + actionIdPrefix + " in " + message.blocks());
    }

    /** The text of the last direct message the bot sent this user, or of its last whisper to them. */
    Optional<String> lastTextTo(String user) {
        Optional<String> dm = slack.dm(user).flatMap(d -> slack.messages(d.id()).stream().reduce((a, b) -> b))
                .map(m -> m.text() + " " + m.blocks());
        return dm.or(() -> whispersTo(user).stream().reduce((a, b) -> b));
    }

    List<String> whispersTo(String user) {
        return slack.ephemerals().stream().filter(e -> user.equals(e.user())).map(e -> e.text() + " " + e.blocks()).toList();
    }

    JsonNode incident(String incidentId) {
        return api("/api/incidents/" + incidentId);
    }

    List<String> logKinds(String incidentId) {
        return api("/api/incidents/" + incidentId + "/log").findValues("kind").stream().map(JsonNode::asText).toList();
    }

    JsonNode api(String path) {
        return TestBot.api(port, path).body();
    }

    static Map<String, Object> text(String value) {
        return SlackPayloads.plainText(value);
    }

    static Map<String, Object> select(String value) {
        return SlackPayloads.staticSelect(value);
    }

    static Map<String, Object> checkboxes(String... values) {
        return SlackPayloads.checkboxes(values);
    }

    static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new AssertionError("no " + pattern + " in " + text);
        }
        return m.group();
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
