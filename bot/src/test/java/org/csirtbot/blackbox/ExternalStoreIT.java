package org.csirtbot.blackbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetSocketAddress;

import org.csirtbot.testkit.TestBot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * The jar on an external store through MONGODB_URI (a MongoDB wire-protocol server the test runs on a file), which is
 * stopped and started again while the bot runs: what was acknowledged stays, whoever acts meanwhile is told plainly
 * that it was not recorded, and the bot works again once the store is back. A bot started while its store is down
 * is live but not ready (no restart loop), and ready once the store answers and its indexes are made.
 */
class ExternalStoreIT extends BlackBoxTest {

    private MongoServer store;
    private int storePort;

    @AfterEach
    void stopStore() {
        if (store != null) {
            store.shutdownNow();
        }
    }

    @Test
    void aStoreRestartedUnderTheBotLosesNothingAcknowledged() {
        startStore();
        JarBot bot = httpBot().with("MONGODB_URI", "mongodb://127.0.0.1:" + storePort + "/csirtbot").start();
        PeopleInSlack people = new PeopleInSlack(slack, bot);
        String before = people.report(TestBot.EMPLOYEE, "Before the outage");

        store.shutdownNow();
        String during = "During the outage: USB stick found in the lobby";
        String answer = people.submitReport(TestBot.SECOND_RESPONDER, during).body();
        await().until(() -> (answer + people.lastTextTo(TestBot.SECOND_RESPONDER).orElse(""))
                .matches("(?s).*could \\*not\\* be recorded.*USB stick found in the lobby.*"));

        startStore();
        String after = await().ignoreExceptions().until(() -> people.report(TestBot.EMPLOYEE, "After the outage"),
                id -> id != null);
        assertThat(people.api("/api/reports/" + before).path("description").asText()).isEqualTo("Before the outage");
        assertThat(people.api("/api/reports/" + after).path("description").asText()).isEqualTo("After the outage");
        assertThat(after).as("the report not recorded took no reference").endsWith("000002");
        assertThat(bot.isAlive()).isTrue();
    }

    @Test
    void aBotStartedWhileItsStoreIsDownIsLiveButNotReadyAndServesOnceTheStoreComesUp() {
        storePort = JarBot.freePort();
        JarBot bot = httpBot().with("MONGODB_URI", "mongodb://127.0.0.1:" + storePort + "/csirtbot").startLive();
        assertThat(TestBot.api(bot.managementPort(), "/actuator/health/readiness", null).status()).isEqualTo(503);
        assertThat(TestBot.get(bot.port(), "/actuator/health", null).statusCode())
                .as("health and metrics only on MANAGEMENT_SERVER_PORT, not on the port Slack reaches").isEqualTo(404);

        startStore();
        await().atMost(java.time.Duration.ofSeconds(60)).until(() ->
                TestBot.api(bot.managementPort(), "/actuator/health/readiness", null).status() == 200);
        PeopleInSlack people = new PeopleInSlack(slack, bot);
        String id = people.report(TestBot.EMPLOYEE, "Reported once the store came up");
        assertThat(people.api("/api/reports/" + id).path("description").asText())
                .isEqualTo("Reported once the store came up");
        assertThat(bot.isAlive()).isTrue();
    }

    private void startStore() {
        store = new MongoServer(new H2Backend(data.resolve("external.mv").toString()));
        InetSocketAddress address = storePort == 0 ? store.bind() : bindAgain();
        storePort = address.getPort();
    }

    private InetSocketAddress bindAgain() {
        store.bind("127.0.0.1", storePort);
        return new InetSocketAddress("127.0.0.1", storePort);
    }
}
