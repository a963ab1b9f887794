package org.csirtbot.decision.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.csirtbot.testkit.DecisionJourneys.errors;
import static org.csirtbot.testkit.DecisionJourneys.form;
import static org.csirtbot.testkit.DecisionJourneys.text;
import static org.csirtbot.testkit.TestBot.EMPLOYEE;
import static org.csirtbot.testkit.TestBot.EXECUTIVE;
import static org.csirtbot.testkit.TestBot.GENERAL;
import static org.csirtbot.testkit.TestBot.RESPONDER;
import static org.csirtbot.testkit.TestBot.SECOND_RESPONDER;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.csirtbot.storage.DecisionDocument;
import org.csirtbot.testkit.Forms;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Who may not decide or approve, late and doubled approvals, and bad decision forms: refused, nothing changed. */
class DecisionRefusalsIntegrationTests extends DecisionRoomTest {

    /** A second approver, who reads Japanese. */
    static final String JAPANESE_APPROVER = "UAPPRJA01";

    @Override
    Map<String, Map<String, Object>> incident() {
        return Forms.declaration("Account takeover", "S2", "account_misuse", "AMBER", false, false);
    }

    @Test
    void theProposerCannotApproveTheirOwnDecision() throws Exception {
        decide.giveRole(incidentId, "approver", RESPONDER);
        decide.giveRole(incidentId, "approver", SECOND_RESPONDER);
        assertThat(errors(decide.submit(RESPONDER, decide.openForm(RESPONDER, room, ""), form("approver", RESPONDER)))
                .path("approver").asText()).contains("cannot approve your own decision");
        assertThat(decide.decisions(incidentId)).isEmpty();

        DecisionDocument pending = decide.decide(RESPONDER, room, incidentId, form("approver", null), 1);
        assertThat(pending.requests()).extracting(DecisionDocument.Request::recipient).containsExactly(SECOND_RESPONDER);
        int opened = slack.count("views.open");
        decide.click(RESPONDER, decide.requestTo(pending, SECOND_RESPONDER), true, pending);

        assertThat(decide.whisperTo(RESPONDER)).contains("You proposed this decision");
        assertThat(slack.count("views.open")).isEqualTo(opened);
        assertUndecided(pending);
    }

    @Test
    void someoneWithoutTheRightToApproveIsRefusedPolitely() {
        decide.giveRole(incidentId, "approver", SECOND_RESPONDER);
        DecisionDocument byApprover = decide.decide(RESPONDER, room, incidentId, form("approver", null), 1);
        DecisionDocument byExecutive = decide.decide(RESPONDER, room, incidentId, form("executive", null), 2);
        int opened = slack.count("views.open");

        decide.click(EMPLOYEE, decide.requestTo(byApprover, SECOND_RESPONDER), true, byApprover);
        assertThat(decide.whisperTo(EMPLOYEE)).contains("Only the approvers of this incident");
        decide.click(SECOND_RESPONDER, decide.requestTo(byExecutive, EXECUTIVE), false, byExecutive);
        assertThat(decide.whisperTo(SECOND_RESPONDER)).contains("needs an executive’s approval");

        assertThat(slack.count("views.open")).isEqualTo(opened);
        assertUndecided(byApprover);
        assertUndecided(byExecutive);
    }

    @Test
    void aRequestsButtonsActOnlyWhereTheBotPostedThem() {
        decide.giveRole(incidentId, "approver", SECOND_RESPONDER);
        DecisionDocument pending = decide.decide(RESPONDER, room, incidentId, form("approver", null), 1);
        int opened = slack.count("views.open");

        requests.click(SECOND_RESPONDER, GENERAL, decide.requestTo(pending, SECOND_RESPONDER).ts(),
                "decision_approve", pending.incidentId() + "/" + pending.decisionId());

        assertThat(decide.whisperTo(SECOND_RESPONDER)).contains("This button works only where the bot posted it");
        assertThat(slack.count("views.open")).isEqualTo(opened);
        assertUndecided(pending);
    }

    @Test
    void whenTwoApproversActOnlyTheFirstDecidesAndTheOtherIsToldWhoDid() {
        slack.givenUserLocale(JAPANESE_APPROVER, "ja-JP");
        decide.giveRole(incidentId, "approver", SECOND_RESPONDER);
        decide.giveRole(incidentId, "approver", JAPANESE_APPROVER);
        DecisionDocument pending = decide.decide(RESPONDER, room, incidentId, form("approver", null), 2);
        assertThat(decide.postsTo(JAPANESE_APPROVER)).singleElement().asString().contains("承認のお願い");
        JsonNode first = decide.clickAndGetForm(SECOND_RESPONDER, decide.requestTo(pending, SECOND_RESPONDER), true, pending);
        JsonNode second = decide.clickAndGetForm(JAPANESE_APPROVER, decide.requestTo(pending, JAPANESE_APPROVER), false, pending);

        decide.review(SECOND_RESPONDER, first, "");
        var late = decide.review(JAPANESE_APPROVER, second, "別の案がよい");

        assertThat(late.body()).doesNotContain("errors");
        assertThat(decide.whisperTo(JAPANESE_APPROVER)).contains("<@" + SECOND_RESPONDER + "> が承認済み");
        int opened = slack.count("views.open");
        decide.click(JAPANESE_APPROVER, decide.requestTo(pending, JAPANESE_APPROVER), true, pending);
        await().until(() -> slack.calls("chat.postEphemeral").size() == 2);
        assertThat(slack.count("views.open")).isEqualTo(opened);
        DecisionDocument approved = decide.reload(pending);
        assertThat(approved.status()).isEqualTo("approved");
        assertThat(approved.decidedBy()).isEqualTo(SECOND_RESPONDER);
        assertThat(approved.reason()).isEmpty();
        assertThat(journeys.logKinds(incidentId)).containsOnlyOnce("decision_approved").doesNotContain("decision_rejected");
    }

    @Test
    void twoApproversSubmittingAtTheSameMomentGiveOneOutcome() {
        decide.giveRole(incidentId, "approver", SECOND_RESPONDER);
        decide.giveRole(incidentId, "approver", JAPANESE_APPROVER);
        DecisionDocument pending = decide.decide(RESPONDER, room, incidentId, form("approver", null), 2);
        JsonNode approve = decide.clickAndGetForm(SECOND_RESPONDER, decide.requestTo(pending, SECOND_RESPONDER), true, pending);
        JsonNode reject = decide.clickAndGetForm(JAPANESE_APPROVER, decide.requestTo(pending, JAPANESE_APPROVER), false, pending);

        CompletableFuture.allOf(CompletableFuture.runAsync(() -> decide.review(SECOND_RESPONDER, approve, "go")),
                CompletableFuture.runAsync(() -> decide.review(JAPANESE_APPROVER, reject, "no"))).join();

        List<String> outcomes = journeys.logKinds(incidentId).stream().filter(k -> k.startsWith("decision_a") || k.startsWith("decision_rej")).toList();
        assertThat(outcomes).hasSize(1);
        DecisionDocument decided = decide.reload(pending);
        assertThat(decided.status()).isEqualTo(outcomes.get(0).equals("decision_approved") ? "approved" : "rejected");
        String loser = decided.decidedBy().equals(SECOND_RESPONDER) ? JAPANESE_APPROVER : SECOND_RESPONDER;
        assertThat(decide.whisperTo(loser)).contains("<@" + decided.decidedBy() + ">");
        await().until(() -> decide.postsTo(room).stream().anyMatch(p -> p.contains("by <@" + decided.decidedBy())));
    }

    @Test
    void badFormInputsAreShownBesideTheirFieldsAndNothingIsStored() throws Exception {
        JsonNode view = decide.openForm(RESPONDER, room, "");
        assertThat(errors(decide.submit(RESPONDER, view, form("Q?", "-\n  \n•", "x", "why", "none", null)))
                .path("options").asText()).contains("at least one option");
        assertThat(errors(decide.submit(RESPONDER, view, form("Q?", "a\nb", "c", "why", "none", null)))
                .path("chosen").asText()).contains("one of the options");
        JsonNode several = errors(decide.submit(RESPONDER, view, form("q".repeat(301), "a\nb", "a", "  ", "none", null)));
        assertThat(several.path("question").asText()).contains("under 300 characters (it has 301)");
        assertThat(several.path("rationale").asText()).isEqualTo("Please fill this in.");
        assertThat(errors(decide.submit(RESPONDER, view, form("Q?", "a\nb", "a", "r".repeat(2001), "none", null)))
                .path("rationale").asText()).contains("2,000");
        assertThat(errors(decide.submit(RESPONDER, view, form("Q?", String.join("\n", "1 2 3 4 5 6 7 8 9 10 11".split(" ")),
                "1", "why", "none", null))).path("options").asText()).contains("at most 10 options");
        assertThat(errors(decide.submit(RESPONDER, view, form("Q?", "a\n" + "b".repeat(201), "a", "why", "none", null)))
                .path("options").asText()).contains("200");
        assertThat(errors(decide.submit(RESPONDER, view, form("none", SECOND_RESPONDER))).path("approver").asText())
                .contains("No approval is needed");
        assertThat(errors(decide.submit(RESPONDER, view, form("approver", SECOND_RESPONDER))).path("approver").asText())
                .contains("not an approver of " + incidentId);
        assertThat(errors(decide.submit(RESPONDER, view, form("executive", SECOND_RESPONDER))).path("approver").asText())
                .contains("not one of the executives");
        assertThat(errors(decide.submit(RESPONDER, view, form("approver", null))).path("approval").asText())
                .contains("/incident role approver");

        assertThat(decide.decisions(incidentId)).isEmpty();
        assertThat(journeys.logKinds(incidentId)).doesNotContain("decision_recorded");
        assertThat(decide.postsTo(room)).noneMatch(p -> p.contains("DEC-"));
    }

    @Test
    void onlyTheCommanderOrDeputyDecidesAndOnlyInTheRoom() throws Exception {
        int opened = slack.count("views.open");
        assertThat(text(requests.slashCommand("/incident", "decide Shut it down?", SECOND_RESPONDER, room)))
                .contains("Only the incident commander or deputy");
        assertThat(text(requests.slashCommand("/incident", "decide Shut it down?", RESPONDER, GENERAL)))
                .contains("incident room");
        assertThat(slack.count("views.open")).isEqualTo(opened);

        var forged = decide.submit(SECOND_RESPONDER, incidentId, "VFORGED9", form("none", null));
        assertThat(errors(forged).path("question").asText()).contains("Only the incident commander or deputy");
        decide.giveRole(incidentId, "deputy", SECOND_RESPONDER);
        assertThat(decide.openForm(SECOND_RESPONDER, room, "Shut it down?").path("callback_id").asText())
                .isEqualTo("incident_decide");

        assertThat(decide.decisions(incidentId)).isEmpty();
        assertThat(text(requests.slashCommand("/incident", "help", RESPONDER, GENERAL))).contains("/incident decide");
    }

    private void assertUndecided(DecisionDocument decision) {
        assertThat(decide.reload(decision).status()).isEqualTo("pending");
        assertThat(journeys.logKinds(incidentId)).doesNotContain("decision_approved", "decision_rejected");
    }
}
