package org.csirtbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.csirtbot.testkit.SlackPayloads.plainText;
import static org.csirtbot.testkit.SlackPayloads.staticSelect;
import static org.csirtbot.testkit.SlackPayloads.usersSelect;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.csirtbot.storage.DecisionDocument;
import org.csirtbot.storage.IncidentDocument;
import org.csirtbot.testkit.fakeslack.FakeSlackWorkspace;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Deciding and approving in Slack, step by step, over the real HTTP path; what is stored, read from MongoDB. */
public final class DecisionJourneys {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FakeSlackWorkspace slack;
    private final SignedSlackRequests requests;
    private final MongoTemplate mongo;

    public DecisionJourneys(FakeSlackWorkspace slack, SignedSlackRequests requests, MongoTemplate mongo) {
        this.slack = slack;
        this.requests = requests;
        this.mongo = mongo;
    }

    /** The decision form as a person types it: options one a line; approval {@code none|approver|executive}. */
    public static Map<String, Map<String, Object>> form(String question, String options, String chosen, String rationale,
                                                 String approval, String approver) {
        Map<String, Map<String, Object>> state = new LinkedHashMap<>();
        state.put("question", Map.of("value", plainText(question)));
        state.put("options", Map.of("value", plainText(options)));
        state.put("chosen", Map.of("value", plainText(chosen)));
        state.put("rationale", Map.of("value", plainText(rationale)));
        state.put("approval", Map.of("value", staticSelect(approval)));
        state.put("approver", Map.of("value", usersSelect(approver)));
        return state;
    }

    public static Map<String, Map<String, Object>> form(String approval, String approver) {
        return form("Take the mail server offline?", "- Take it offline\n- Keep it running and watch it",
                "take it offline", "It is sending phishing to customers", approval, approver);
    }

    /**
     * Gives {@code userId} a role on the incident the way the role command stores it: an element of the incident's
     * {@code roles} array shaped as {@link IncidentDocument.RoleHolder} ({@code {role: "approver", userId, since}}).
     */
    public void giveRole(String incidentId, String role, String userId) {
        mongo.updateFirst(query(where("_id").is(incidentId)),
                new Update().push("roles", new IncidentDocument.RoleHolder(role, userId, Instant.now())),
                IncidentDocument.class);
    }

    /** Runs {@code /incident decide} in the room and returns the form Slack was asked to open. */
    public JsonNode openForm(String user, String room, String question) {
        return slack.formOpenedBy(() ->
                assertThat(requests.slashCommand("/incident", "decide " + question, user, room).status()).isEqualTo(200));
    }

    public SignedSlackRequests.Response submit(String user, JsonNode view, Map<String, Map<String, Object>> form) {
        return submit(user, view.path("private_metadata").asText(), "VDECIDE" + System.nanoTime(), form);
    }

    public SignedSlackRequests.Response submit(String user, String metadata, String viewId,
                                        Map<String, Map<String, Object>> form) {
        return requests.interaction(SlackPayloads.viewSubmission(user, "incident_decide", viewId, metadata, form));
    }

    /** Opens the form, submits it, and returns the decision once its approval requests (if any) are sent. */
    public DecisionDocument decide(String user, String room, String incidentId, Map<String, Map<String, Object>> form,
                            int requestsExpected) {
        var ack = submit(user, openForm(user, room, ""), form);
        assertThat(ack.body()).doesNotContain("errors");
        await().until(() -> latest(incidentId) != null && latest(incidentId).requests().size() == requestsExpected);
        return latest(incidentId);
    }

    /** The incident's most recent decision, or null. */
    public DecisionDocument latest(String incidentId) {
        List<DecisionDocument> all = decisions(incidentId);
        return all.isEmpty() ? null : all.get(all.size() - 1);
    }

    public List<DecisionDocument> decisions(String incidentId) {
        return mongo.find(query(where("incidentId").is(incidentId)).with(Sort.by("proposedAt")),
                DecisionDocument.class);
    }

    public DecisionDocument reload(DecisionDocument d) {
        return mongo.findById(d.id(), DecisionDocument.class);
    }

    /** The request for approval sent to {@code recipient}. */
    public DecisionDocument.Request requestTo(DecisionDocument d, String recipient) {
        return d.requests().stream().filter(r -> r.recipient().equals(recipient)).findFirst()
                .orElseThrow(() -> new AssertionError("no request to " + recipient + " in " + d.requests()));
    }

    /** Clicks Approve or Reject on a request for approval. */
    public void click(String user, DecisionDocument.Request on, boolean approve, DecisionDocument d) {
        requests.click(user, on.channel(), on.ts(), approve ? "decision_approve" : "decision_reject",
                d.incidentId() + "/" + d.decisionId());
    }

    public JsonNode clickAndGetForm(String user, DecisionDocument.Request on, boolean approve, DecisionDocument d) {
        JsonNode view = slack.formOpenedBy(() -> click(user, on, approve, d));
        assertThat(view.path("callback_id").asText()).isEqualTo("decision_review");
        return view;
    }

    public SignedSlackRequests.Response review(String user, JsonNode view, String reason) {
        return requests.interaction(SlackPayloads.viewSubmission(user, "decision_review", "VREVIEW" + System.nanoTime(),
                view.path("private_metadata").asText(), Map.of("reason", Map.of("value", plainText(reason)))));
    }

    /** What the bot whispered to {@code user} (chat.postEphemeral), waiting for the first. */
    public String whisperTo(String user) {
        await().until(() -> slack.calls("chat.postEphemeral").stream().anyMatch(c -> user.equals(c.get("user"))));
        return slack.calls("chat.postEphemeral").stream().filter(c -> user.equals(c.get("user")))
                .reduce((a, b) -> b).orElseThrow().get("text");
    }

    /** Messages posted to a channel or user, their text and blocks together; the executive summaries left out. */
    public List<String> postsTo(String channel) {
        return slack.calls("chat.postMessage").stream().filter(c -> channel.equals(c.get("channel")))
                .filter(c -> !SlackJourneys.isExecSummary(c))
                .map(c -> c.get("text") + " " + c.getOrDefault("blocks", "")).toList();
    }

    /** The updates of one message. */
    public List<Map<String, String>> updatesOf(DecisionDocument.Request request) {
        return slack.calls("chat.update").stream()
                .filter(c -> request.channel().equals(c.get("channel")) && request.ts().equals(c.get("ts"))).toList();
    }

    /** The errors a form submission was answered with, by block ID. */
    public static JsonNode errors(SignedSlackRequests.Response ack) throws Exception {
        assertThat(ack.status()).isEqualTo(200);
        JsonNode body = JSON.readTree(ack.body());
        assertThat(body.path("response_action").asText()).isEqualTo("errors");
        return body.path("errors");
    }

    /** The text of a slash command's answer. */
    public static String text(SignedSlackRequests.Response ack) throws Exception {
        assertThat(ack.status()).isEqualTo(200);
        return JSON.readTree(ack.body()).path("text").asText();
    }
}
