package org.csirtbot.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.csirtbot.testkit.SlackPayloads.plainText;
import static org.csirtbot.testkit.TestBot.EMPLOYEE;
import static org.csirtbot.testkit.TestBot.RESPONDER;
import static org.csirtbot.testkit.TestBot.TRIAGE;

import java.util.Map;

import org.csirtbot.sandbox.workspace.BlockKitLimits;
import org.csirtbot.sandbox.workspace.WorkspaceModel;
import org.csirtbot.testkit.ApiWrites;
import org.csirtbot.testkit.Forms;
import org.csirtbot.testkit.SignedSlackRequests;
import org.csirtbot.testkit.SlackPayloads;
import org.csirtbot.testkit.TestBot;
import org.csirtbot.testkit.SlackJourneyTest;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An advisory from the feed is asked about in the triage channel ("are we exposed?"): only responders answer, Checking
 * and Not affected (with a reason) are kept with who decided and listed by {@code GET /api/intake?kind=advisory}, and
 * Open an incident declares through triage's form, which marks the advisory.
 */
class AdvisoryIntegrationTests extends SlackJourneyTest {

    @Test
    void respondersAnswerAnAdvisoryAndTheAnswerIsKeptWithWhoGaveIt() {
        String id = advisory("Critical flaw in <VPN> appliance " + System.nanoTime());
        await().until(() -> post(id) != null);
        WorkspaceModel.Message post = post(id);
        String ts = post.ts();
        assertThat(post.text()).contains("Advisory: Critical flaw in &lt;VPN&gt; appliance", "are we exposed?");
        assertThat(post.blocks().toString()).contains("&lt;VPN&gt;", "Unverified notifier", "Shortened here");
        assertThat(Forms.actionIds(post.blocks())).contains("advisory_not_affected", "advisory_checking",
                "advisory_incident");
        assertThat(BlockKitLimits.checkMessage(post.text(), post.blocks())).isEmpty();

        int whispers = slack.count("chat.postEphemeral");
        requests.click(EMPLOYEE, TRIAGE, ts, "advisory_checking", id);
        await().until(() -> slack.count("chat.postEphemeral") == whispers + 1);
        assertThat(listed(id).path("status").asText()).isEqualTo("new");

        requests.click(RESPONDER, TRIAGE, ts, "advisory_checking", id);
        await().until(() -> listed(id).path("status").asText().equals("checking"));
        assertThat(listed(id).path("decidedBy").asText()).isEqualTo(RESPONDER);
        await().until(() -> updated(ts).contains("is checking whether we are exposed"));

        JsonNode form = slack.formOpenedBy(() -> requests.click(RESPONDER, TRIAGE, ts, "advisory_not_affected", id));
        assertThat(form.path("callback_id").asText()).isEqualTo("advisory_reason");
        var empty = submit(form, " ");
        assertThat(empty.body()).contains("\"reason\":\"Please fill this in.\"");
        assertThat(listed(id).path("status").asText()).isEqualTo("checking");
        var ack = submit(form, "We run no such <appliance>.");
        assertThat(ack.body()).isEmpty();
        await().until(() -> listed(id).path("status").asText().equals("not_affected"));
        assertThat(listed(id).path("reason").asText()).isEqualTo("We run no such <appliance>.");
        await().until(() -> updated(ts).contains("Not affected, said <@" + RESPONDER + ">: We run no such &lt;appliance&gt;."));
    }

    @Test
    void openAnIncidentDeclaresThroughTriageAndMarksTheAdvisory() {
        String id = advisory("Exploited flaw in our mail server " + System.nanoTime());
        await().until(() -> post(id) != null);
        String ts = post(id).ts();

        JsonNode form = slack.formOpenedBy(() -> requests.click(RESPONDER, TRIAGE, ts, "advisory_incident", id));
        assertThat(form.path("callback_id").asText()).isEqualTo("incident_declare");
        var ack = requests.interaction(SlackPayloads.viewSubmission(RESPONDER, "incident_declare",
                "V" + System.nanoTime(), form.path("private_metadata").asText(),
                Forms.declaration("Mail server exposed", "S2", "other", "AMBER", false, false)));
        assertThat(ack.body()).doesNotContain("errors");

        await().until(() -> listed(id).path("status").asText().equals("incident"));
        assertThat(listed(id).path("decidedBy").asText()).isEqualTo(RESPONDER);
        assertThat(listed(id).path("incidentId").asText()).matches("INC-\\d{4}-\\d{4}");
        await().until(() -> updated(ts).contains("Opened as incident " + listed(id).path("incidentId").asText()));
    }

    private String advisory(String subject) {
        var created = ApiWrites.post(port, "/api/intake", TestJson.object(Map.of("kind", "advisory",
                "from", "cisa-kev-feed", "subject", subject, "body", "Patch now. " + "y".repeat(4000),
                "reference", "KEV-" + System.nanoTime(), "url", "https://www.cisa.gov/kev")), TestBot.INTAKE_TOKEN);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().path("id").asText()).matches("ADV-\\d{4}-\\d{6}");
        return created.body().path("id").asText();
    }

    private SignedSlackRequests.Response submit(JsonNode form, String reason) {
        return requests.interaction(SlackPayloads.viewSubmission(RESPONDER, "advisory_reason",
                "V" + System.nanoTime(), form.path("private_metadata").asText(),
                Map.of("reason", Map.of("value", plainText(reason)))));
    }

    /** The advisory's message in triage as it stands now: its buttons carry its ID. */
    private WorkspaceModel.Message post(String id) {
        return slack.messages(TRIAGE).stream().filter(m -> String.valueOf(m.blocks()).contains("\"" + id + "\""))
                .findFirst().orElse(null);
    }

    private String updated(String ts) {
        return slack.messages(TRIAGE).stream().filter(m -> ts.equals(m.ts())).map(m -> String.valueOf(m.blocks()))
                .findFirst().orElse("");
    }

    private JsonNode listed(String id) {
        for (JsonNode item : TestBot.api(port, "/api/intake?kind=advisory").body()) {
            if (item.path("id").asText().equals(id)) {
                return item;
            }
        }
        throw new AssertionError(id + " is not listed");
    }
}
