package org.csirtbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.csirtbot.storage.DecisionDocument;
import org.csirtbot.storage.ReportDocument;
import org.csirtbot.testkit.DecisionJourneys;
import org.csirtbot.testkit.FakeSlackDeclarations;
import org.csirtbot.testkit.Forms;
import org.csirtbot.testkit.FormsAccess;
import org.csirtbot.testkit.SignedSlackRequests;
import org.csirtbot.testkit.SlackJourneys;
import org.csirtbot.testkit.SlackPayloads;
import org.csirtbot.testkit.TestBot;
import org.csirtbot.testkit.fakeslack.FakeSlackWorkspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * The operator's MongoDB goes down in the middle of an incident and comes back. Whoever reports, notes or
 * decides while it is down is told plainly that it was not recorded, with what they wrote given back; nothing
 * of it is stored in part; what was acknowledged before is still there; and the bot reconnects by itself.
 */
class StoreRestartIntegrationTests {

    private static final String REPORT_WHILE_DOWN = "Strange pop-up asking for my password";
    private static final String NOTE_WHILE_DOWN = "Backups checked, the last good copy is from Sunday";

    @TempDir
    Path data;
    private final FakeSlackWorkspace slack = new FakeSlackWorkspace().start();
    private MongoServer mongo;
    private ConfigurableApplicationContext bot;

    @AfterEach
    void stop() {
        if (bot != null) {
            bot.close();
        }
        if (mongo != null) {
            mongo.shutdownNow();
        }
        slack.close();
    }

    @Test
    void whoeverActsWhileTheStoreIsDownIsToldItWasNotRecordedWithTheirTextAndNothingIsStoredInPart()
            throws IOException {
        slack.givenChannel(TestBot.TRIAGE, "csirt-triage", false, TestBot.RESPONDER);
        int mongoPort = freePort();
        startMongo(mongoPort);
        bot = startBot(mongoPort);
        int port = TestBot.port(bot);
        int health = TestBot.managementPort(bot);
        SignedSlackRequests requests = new SignedSlackRequests(port, TestBot.SIGNING_SECRET);
        Texts texts = bot.getBean(Texts.class);
        String before = Forms.first(Forms.REPORT_ID, submitReport(requests, "before the outage").body());
        String incident = FakeSlackDeclarations.declareAndOpenTheRoom(slack, port, "Ransomware on file servers");
        String room = new SlackJourneys(slack, requests, port).roomOf(incident);
        JsonNode decisionForm = slack.formOpenedBy(() -> requests.slashCommand("/incident", "decide", TestBot.RESPONDER, room));

        mongo.shutdownNow();
        // once the driver has seen the store gone, each action waits out its 5 s server selection: past the 2 s
        // budget, so each is answered as "being recorded" and told the outcome after
        await().atMost(Duration.ofSeconds(30)).until(() -> TestBot.api(health, "/actuator/health", null).status() == 503);
        // the orchestrator takes traffic away but does not restart the bot (Kubernetes probes, helm chart)
        assertThat(TestBot.api(health, "/actuator/health/readiness", null).status()).isEqualTo(503);
        var liveness = TestBot.api(health, "/actuator/health/liveness", null);
        assertThat(liveness.status()).isEqualTo(200);
        assertThat(liveness.body().path("status").asText()).isEqualTo("UP");

        assertThat(submitReport(requests, REPORT_WHILE_DOWN).body()).contains("report_recording");
        assertThat(requests.slashCommand("/incident", "note " + NOTE_WHILE_DOWN, TestBot.RESPONDER, room).body())
                .contains(json(texts.get(Locale.ENGLISH, "note.recording")));
        assertThat(requests.interaction(SlackPayloads.viewSubmission(TestBot.RESPONDER, "incident_decide", "VDOWN1",
                decisionForm.path("private_metadata").asText(), DecisionJourneys.form("none", null))).status())
                .isEqualTo(200);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(directMessages(TestBot.EMPLOYEE)).filteredOn(text -> text.endsWith(">" + REPORT_WHILE_DOWN))
                    .containsExactly(texts.get(Locale.ENGLISH, "reporter.not-recorded", REPORT_WHILE_DOWN));
            assertThat(slack.ephemerals()).filteredOn(e -> e.channel().equals(room) && e.user().equals(TestBot.RESPONDER))
                    .extracting(e -> e.text()).filteredOn(text -> text.endsWith("\n>" + NOTE_WHILE_DOWN))
                    .containsExactly(texts.get(Locale.ENGLISH, "note.not-recorded", ">" + NOTE_WHILE_DOWN));
            assertThat(directMessages(TestBot.RESPONDER))
                    .filteredOn(text -> text.startsWith(texts.get(Locale.ENGLISH, "decide.not-recorded", "")))
                    .singleElement().asString().contains(">Take the mail server offline?",
                            ">- Take it offline\n>- Keep it running and watch it", ">It is sending phishing to customers");
        });

        startMongo(mongoPort);
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() ->
                Forms.REPORT_ID.matcher(submitReport(requests, "after the outage").body()).find());
        assertThat(requests.slashCommand("/incident", "note Restored from Sunday's copy", TestBot.RESPONDER, room).body())
                .contains("Noted in the log of " + incident);

        MongoTemplate store = bot.getBean(MongoTemplate.class);
        assertThat(store.find(query(where("description").is(REPORT_WHILE_DOWN)), ReportDocument.class)).isEmpty();
        assertThat(store.find(query(where("incidentId").is(incident)), DecisionDocument.class)).isEmpty();
        JsonNode log = TestBot.api(port, "/api/incidents/" + incident + "/log").body();
        assertThat(log.toString()).doesNotContain(NOTE_WHILE_DOWN, "decision_recorded").contains("Sunday's copy");
        assertThat(TestBot.api(port, "/api/reports/" + before).body().path("description").asText())
                .isEqualTo("before the outage");
        assertThat(TestBot.api(port, "/api/incidents/" + incident + "/log/verify").body().path("valid").asBoolean())
                .isTrue();
    }

    private static SignedSlackRequests.Response submitReport(SignedSlackRequests requests, String what) {
        return requests.interaction(SlackPayloads.viewSubmission(TestBot.EMPLOYEE, "report_submit",
                "V" + System.nanoTime(), "", FormsAccess.report(what)));
    }

    private List<String> directMessages(String user) {
        return slack.dm(user).map(dm -> slack.messages(dm.id()).stream().map(m -> m.text()).toList())
                .orElse(List.of());
    }

    /** The text as it stands inside a JSON string. */
    private static String json(String text) {
        String quoted = new ObjectMapper().valueToTree(text).toString();
        return quoted.substring(1, quoted.length() - 1);
    }

    private void startMongo(int port) {
        mongo = new MongoServer(new H2Backend(data.resolve("mongo.mv").toString()));
        mongo.bind("127.0.0.1", port);
    }

    /** The bot on the operator's MongoDB, with the production rate limits (the tests' shared settings raise them). */
    private ConfigurableApplicationContext startBot(int mongoPort) {
        Map<String, String> properties = TestBot.httpModeProperties(slack.baseUrl(), data);
        properties.keySet().removeIf(key -> key.startsWith("resilience4j.ratelimiter."));
        properties.remove("csirtbot.storage.data-dir");
        properties.put("csirtbot.storage.mongodb-uri", "mongodb://127.0.0.1:" + mongoPort + "/csirtbot");
        return TestBot.start(properties);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
