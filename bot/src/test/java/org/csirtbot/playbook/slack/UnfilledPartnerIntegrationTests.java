package org.csirtbot.playbook.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.csirtbot.testkit.PlaybookJourneys.form;
import static org.csirtbot.testkit.TestBot.RESPONDER;

import org.csirtbot.playbook.PlaybookRuns;
import org.csirtbot.playbook.StepMessage;
import org.csirtbot.testkit.ApiWrites;
import org.csirtbot.testkit.DeclaredIncident;
import org.csirtbot.testkit.Forms;
import org.csirtbot.testkit.PlaybookJourneys;
import org.csirtbot.testkit.SlackJourneyTest;
import org.csirtbot.testkit.TestBot;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 15 (X8): the organisation's own outside parties are starter entries of the directory with no contact; a notify
 * step naming one says so and where to fill it in, and shows the contact once the organisation has filled it in. This
 * class owns the {@code insurer} entry (other tests leave it as the starter list gives it).
 */
class UnfilledPartnerIntegrationTests extends SlackJourneyTest {

    @Autowired
    PlaybookRuns runs;

    @Test
    void theInsurerStepSaysTheContactIsUnfilledAndShowsThePhoneOnceItIsPut() {
        PlaybookJourneys walk = new PlaybookJourneys(slack, requests, port, () -> runs);
        DeclaredIncident incident = DeclaredIncident.declare(port, slack, RESPONDER,
                Forms.declaration("File server encrypted, ransom note on every share", "S1", "malware", "AMBER", false,
                        false));
        String runId = incident.id + "/ransomware";
        assertThat(incident.run(RESPONDER, "playbook ransomware")).contains("started");
        // the first aid done, the insurer is told alongside the isolation
        JsonNode firstAid = walk.clickForForm(RESPONDER, walk.stepMessage(runId, "p0.first_aid"),
                StepMessages.COMPLETE, runId);
        assertThat(walk.submit(RESPONDER, firstAid, form("__first_host__", "fs01", "__noticed_at__",
                "2004-08-02T09:30:00+09:00")).body()).doesNotContain("errors");

        StepMessage insurer = walk.stepMessage(runId, "pc.insurer");
        assertThat(walk.posted(insurer).toString()).contains("Tell the cyber insurer",
                "*Cyber insurer (write in the insurer's name)* (insurer, may receive up to TLP:AMBER)",
                ":warning: Contact not filled in: set it in the directory (`PUT /api/partners/insurer`, or the "
                        + "organisation’s partners file, `CSIRTBOT_PARTNERS_FILE`).");

        String filled = TestBot.api(port, "/api/partners/insurer").body().toString()
                .replace("\"contact24x7\":{\"phone\":\"\"", "\"contact24x7\":{\"phone\":\"+81-3-0000-7777\"")
                .replace("Cyber insurer (write in the insurer's name)", "Example Marine and Fire cyber desk");
        assertThat(ApiWrites.put(port, "/api/partners/insurer", filled, TestBot.PARTNERS_TOKEN).status())
                .isEqualTo(200);
        walk.click(RESPONDER, insurer, StepMessages.COMPLETE, runId);

        await().until(() -> !walk.updatesOf(insurer).isEmpty());
        String updated = walk.updatesOf(insurer).get(walk.updatesOf(insurer).size() - 1).get("blocks");
        assertThat(updated).contains("*Example Marine and Fire cyber desk* (insurer",
                "24/7: :telephone_receiver: +81-3-0000-7777").doesNotContain("Contact not filled in");
    }
}
