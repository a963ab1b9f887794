package org.csirtbot.report.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.csirtbot.report.slack.ShortcutPayloads.globalShortcut;
import static org.csirtbot.report.slack.ShortcutPayloads.messageShortcut;
import static org.csirtbot.testkit.TestBot.EMPLOYEE;
import static org.csirtbot.testkit.TestBot.GENERAL;
import static org.csirtbot.testkit.TestBot.TRIAGE;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.csirtbot.sandbox.workspace.SlackIds;
import org.csirtbot.sandbox.workspace.WorkspaceModel;
import org.csirtbot.slack.SlackTimestamps;
import org.csirtbot.testkit.Forms;
import org.csirtbot.testkit.SlackJourneyTest;
import org.csirtbot.testkit.SlackPayloads;
import org.csirtbot.testkit.TestBot;
import org.csirtbot.time.ReadableTimes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * "Report to CSIRT" on a Slack message opens the report form filled from that message, showing who wrote it, where,
 * and a link to it; the report keeps the message as evidence and the observables found in it, and joins a campaign
 * like any other. The global shortcut opens the empty form. The payloads are Slack's own (see ShortcutPayloads).
 */
class ReportFromSlackIntegrationTests extends SlackJourneyTest {

    static final String AUTHOR = "UWRITER01";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    ReadableTimes times;

    @Test
    void theMessageShortcutOpensTheFormFilledWithTheMessageItsAuthorChannelAndLink() {
        String ts = SlackIds.nextTs();
        String text = "IT here: log in at <https://sso-check.example.com/verify|the SSO page> &amp; tell nobody";
        String permalink = slack.messages().given(GENERAL, ts, AUTHOR, text);

        JsonNode view = slack.formOpenedBy(() -> assertThat(requests.interaction(
                messageShortcut(EMPLOYEE, GENERAL, ts, AUTHOR, text)).status()).isEqualTo(200));

        assertThat(view.path("callback_id").asText()).isEqualTo("report_submit");
        assertThat(intro(view)).contains("<@" + AUTHOR + ">", "<#" + GENERAL + ">", "<" + permalink + "|open it>");
        assertThat(initial(view, "what")).isEqualTo(
                "IT here: log in at <https://sso-check.example.com/verify|the SSO page> & tell nobody");
        assertThat(initial(view, "when")).isEqualTo(times.format(SlackTimestamps.toInstant(ts)));
        assertThat(initial(view, "system")).isEqualTo("Slack");
        assertThat(block(view, "category").at("/element/initial_option/value").asText()).isEqualTo("suspicious_link");
        assertThat(json(view.path("private_metadata").asText())).isEqualTo(JSON.valueToTree(Map.of("channel", GENERAL,
                "author", AUTHOR, "ts", ts, "permalink", permalink, "text", text)));
    }

    @Test
    void submittedItKeepsTheMessageAsEvidenceWithItsObservablesAndReachesTriage() {
        String domain = "slack-sso-" + System.nanoTime() + ".com";
        String ts = SlackIds.nextTs();
        String text = "Reset your password at https://" + domain + "/reset before 17:00";
        String permalink = slack.messages().given(GENERAL, ts, AUTHOR, text);
        JsonNode view = slack.formOpenedBy(() -> requests.interaction(messageShortcut(EMPLOYEE, GENERAL, ts, AUTHOR,
                text)));

        String reportId = submit(EMPLOYEE, view, "A DM in #general asks everyone to reset their password");

        JsonNode report = TestBot.api(port, "/api/reports/" + reportId).body();
        assertThat(report.path("message")).as("the message as it was, whatever the reporter wrote").isEqualTo(
                JSON.valueToTree(Map.of("channel", GENERAL, "author", AUTHOR, "ts", ts, "permalink", permalink,
                        "text", text)));
        assertThat(report.path("description").asText()).isEqualTo("A DM in #general asks everyone to reset their password");
        assertThat(found(report, "message")).containsExactly("URL:https://" + domain + "/reset", "DOMAIN:" + domain);
        await().until(() -> !TestBot.api(port, "/api/reports/" + reportId).body().path("triageTs").isNull());
        assertThat(journeys.postsTo(TRIAGE)).hasSize(1);
    }

    @Test
    void aSecondPersonReportingTheSameSlackMessageIsToldAtOnceThatItIsKnown() {
        String domain = "slack-gift-" + System.nanoTime() + ".com";
        String ts = SlackIds.nextTs();
        String text = "Claim your gift card: https://" + domain + "/claim";
        slack.messages().given(GENERAL, ts, AUTHOR, text);
        String first = submit(EMPLOYEE, slack.formOpenedBy(() -> requests.interaction(
                messageShortcut(EMPLOYEE, GENERAL, ts, AUTHOR, text))), "gift card scam");
        await().until(() -> !TestBot.api(port, "/api/reports/" + first).body().path("triageTs").isNull());

        JsonNode again = slack.formOpenedBy(() -> requests.interaction(messageShortcut("UWITNESS1", GENERAL, ts, AUTHOR,
                text)));
        var ack = requests.interaction(SlackPayloads.viewSubmission("UWITNESS1", "report_submit",
                "VMSG" + System.nanoTime(), again.path("private_metadata").asText(), form("the same gift card DM")));

        assertThat(ack.body()).contains("already known to the CSIRT and being handled");
    }

    @Test
    void theGlobalShortcutOpensTheEmptyForm() {
        JsonNode view = slack.formOpenedBy(() -> assertThat(requests.interaction(globalShortcut(EMPLOYEE)).status())
                .isEqualTo(200));

        assertThat(view.path("callback_id").asText()).isEqualTo("report_submit");
        assertThat(view.path("private_metadata").asText("")).isEmpty();
        assertThat(initial(view, "what")).isEmpty();
        assertThat(initial(view, "when")).isEmpty();
        assertThat(block(view, "category").at("/element/initial_option").isMissingNode()).isTrue();
        assertThat(view.path("blocks").toString()).doesNotContain("Reporting the message");
    }

    @Test
    void aMessageWithoutTextOpensTheFormAskingWhatIsSuspiciousAboutIt() {
        String ts = SlackIds.nextTs();
        slack.messages().given(GENERAL, ts, AUTHOR, "");

        JsonNode view = slack.formOpenedBy(() -> requests.interaction(messageShortcut(EMPLOYEE, GENERAL, ts, AUTHOR,
                "")));

        assertThat(intro(view)).contains("<@" + AUTHOR + ">", "has no text", "Say below what is suspicious");
        assertThat(initial(view, "what")).isEmpty();
        assertThat(block(view, "category").at("/element/initial_option/value").asText()).isEqualTo("other");
    }

    @Test
    void aTriggerSlackNoLongerTakesIsSaidPolitelyAndNothingIsFiled() {
        String ts = SlackIds.nextTs();
        slack.messages().given(GENERAL, ts, AUTHOR, "a message");
        slack.givenErrorOnce("views.open", "expired_trigger_id");

        assertThat(requests.interaction(messageShortcut(EMPLOYEE, GENERAL, ts, AUTHOR, "a message")).status())
                .isEqualTo(200);

        await().until(() -> toldTo(EMPLOYEE).size() == 1);
        assertThat(toldTo(EMPLOYEE).get(0).channel()).isEqualTo(GENERAL);
        assertThat(toldTo(EMPLOYEE).get(0).text()).isEqualTo("The report form could not open in time. Please try again.");
        assertThat(slack.calls("chat.postMessage")).as("nothing reached triage").isEmpty();
    }

    String submit(String user, JsonNode view, String what) {
        var ack = requests.interaction(SlackPayloads.viewSubmission(user, "report_submit", "VMSG" + System.nanoTime(),
                view.path("private_metadata").asText(), form(what)));
        assertThat(ack.status()).isEqualTo(200);
        return Forms.first(Forms.REPORT_ID, ack.body());
    }

    private static Map<String, Map<String, Object>> form(String what) {
        return Forms.report("suspicious_link", what, "just now", "Slack", null);
    }

    private List<WorkspaceModel.Ephemeral> toldTo(String user) {
        return slack.ephemerals().stream().filter(e -> user.equals(e.user())).toList();
    }

    /** The observables found in the report from this source, as {@code TYPE:value}. */
    private static List<String> found(JsonNode report, String source) {
        return StreamSupport.stream(report.path("found").spliterator(), false)
                .filter(f -> source.equals(f.path("source").asText()))
                .map(f -> f.at("/observable/type").asText() + ":" + f.at("/observable/value").asText()).toList();
    }

    static String intro(JsonNode view) {
        return view.at("/blocks/1/text/text").asText();
    }

    static String initial(JsonNode view, String blockId) {
        return block(view, blockId).at("/element/initial_value").asText("");
    }

    static JsonNode block(JsonNode view, String blockId) {
        return StreamSupport.stream(view.path("blocks").spliterator(), false)
                .filter(b -> blockId.equals(b.path("block_id").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no block " + blockId + " in " + view));
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new AssertionError(text, e);
        }
    }
}
