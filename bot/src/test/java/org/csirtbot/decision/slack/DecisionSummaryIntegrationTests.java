package org.csirtbot.decision.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.csirtbot.testkit.DecisionJourneys.form;
import static org.csirtbot.testkit.TestBot.RESPONDER;
import static org.csirtbot.testkit.TestBot.SECOND_RESPONDER;

import java.util.Map;

import org.csirtbot.sandbox.workspace.BlockKitLimits;
import org.csirtbot.sandbox.workspace.WorkspaceModel;
import org.csirtbot.storage.DecisionDocument;
import org.csirtbot.testkit.Forms;
import org.junit.jupiter.api.Test;

/** The room's pinned summary lists the incident's decisions, as the fake Slack holds the pinned message. */
class DecisionSummaryIntegrationTests extends DecisionRoomTest {

    @Override
    Map<String, Map<String, Object>> incident() {
        return Forms.declaration("Phishing wave", "S2", "phishing_mail", "AMBER", false, false);
    }

    @Test
    void thePinnedSummaryShowsADecisionWaitingAndThenWhoApprovedIt() {
        decide.giveRole(incidentId, "approver", SECOND_RESPONDER);
        DecisionDocument pending = decide.decide(RESPONDER, room, incidentId, form("Take <!channel> offline?",
                "- Take it offline\n- Keep it running", "take it offline", "It sends phishing", "approver", null), 1);

        await().until(() -> pinnedSummary().contains("DEC-1"));
        assertThat(pinnedSummary()).contains("*Decisions* (1 in all, 1 waiting for approval)",
                        "Take &lt;!channel&gt; offline?", "*Take it offline*", "proposed by <@" + RESPONDER + ">",
                        "waiting for approval by an approver of this incident")
                .doesNotContain("<!channel>");

        var review = decide.clickAndGetForm(SECOND_RESPONDER, decide.requestTo(pending, SECOND_RESPONDER), true, pending);
        decide.review(SECOND_RESPONDER, review, "Agreed");

        await().until(() -> pinnedSummary().contains("approved by <@" + SECOND_RESPONDER + ">"));
        assertThat(pinnedSummary()).contains("(1 in all, 0 waiting for approval)",
                "• *DEC-1* Take &lt;!channel&gt; offline? → *Take it offline* — proposed by <@" + RESPONDER
                        + ">, approved by <@" + SECOND_RESPONDER + ">");
    }

    @Test
    void theLatestFiveAreListedAndTheEarlierCountedWithinSlacksLimits() {
        String longest = "<".repeat(300);
        for (int i = 1; i <= 7; i++) {
            decide.decide(RESPONDER, room, incidentId, form(longest, "- A " + i + "\n- B", "A " + i, "why", "none",
                    null), 0);
        }

        await().until(() -> pinnedSummary().contains("DEC-7"));
        assertThat(pinnedSummary()).contains("(7 in all, 0 waiting for approval)", "DEC-3", "_and 2 earlier_",
                "recorded by <@" + RESPONDER + ">, no approval needed").doesNotContain("DEC-2", "DEC-1");
        WorkspaceModel.Message summary = slack.pins(room).get(0);
        assertThat(BlockKitLimits.checkMessage(summary.text(), summary.blocks())).isEmpty();
    }

    /** The blocks of the message pinned in the room, as Slack shows it now. */
    private String pinnedSummary() {
        return slack.pins(room).stream().findFirst().map(m -> String.valueOf(m.blocks())).orElse("");
    }
}
