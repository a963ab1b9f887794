package org.csirtbot.decision.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.csirtbot.testkit.DecisionJourneys.form;
import static org.csirtbot.testkit.TestBot.EXECUTIVE;
import static org.csirtbot.testkit.TestBot.EXEC_CHANNEL;
import static org.csirtbot.testkit.TestBot.RESPONDER;
import static org.csirtbot.testkit.TestBot.SECOND_RESPONDER;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.csirtbot.sandbox.workspace.BlockKitLimits;
import org.csirtbot.storage.DecisionDocument;
import org.csirtbot.testkit.DecisionJourneys;
import org.csirtbot.testkit.Forms;
import org.csirtbot.testkit.TestBot;
import org.csirtbot.testkit.fakeslack.FakeSlackWorkspace;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code /incident decide} and the approvals it asks for, over the real HTTP endpoint. */
class DecisionsIntegrationTests extends DecisionRoomTest {

    @Override
    Map<String, Map<String, Object>> incident() {
        return Forms.declaration("Phishing wave", "S2", "phishing_mail", "AMBER", false, false);
    }

    @Test
    void aDecisionWithoutApprovalIsStoredLoggedAndPostedInTheRoom() {
        JsonNode view = decide.openForm(RESPONDER, room, "Take the mail server offline?");
        assertThat(view.path("callback_id").asText()).isEqualTo("incident_decide");
        assertThat(view.toString()).contains("\"initial_value\":\"Take the mail server offline?\"");
        assertThat(BlockKitLimits.checkView(view)).isEmpty();

        var ack = decide.submit(RESPONDER, view, form("Take the mail server offline?",
                "- Take it offline\n\n• Keep it running and watch it\n", "  TAKE IT OFFLINE ",
                "It sends phishing <!channel> to customers", "none", null));

        assertThat(ack.status()).isEqualTo(200);
        assertThat(ack.body()).doesNotContain("errors");
        DecisionDocument stored = decide.latest(incidentId);
        assertThat(stored.decisionId()).isEqualTo("DEC-1");
        assertThat(stored.status()).isEqualTo("recorded");
        assertThat(stored.options()).containsExactly("Take it offline", "Keep it running and watch it");
        assertThat(stored.chosen()).isEqualTo("Take it offline");
        JsonNode entry = lastLogEntry();
        assertThat(entry.path("kind").asText()).isEqualTo("decision_recorded");
        assertThat(entry.path("actor").asText()).isEqualTo(RESPONDER);
        assertThat(entry.path("data").toString()).isEqualTo("{\"decisionId\":\"DEC-1\","
                + "\"question\":\"Take the mail server offline?\","
                + "\"options\":[\"Take it offline\",\"Keep it running and watch it\"],\"chosen\":\"Take it offline\","
                + "\"rationale\":\"It sends phishing <!channel> to customers\",\"approval\":\"none\"}");

        await().until(() -> decide.postsTo(room).stream().anyMatch(p -> p.contains("DEC-1")));
        var post = slack.calls("chat.postMessage").stream().filter(c -> room.equals(c.get("channel"))
                && c.get("text").contains("DEC-1")).findFirst().orElseThrow();
        String blocks = FakeSlackWorkspace.json(post, "blocks").toString();
        assertThat(blocks).contains("Take the mail server offline?", "Take it offline", "Keep it running and watch it",
                "&lt;!channel&gt;", "No approval needed").doesNotContain("<!channel>", "decision_approve");
        assertThat(BlockKitLimits.checkMessage(post.get("text"), FakeSlackWorkspace.json(post, "blocks"))).isEmpty();
        assertThat(slack.calls("chat.postMessage")).noneMatch(c -> String.valueOf(c.get("blocks")).contains("decision_approve"));
    }

    @Test
    void theSameSubmissionTwiceRecordsOneDecisionAndTheNextIsNumberedOn() {
        JsonNode view = decide.openForm(RESPONDER, room, "");
        String metadata = view.path("private_metadata").asText();
        decide.submit(RESPONDER, metadata, "VSAME01", form("none", null));
        decide.submit(RESPONDER, metadata, "VSAME01", form("none", null));
        decide.submit(RESPONDER, metadata, "VOTHER1", form("none", null));

        assertThat(decide.decisions(incidentId)).extracting(DecisionDocument::decisionId).containsExactly("DEC-1", "DEC-2");
        assertThat(journeys.logKinds(incidentId).stream().filter("decision_recorded"::equals)).hasSize(2);
    }

    @Test
    void anApproverApprovesAndTheRoomTheProposerAndTheRequestShowIt() {
        decide.giveRole(incidentId, "approver", SECOND_RESPONDER);
        DecisionDocument pending = decide.decide(RESPONDER, room, incidentId, form("approver", null), 1);
        assertThat(pending.status()).isEqualTo("pending");
        assertThat(lastLogEntry().path("data").path("approval").asText()).isEqualTo("approver");
        DecisionDocument.Request request = decide.requestTo(pending, SECOND_RESPONDER);
        assertThat(decide.postsTo(SECOND_RESPONDER)).singleElement().asString()
                .contains("Approval needed: DEC-1", "decision_approve", "decision_reject", "Take it offline");
        assertThat(decide.postsTo(room)).anyMatch(p -> p.contains("Waiting for approval by an approver"));

        JsonNode reviewForm = decide.clickAndGetForm(SECOND_RESPONDER, request, true, pending);
        assertThat(reviewForm.toString()).contains("\"optional\":true");
        assertThat(BlockKitLimits.checkView(reviewForm)).isEmpty();
        var ack = decide.review(SECOND_RESPONDER, reviewForm, "Agreed: stop the spread first");

        assertThat(ack.body()).doesNotContain("errors");
        JsonNode entry = lastLogEntry();
        assertThat(entry.path("kind").asText()).isEqualTo("decision_approved");
        assertThat(entry.path("actor").asText()).isEqualTo(SECOND_RESPONDER);
        assertThat(entry.path("data").toString())
                .isEqualTo("{\"decisionId\":\"DEC-1\",\"reason\":\"Agreed: stop the spread first\"}");
        DecisionDocument approved = decide.reload(pending);
        assertThat(approved.status()).isEqualTo("approved");
        assertThat(approved.decidedBy()).isEqualTo(SECOND_RESPONDER);

        await().until(() -> decide.postsTo(room).stream().anyMatch(p -> p.contains("approved by <@" + SECOND_RESPONDER)));
        await().until(() -> decide.postsTo(RESPONDER).stream().anyMatch(p -> p.contains("DEC-1 on " + incidentId
                + " was approved by <@" + SECOND_RESPONDER + "> on <!date^") && p.contains("stop the spread first")));
        await().until(() -> !decide.updatesOf(request).isEmpty());
        var update = decide.updatesOf(request).get(0);
        JsonNode blocks = FakeSlackWorkspace.json(update, "blocks");
        assertThat(Forms.actionIds(blocks)).isEmpty();
        assertThat(blocks.toString()).contains("approved by <@" + SECOND_RESPONDER + ">", "Take it offline");
        assertThat(BlockKitLimits.checkMessage(update.get("text"), blocks)).isEmpty();
    }

    @Test
    void anExecutiveRejectsAndMustSayWhy() throws Exception {
        DecisionDocument pending = decide.decide(RESPONDER, room, incidentId, form("executive", null), 2);
        assertThat(pending.requests()).extracting(DecisionDocument.Request::recipient)
                .containsExactlyInAnyOrder(EXECUTIVE, EXEC_CHANNEL);
        assertThat(decide.postsTo(EXEC_CHANNEL)).singleElement().asString().contains("asks an executive", "decision_reject");

        JsonNode reviewForm = decide.clickAndGetForm(EXECUTIVE, decide.requestTo(pending, EXEC_CHANNEL), false, pending);
        assertThat(reviewForm.toString()).contains("Reject DEC-1").doesNotContain("\"optional\":true");
        assertThat(DecisionJourneys.errors(decide.review(EXECUTIVE, reviewForm, "  ")).path("reason").asText())
                .contains("Please say why you reject it");
        assertThat(decide.reload(pending).status()).isEqualTo("pending");
        assertThat(journeys.logKinds(incidentId)).doesNotContain("decision_rejected");

        decide.review(EXECUTIVE, reviewForm, "Too early: we would lose the evidence on it");

        JsonNode entry = lastLogEntry();
        assertThat(entry.path("kind").asText()).isEqualTo("decision_rejected");
        assertThat(entry.path("actor").asText()).isEqualTo(EXECUTIVE);
        assertThat(entry.path("data").path("reason").asText()).isEqualTo("Too early: we would lose the evidence on it");
        assertThat(decide.reload(pending).status()).isEqualTo("rejected");
        await().until(() -> decide.postsTo(room).stream().anyMatch(p -> p.contains("rejected by <@" + EXECUTIVE)
                && p.contains("lose the evidence")));
        await().until(() -> decide.postsTo(RESPONDER).stream().anyMatch(p -> p.contains("was rejected")));
        for (DecisionDocument.Request request : pending.requests()) {
            await().until(() -> !decide.updatesOf(request).isEmpty());
            JsonNode blocks = FakeSlackWorkspace.json(decide.updatesOf(request).get(0), "blocks");
            assertThat(Forms.actionIds(blocks)).as(request.recipient()).isEmpty();
            assertThat(blocks.toString()).contains("rejected by <@" + EXECUTIVE + ">");
        }
    }

    @Test
    void theLongestDecisionFitsSlackEverywhereItIsShown() {
        decide.giveRole(incidentId, "approver", SECOND_RESPONDER);
        List<String> longest = IntStream.range(0, 10).mapToObj(i -> (i + "<&>".repeat(67)).substring(0, 200)).toList();
        DecisionDocument pending = decide.decide(RESPONDER, room, incidentId, form("<".repeat(300),
                String.join("\n", longest), longest.get(0), "<>&".repeat(666) + "<>", "approver", SECOND_RESPONDER), 1);

        assertThat(pending.options()).hasSize(10);
        assertThat(pending.rationale()).hasSize(2000);
        List<Map<String, String>> posts = slack.calls("chat.postMessage").stream()
                .filter(c -> c.containsKey("blocks")).toList();
        assertThat(posts).hasSizeGreaterThanOrEqualTo(2);
        posts.forEach(p -> assertThat(BlockKitLimits.checkMessage(p.get("text"), FakeSlackWorkspace.json(p, "blocks"))).isEmpty());
        JsonNode reviewForm = decide.clickAndGetForm(SECOND_RESPONDER, decide.requestTo(pending, SECOND_RESPONDER),
                false, pending);
        assertThat(BlockKitLimits.checkView(reviewForm)).isEmpty();
    }

    private JsonNode lastLogEntry() {
        JsonNode log = TestBot.api(port, "/api/incidents/" + incidentId + "/log").body();
        return log.get(log.size() - 1);
    }
}
