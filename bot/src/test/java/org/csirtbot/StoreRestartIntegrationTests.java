package org.csirtbot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import org.csirtbot.testkit.SignedSlackRequests;
import org.csirtbot.testkit.FakeSlackWorkspace;
import org.csirtbot.testkit.SlackPayloads;
import org.csirtbot.testkit.TestBot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * MongoDB restarts in the middle of an incident: whatever the bot acknowledged as recorded is still
 * there afterwards, whoever acted while it was down was told plainly that it was not recorded, and the
 * bot reconnects by itself.
 */
class StoreRestartIntegrationTests {

    private static final java.util.regex.Pattern REPORT_ID = java.util.regex.Pattern.compile("RPT-\\d{4}-\\d{6}");

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
        slack.stop();
    }

    @Test
    void nothingAcknowledgedIsLostAndNothingUnrecordedIsClaimed() throws IOException {
        int port = freePort();
        startMongo(port);
        bot = startBot(port);
        int botPort = ((WebServerApplicationContext) bot).getWebServer().getPort();
        SignedSlackRequests requests = new SignedSlackRequests(botPort, TestBot.SIGNING_SECRET, slack);
        List<String> acknowledged = new ArrayList<>();

        acknowledged.add(reportIdIn(submit(requests, "before the restart")));
        mongo.shutdownNow();

        String whileDown = submit(requests, "while the store is down");
        assertThat(whileDown).doesNotContainPattern(REPORT_ID);
        assertThat(whileDown).containsAnyOf("could not be recorded", "being recorded");
        if (whileDown.contains("being recorded")) {
            await().atMost(Duration.ofSeconds(20)).until(() -> slack.calls("chat.postMessage").stream()
                    .anyMatch(c -> c.get("text").contains("could *not* be recorded")));
        }

        startMongo(port);
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> REPORT_ID.matcher(submit(requests, "after the restart")).find());
        acknowledged.add(reportIdIn(submit(requests, "after the restart, again")));

        for (String id : acknowledged) {
            assertThat(TestBot.api(botPort, "/api/reports/" + id).status()).as(id).isEqualTo(200);
        }
        assertThat(TestBot.api(botPort, "/api/reports/" + acknowledged.get(0)).body().path("description").asText())
                .isEqualTo("before the restart");
    }

    private String submit(SignedSlackRequests requests, String what) {
        return requests.interaction(SlackPayloads.viewSubmission(TestBot.EMPLOYEE, "report_submit",
                "V" + System.nanoTime(), "", org.csirtbot.slack.FormsAccess.report(what))).body();
    }

    private static String reportIdIn(String ack) {
        Matcher m = REPORT_ID.matcher(ack);
        assertThat(m.find()).as("a reference in " + ack).isTrue();
        return m.group();
    }

    private void startMongo(int port) {
        mongo = new MongoServer(new H2Backend(data.resolve("mongo.mv").toString()));
        mongo.bind("127.0.0.1", port);
    }

    private ConfigurableApplicationContext startBot(int mongoPort) {
        List<String> args = new ArrayList<>(List.of("--server.port=0",
                "--csirtbot.storage.mongodb-uri=mongodb://127.0.0.1:" + mongoPort + "/csirtbot"));
        for (Map.Entry<String, String> p : TestBot.httpModeProperties(slack, data).entrySet()) {
            if (!p.getKey().equals("csirtbot.storage.data-dir")) {
                args.add("--" + p.getKey() + "=" + p.getValue());
            }
        }
        return new SpringApplicationBuilder(CsirtbotApplication.class).run(args.toArray(String[]::new));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
