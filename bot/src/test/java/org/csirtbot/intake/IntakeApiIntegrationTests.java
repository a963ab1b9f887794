package org.csirtbot.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.csirtbot.testkit.TestBot.RESPONDER;

import java.util.List;
import java.util.Map;

import org.csirtbot.playbook.PlaybookRuns;
import org.csirtbot.sandbox.workspace.BlockKitLimits;
import org.csirtbot.testkit.ApiWrites;
import org.csirtbot.testkit.Forms;
import org.csirtbot.testkit.SlackJourneyTest;
import org.csirtbot.testkit.TestBot;
import org.csirtbot.testkit.fakeslack.FakeSlackWorkspace;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The web intake over real HTTP, as the mail gateway ({@link TestBot#INTAKE_TOKEN}, scope intake) posts to it: a
 * notification reaches the triage channel as an outside report, its notifier named from the directory or flagged
 * unverified; declaring it offers the playbooks whose trigger is {@code external_notification}; bad input is refused
 * with every reason and nothing stored.
 */
class IntakeApiIntegrationTests extends SlackJourneyTest {

    @Autowired
    PlaybookRuns runs;

    @Test
    void aNotificationFromAKnownPartnerIsTriagedOnceAndDeclaringItOffersTheOutsideNotificationPlaybooks() {
        String reference = "JPCERT#" + System.nanoTime();
        String body = "We see C2 traffic to <evil.example> & *198.51.100.7* from your range.\n" + "x".repeat(5000)
                + "\nEND OF NOTICE";
        String posted = notification("jpcert", reference, "C2 traffic from your network", body, "amber");

        var created = ApiWrites.post(port, "/api/intake", posted, TestBot.INTAKE_TOKEN);
        assertThat(created.status()).isEqualTo(201);
        String id = created.body().path("id").asText();
        String reportId = created.body().path("reportId").asText();
        assertThat(id).matches("NTF-\\d{4}-\\d{6}");
        assertThat(created.body().path("partner").asText()).isEqualTo("jpcert");
        assertThat(created.body().path("verifiedNotifier").asBoolean()).isTrue();
        assertThat(created.body().path("tlp").asText()).isEqualTo("TLP:AMBER");

        var again = ApiWrites.post(port, "/api/intake", posted, TestBot.INTAKE_TOKEN);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().path("id").asText()).isEqualTo(id);
        assertThat(again.body().path("reportId").asText()).isEqualTo(reportId);

        await().until(() -> triagePosts(reportId).size() == 1);
        Map<String, String> post = triagePosts(reportId).get(0);
        String blocks = FakeSlackWorkspace.json(post, "blocks").toString();
        assertThat(blocks).contains("Outside notification " + reportId, "JPCERT/CC", "call", reference, "TLP:AMBER",
                "&lt;evil.example&gt; &amp;", "Shortened here").doesNotContain("<evil.example>", "END OF NOTICE");
        assertThat(BlockKitLimits.checkMessage(post.get("text"), FakeSlackWorkspace.json(post, "blocks"))).isEmpty();
        JsonNode report = TestBot.api(port, "/api/reports/" + reportId).body();
        assertThat(report.path("description").asText()).endsWith("END OF NOTICE");
        assertThat(report.path("reporterId").isNull()).isTrue();
        assertThat(report.path("notifier").path("from").asText()).isEqualTo("jpcert");
        assertThat(listed("notification", id).path("body").asText()).isEqualTo(body);

        String incidentId = journeys.declareFromTriage(reportId, RESPONDER,
                Forms.declaration("C2 traffic reported by JPCERT/CC", "S2", "other", "AMBER", false, false));
        String room = journeys.roomOf(incidentId);
        await().until(() -> suggestion(room) != null);
        Map<String, String> suggestion = suggestion(room);
        // the built-in playbooks whose trigger is external_notification, the one that also fits "other" first
        assertThat(suggestion.get("text")).contains("reported from outside", "(`targeted-attack`), ", "(`ddos`)");
        requests.click(RESPONDER, room, "1700000000.000300", "playbook_start_targeted-attack",
                incidentId + "|targeted-attack");
        await().until(() -> runs.ofIncident(incidentId).stream()
                .anyMatch(r -> r.playbook().id().equals("targeted-attack")));
        assertThat(journeys.logKinds(incidentId)).contains("reported", "playbook_started");
        assertThat(listed("notification", id).path("status").asText()).isEqualTo("attached");
        assertThat(listed("notification", id).path("incidentId").asText()).isEqualTo(incidentId);
    }

    @Test
    void aNotificationFromSomeoneOutsideTheDirectoryIsTakenInButFlaggedUnverified() {
        String sender = "A researcher " + System.nanoTime();
        var created = ApiWrites.post(port, "/api/intake", notification(sender, null, "Your login page leaks tokens",
                "See https://shop.example/login?debug=1", null), TestBot.INTAKE_TOKEN);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().path("verifiedNotifier").asBoolean()).isFalse();
        String reportId = created.body().path("reportId").asText();
        await().until(() -> triagePosts(reportId).size() == 1);
        assertThat(FakeSlackWorkspace.json(triagePosts(reportId).get(0), "blocks").toString())
                .contains("Unverified notifier", sender, "Call back on a number known from elsewhere");
        assertThat(TestBot.api(port, "/api/metrics").body().path("reports").path("externalByNotifier").path(sender)
                .asInt()).isEqualTo(1);
    }

    @Test
    void badInputIsRefusedWithEveryReasonAndNothingIsStored() {
        int before = TestBot.api(port, "/api/intake").body().size();
        var refused = ApiWrites.post(port, "/api/intake", """
                {"kind": "rumour", "from": "jpcert", "subject": " ", "body": 5, "tlp": "PURPLE", "url": "javascript:x",
                 "receivedAt": "yesterday", "reference": "%s", "shoeSize": 44}""".formatted("r".repeat(201)),
                TestBot.INTAKE_TOKEN);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("problems").toString()).contains("shoeSize is not a field", "kind is notification or advisory",
                "subject is required", "body must be a string", "tlp is one of", "url must be an http", "receivedAt must be",
                "reference is 201 characters");
        assertThat(ApiWrites.post(port, "/api/intake", "{\"kind\": \"advisory\"", TestBot.INTAKE_TOKEN).status())
                .isEqualTo(400);
        String future = notification("jpcert", "future", "s", "b", null).replace("}", ", \"receivedAt\": "
                + "\"2999-01-01T00:00:00+09:00\"}");
        assertThat(ApiWrites.post(port, "/api/intake", future, TestBot.INTAKE_TOKEN).body().path("error").asText())
                .contains("receivedAt is in the future");

        var reader = ApiWrites.post(port, "/api/intake", notification("jpcert", "x", "s", "b", null), TestBot.READER_TOKEN);
        assertThat(reader.status()).isEqualTo(403);
        assertThat(reader.body().path("error").asText()).contains("lacks the scope intake");
        assertThat(TestBot.api(port, "/api/intake", TestBot.INTAKE_TOKEN).status()).isEqualTo(403);
        assertThat(TestBot.api(port, "/api/intake?kind=rumour").status()).isEqualTo(400);
        assertThat(TestBot.api(port, "/api/intake").body().size()).isEqualTo(before);
    }

    static String notification(String from, String reference, String subject, String body, String tlp) {
        return TestJson.object(Map.of("kind", "notification", "from", from, "subject", subject, "body", body),
                reference == null ? Map.of() : Map.of("reference", reference), tlp == null ? Map.of() : Map.of("tlp", tlp));
    }

    private JsonNode listed(String kind, String id) {
        for (JsonNode item : TestBot.api(port, "/api/intake?kind=" + kind).body()) {
            if (item.path("id").asText().equals(id)) {
                return item;
            }
        }
        throw new AssertionError(id + " is not listed");
    }

    private List<Map<String, String>> triagePosts(String reportId) {
        return journeys.postsTo(TestBot.TRIAGE).stream().filter(p -> String.valueOf(p.get("text")).contains(reportId))
                .toList();
    }

    private Map<String, String> suggestion(String room) {
        return journeys.postsTo(room).stream().filter(p -> String.valueOf(p.get("blocks")).contains("playbook_start"))
                .findFirst().orElse(null);
    }
}
