package org.csirtbot.comms.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.csirtbot.testkit.TestBot.GENERAL;
import static org.csirtbot.testkit.TestBot.RESPONDER;
import static org.csirtbot.testkit.TestBot.SECOND_RESPONDER;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.csirtbot.playbook.PlaybookRuns;
import org.csirtbot.playbook.StepMessage;
import org.csirtbot.testkit.BackgroundWork;
import org.csirtbot.testkit.DeclaredIncident;
import org.csirtbot.testkit.Forms;
import org.csirtbot.testkit.PlaybookJourneys;
import org.csirtbot.testkit.SignedSlackRequests;
import org.csirtbot.testkit.SlackJourneyTest;
import org.csirtbot.testkit.SlackPayloads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code /incident comms} in an incident room, over the real HTTP path: a communication drafted from its template,
 * edited into new versions, rejected, re-drafted, approved by someone other than its drafter and marked sent, each step
 * logged with the text's hash and told in the room; and every refusal polite, private, and leaving nothing recorded.
 */
class CommsIntegrationTests extends SlackJourneyTest {

    static final String APPROVER = "UAPPROVE7";
    static final String SPOKESPERSON = SECOND_RESPONDER;

    @Autowired
    ApplicationContext app;
    @Autowired
    PlaybookRuns runs;
    DeclaredIncident incident;

    @BeforeEach
    void declare() {
        incident = DeclaredIncident.declare(port, slack, RESPONDER,
                Forms.declaration("Phishing wave", "S2", "phishing_mail", "GREEN", false, false));
        incident.run(RESPONDER, "role comms <@" + SPOKESPERSON + ">");
        incident.run(RESPONDER, "role approver <@" + APPROVER + ">");
    }

    @Test
    void aNoticeIsDraftedEditedRejectedRedraftedApprovedBySomeoneElseAndMarkedSent() {
        assertThat(incident.run(SPOKESPERSON, "comms")).contains("*Communications of " + incident.id + "*", "None yet.",
                "`employees` employee notice", "`individuals` notice to affected individuals (本人通知)",
                "`media` media holding statement");

        JsonNode form = openForm(SPOKESPERSON, "comms draft employees ja");
        assertThat(form.path("callback_id").asText()).isEqualTo("incident_comms");
        assertThat(initial(form, "subject")).isEqualTo("フィッシングメールに関するお知らせとお詫び");
        assertThat(initial(form, "text")).startsWith("従業員各位").contains("お詫び申し上げます", "5．お問い合わせ窓口",
                "管理番号：" + incident.id + "「Phishing wave」");
        String v1 = initial(form, "text").replace("【いつ、何が起き、どのように判明したかを記入】",
                "12月7日朝、<!channel> 宛てに偽の請求書メールが届きました & 3名が開封しました。");
        submit(SPOKESPERSON, form, "フィッシングメールに関するお知らせとお詫び", v1);

        String drafted = roomPost("COMMS-1 v1");
        assertThat(drafted).contains("<@" + SPOKESPERSON + "> drafted *COMMS-1 v1*, employee notice (ja) · hash `"
                        + sha256("フィッシングメールに関するお知らせとお詫び\n" + v1).substring(0, 12) + "`",
                "*フィッシングメールに関するお知らせとお詫び*", "&lt;!channel&gt; 宛てに偽の請求書メールが届きました &amp; 3名",
                "`/incident comms approve COMMS-1 1`").doesNotContain("<!channel>");

        JsonNode edit = openForm(SPOKESPERSON, "comms edit COMMS-1");
        assertThat(initial(edit, "text")).isEqualTo(v1);
        String v2 = v1 + "\n追記: 開封した3名のパスワードは変更済みです。";
        submit(SPOKESPERSON, edit, "フィッシングメールに関するお知らせとお詫び", v2);
        roomPost("COMMS-1 v2");

        assertThat(incident.run(APPROVER, "comms approve COMMS-1 1"))
                .isEqualTo("v1 is not the latest version of COMMS-1 (v2 is): only the latest can be approved or rejected. "
                        + "Nothing was recorded.");
        assertThat(incident.run(APPROVER, "comms reject COMMS-1 v2 Say what staff must do & by when"))
                .isEqualTo("You rejected *COMMS-1 v2*; the room is told, with your reason.");
        assertThat(roomPost("rejected *COMMS-1 v2*")).contains("<@" + APPROVER + "> rejected",
                "Say what staff must do &amp; by when", "`/incident comms edit COMMS-1`");
        assertThat(incident.run(SPOKESPERSON, "comms sent COMMS-1 email to all staff")).isEqualTo("The latest version of "
                + "COMMS-1, v2, is rejected, not approved, so it cannot be marked sent: only an approved text may go out. "
                + "Nothing was recorded.");

        JsonNode redraft = openForm(RESPONDER, "comms edit comms-1");
        String v3 = v2 + "\nお願い: 同じ件名のメールは開かずに削除してください。";
        submit(RESPONDER, redraft, "【重要】フィッシングメールに関するお知らせとお詫び", v3);
        roomPost("COMMS-1 v3");
        assertThat(incident.run(RESPONDER, "comms approve COMMS-1 3")).isEqualTo("You drafted v3 of COMMS-1, so someone "
                + "else must approve or reject it (four eyes). Nothing was recorded.");
        assertThat(incident.run(SPOKESPERSON, "comms approve COMMS-1 3"))
                .contains("Only the approvers of this incident can approve this.");

        String v3Hash = sha256("【重要】フィッシングメールに関するお知らせとお詫び\n" + v3);
        assertThat(incident.run(APPROVER, "comms approve COMMS-1 v3"))
                .isEqualTo("You approved *COMMS-1 v3* (hash `" + v3Hash.substring(0, 12) + "`); the room is told. "
                        + "Only this exact text may go out.");
        assertThat(roomPost("approved *COMMS-1 v3*")).contains("<@" + APPROVER + "> approved *COMMS-1 v3*, employee notice "
                + "· hash `" + v3Hash.substring(0, 12) + "` (drafted by <@" + RESPONDER + ">)");
        assertThat(incident.run(APPROVER, "comms approve COMMS-1 3")).contains("v3 of COMMS-1 is approved already");

        assertThat(incident.run(SPOKESPERSON, "comms sent COMMS-1 email to all staff & &lt;!channel&gt;"))
                .startsWith("Recorded: you sent *COMMS-1 v3* (hash `" + v3Hash.substring(0, 12) + "`) to email to all "
                        + "staff &amp; &lt;!channel&gt;").contains("csirtbot itself never sends anything outside Slack");
        assertThat(roomPost("sent *COMMS-1 v3*")).contains("<@" + SPOKESPERSON + "> sent *COMMS-1 v3*",
                "email to all staff &amp; &lt;!channel&gt;", "csirtbot itself sends nothing outside Slack")
                .doesNotContain("<!channel>");

        assertThat(incident.run(SPOKESPERSON, "comms")).contains("*COMMS-1 v3* · employee notice (ja) · approved by <@"
                + APPROVER + ">, sent: email to all staff &amp; &lt;!channel&gt; (by <@" + SPOKESPERSON + ">) · hash `"
                + v3Hash.substring(0, 12) + "` · “【重要】フィッシングメールに関するお知らせとお詫び”");
        assertLogged(v1, v2, v3);
    }

    /** Every step in the log with its hash: each version's the SHA-256 of its subject and text, recomputed here. */
    private void assertLogged(String v1, String v2, String v3) {
        List<JsonNode> comms = entries("comms_");
        assertThat(comms).extracting(e -> e.path("kind").asText() + " v" + e.path("data").path("version").asInt())
                .containsExactly("comms_drafted v1", "comms_drafted v2", "comms_rejected v2", "comms_drafted v3",
                        "comms_approved v3", "comms_sent v3");
        assertThat(comms).extracting(e -> e.path("actor").asText())
                .containsExactly(SPOKESPERSON, SPOKESPERSON, APPROVER, RESPONDER, APPROVER, SPOKESPERSON);
        String subject = "フィッシングメールに関するお知らせとお詫び";
        List<String> texts = List.of(subject + "\n" + v1, subject + "\n" + v2, "【重要】" + subject + "\n" + v3);
        List<JsonNode> drafts = comms.stream().filter(e -> e.path("kind").asText().equals("comms_drafted")).toList();
        for (int i = 0; i < 3; i++) {
            JsonNode d = drafts.get(i).path("data");
            assertThat(d.path("comms").asText()).isEqualTo("COMMS-1");
            assertThat(d.path("template").asText()).isEqualTo("employees");
            assertThat(d.path("locale").asText()).isEqualTo("ja");
            assertThat(d.path("subject").asText() + "\n" + d.path("text").asText()).isEqualTo(texts.get(i));
            assertThat(d.path("hash").asText()).isEqualTo(sha256(texts.get(i)));
        }
        assertThat(comms.get(2).path("data").path("hash").asText()).isEqualTo(sha256(texts.get(1)));
        assertThat(comms.get(2).path("data").path("reason").asText()).isEqualTo("Say what staff must do & by when");
        assertThat(comms.get(4).path("data").toString()).isEqualTo("{\"comms\":\"COMMS-1\",\"version\":3,\"hash\":\""
                + sha256(texts.get(2)) + "\"}");
        assertThat(comms.get(5).path("data").path("hash").asText()).isEqualTo(sha256(texts.get(2)));
        assertThat(comms.get(5).path("data").path("where").asText()).isEqualTo("email to all staff & <!channel>");
    }

    @Test
    void badInputAndRefusalsAreAnsweredPrivatelyAndRecordNothing() {
        submit(SPOKESPERSON, openForm(SPOKESPERSON, "comms draft customers en"), "Notice", "Dear customers, …");
        roomPost("COMMS-1 v1");
        int logged = incident.log().size();

        assertThat(incident.run(SPOKESPERSON, "comms draft leaflet")).contains("`leaflet` is not a template.",
                "`customers` customer notice");
        assertThat(incident.run(SPOKESPERSON, "comms draft &lt;!channel&gt;")).contains("`&lt;!channel&gt;` is not a template");
        assertThat(incident.run(SPOKESPERSON, "comms draft public fr")).contains("`public fr`: the templates are in `en` and `ja`");
        assertThat(incident.run(SPOKESPERSON, "comms approve")).contains("*Using /incident comms*");
        assertThat(incident.run(SPOKESPERSON, "comms publish COMMS-1")).contains("*Using /incident comms*");
        assertThat(incident.run(APPROVER, "comms reject COMMS-1 1")).contains("Please say why");
        assertThat(incident.run(APPROVER, "comms reject COMMS-1 1 " + "x".repeat(501))).contains("under 500 characters");
        assertThat(incident.run(APPROVER, "comms approve COMMS-9 1")).contains("This incident has no COMMS-9");
        assertThat(incident.run(APPROVER, "comms approve COMMS-1 4")).contains("COMMS-1 has no version 4; its latest is v1");
        assertThat(incident.run(SPOKESPERSON, "comms sent COMMS-1")).contains("Please say where it was sent");
        assertThat(incident.run(SPOKESPERSON, "comms sent COMMS-1 corporate website")).contains("is a draft, not approved");
        assertThat(incident.run(SPOKESPERSON, "comms edit COMMS-9")).contains("This incident has no COMMS-9");
        assertThat(incident.run(APPROVER, "comms draft employees")).contains("Only the incident’s commander, deputy or comms role");
        assertThat(requests.slashCommand("/incident", "comms approve COMMS-1 1", APPROVER, GENERAL).body())
                .contains("incident room");
        assertThat(requests.slashCommand("/incident", "help", RESPONDER, GENERAL).body())
                .contains("`/incident comms` in an incident room lists its communications");

        JsonNode stale = openForm(SPOKESPERSON, "comms edit COMMS-1");
        submit(SPOKESPERSON, openForm(SPOKESPERSON, "comms edit COMMS-1"), "Notice", "Dear customers, v2");
        roomPost("COMMS-1 v2");
        var refused = submitForm(SPOKESPERSON, stale, "Notice", "Dear customers, from the stale form");
        assertThat(refused.body()).contains("errors", "Someone saved a newer version of COMMS-1 (v2)");
        var empty = submitForm(SPOKESPERSON, stale, "", "x".repeat(3001));
        assertThat(empty.body()).contains("Please fill this in.", "Please keep this under");

        BackgroundWork.drain(app);
        assertThat(entries("comms_")).extracting(e -> e.path("kind").asText() + " v" + e.path("data").path("version").asInt())
                .containsExactly("comms_drafted v1", "comms_drafted v2");
        assertThat(incident.log().size()).isEqualTo(logged + 1);
    }

    @Test
    void aPressQaIsDraftedFromAPlaybooksStarterAndApprovedLikeEveryOtherText() {
        assertThat(incident.run(SPOKESPERSON, "comms")).contains("`press-qa` press questions and answers (想定問答)",
                "Starters of `press-qa` for a playbook: `ransomware` · `personal-data-breach` · `website-defacement` · "
                        + "`ddos` (`/incident comms draft press-qa &lt;starter&gt; [en|ja]`)");

        JsonNode form = openForm(SPOKESPERSON, "comms draft press-qa ransomware ja");
        assertThat(initial(form, "subject")).isEqualTo("フィッシングメールに関する想定問答（報道対応・社外秘）");
        assertThat(initial(form, "text")).startsWith("広報担当者用（社外秘・配布不可）").containsSubsequence(
                "問1．何が起きたのか。", "問3．影響を受けた人数", "問6．なぜ公表が遅れたのか。",
                "問7．身代金の要求はあったのか。支払ったのか。", "当社は身代金を支払わない方針です", "問8．誰の犯行か。",
                "問10．情報は盗まれたのか。");
        String answered = initial(form, "text").replace("【確認済みの人数。未確定の場合は「現在調査中であり、確定次第お知らせいたします」】",
                "現時点で影響を確認しているお客様は3名です。");
        String subject = "フィッシングメールに関する想定問答（報道対応・社外秘）";
        submit(SPOKESPERSON, form, subject, answered);
        String hash = sha256(subject + "\n" + answered).substring(0, 12);
        assertThat(roomPost("COMMS-1 v1")).contains("<@" + SPOKESPERSON + "> drafted *COMMS-1 v1*, press questions and "
                + "answers (想定問答) (ja) · hash `" + hash + "`", "`/incident comms approve COMMS-1 1`");

        assertThat(incident.run(SPOKESPERSON, "comms approve COMMS-1 1")).contains("Only the approvers");
        assertThat(incident.run(APPROVER, "comms approve COMMS-1 1")).isEqualTo("You approved *COMMS-1 v1* (hash `" + hash
                + "`); the room is told. Only this exact text may go out.");
        assertThat(incident.run(SPOKESPERSON, "comms sent COMMS-1 press conference 15:00"))
                .startsWith("Recorded: you sent *COMMS-1 v1*");

        JsonNode english = openForm(SPOKESPERSON, "comms draft press-qa");
        assertThat(initial(english, "subject")).isEqualTo("Press Q&A on a phishing e-mail campaign (for the spokesperson; "
                + "not for distribution)");
        assertThat(initial(english, "text")).contains("Q5. What should customers do?", "Q8. Who did it?")
                .doesNotContain("Q10.");

        int logged = incident.log().size();
        assertThat(incident.run(SPOKESPERSON, "comms draft press-qa phishing")).contains("`press-qa phishing`: the "
                + "templates are in `en` and `ja`", "Starters of `press-qa` for a playbook: `ransomware`");
        assertThat(incident.run(SPOKESPERSON, "comms draft press-qa ddos ja now")).contains("the templates are in");
        assertThat(incident.run(SPOKESPERSON, "comms draft employees ransomware")).contains("`employees ransomware`: the "
                + "templates are in `en` and `ja`").doesNotContain("Starters");
        assertThat(incident.run(APPROVER, "comms draft press-qa ransomware")).contains("Only the incident’s commander");
        BackgroundWork.drain(app);
        assertThat(incident.log().size()).isEqualTo(logged);
        assertThat(entries("comms_")).extracting(e -> e.path("kind").asText())
                .containsExactly("comms_drafted", "comms_approved", "comms_sent");
        assertThat(entries("comms_drafted").get(0).path("data").path("template").asText()).isEqualTo("press-qa");
    }

    @Test
    void aPlaybookNoticeWithATemplateShowsItsApprovedVersionOrHowToDraftOne() {
        PlaybookJourneys walk = new PlaybookJourneys(slack, requests, port, () -> runs);
        String runId = incident.id + "/comms-test";
        assertThat(incident.run(RESPONDER, "playbook comms-test")).contains("started");
        StepMessage first = walk.stepMessage(runId, "first_notice");
        assertThat(walk.posted(first).toString()).contains("*No employee notice is approved yet.* Draft one with "
                + "`/incident comms draft employees` and have it approved before it goes out.");

        submit(SPOKESPERSON, openForm(SPOKESPERSON, "comms draft employees en"), "Notice", "Dear all, …");
        roomPost("COMMS-1 v1");
        incident.run(APPROVER, "comms approve COMMS-1 1");
        String hash = sha256("Notice\nDear all, …").substring(0, 12);
        walk.click(RESPONDER, first, "playbook_complete", runId);

        StepMessage second = walk.stepMessage(runId, "second_notice");
        assertThat(walk.posted(second).toString()).contains("*Approved text (employee notice):* *COMMS-1 v1* (en) · hash `"
                + hash + "`");
    }

    private JsonNode openForm(String user, String command) {
        return slack.formOpenedBy(() -> assertThat(requests.slashCommand("/incident", command, user, incident.room)
                .body()).doesNotContain("text"));
    }

    private void submit(String user, JsonNode form, String subject, String text) {
        assertThat(submitForm(user, form, subject, text).body()).doesNotContain("errors");
    }

    private SignedSlackRequests.Response submitForm(String user, JsonNode form, String subject, String text) {
        Map<String, Map<String, Object>> state = Map.of("subject", Map.of("value", SlackPayloads.plainText(subject)),
                "text", Map.of("value", SlackPayloads.plainText(text)));
        return requests.interaction(SlackPayloads.viewSubmission(user, "incident_comms", "VCOMMS" + System.nanoTime(),
                form.path("private_metadata").asText(), state));
    }

    private static String initial(JsonNode form, String block) {
        for (JsonNode b : form.path("blocks")) {
            if (block.equals(b.path("block_id").asText())) {
                return b.path("element").path("initial_value").asText();
            }
        }
        throw new AssertionError("no block " + block + " in " + form);
    }

    /** The room's message that contains {@code expected}, once posted. */
    private String roomPost(String expected) {
        await().until(() -> incident.postsTo(incident.room).stream().anyMatch(p -> p.get("text").contains(expected)));
        return incident.postsTo(incident.room).stream().map(p -> p.get("text")).filter(t -> t.contains(expected))
                .findFirst().orElseThrow();
    }

    private List<JsonNode> entries(String kindPrefix) {
        List<JsonNode> found = new java.util.ArrayList<>();
        incident.log().forEach(e -> {
            if (e.path("kind").asText().startsWith(kindPrefix)) {
                found.add(e);
            }
        });
        return found;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
