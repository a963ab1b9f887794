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

import org.csirtbot.slack.FormsAccess;
import org.csirtbot.testkit.FakeSlackWorkspace;
import org.csirtbot.testkit.SlackWorkspace.Fault;
import org.csirtbot.testkit.SignedSlackRequests;
import org.csirtbot.testkit.SlackPayloads;
import org.csirtbot.testkit.TestBot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * The bot process is killed (SIGKILL, no shutdown) in the middle of declaring an incident, just after
 * Slack created the room's channel and before the bot heard back. Started again, it finishes the room
 * with that one channel.
 */
class CrashRecoveryIntegrationTests {

    @TempDir
    Path logs;
    private final FakeSlackWorkspace slack = new FakeSlackWorkspace().start();
    private final MongoServer mongo = new MongoServer(new MemoryBackend());
    private final List<Process> bots = new ArrayList<>();

    @AfterEach
    void stop() {
        bots.forEach(Process::destroyForcibly);
        mongo.shutdownNow();
        slack.close();
    }

    @Test
    void aDeclarationInterruptedByACrashCompletesWithExactlyOneChannel() throws Exception {
        String mongoUri = "mongodb://127.0.0.1:" + mongo.bind().getPort() + "/csirtbot";
        slack.givenChannel(TestBot.TRIAGE, "csirt-triage", false, TestBot.RESPONDER);
        slack.faultyMethods("conversations.create");
        slack.slowDelay(Duration.ofSeconds(60));
        slack.injectFaults(1.0, 1L, Fault.SLOW);

        int port = freePort();
        Process first = startBot(port, mongoUri, "first");
        SignedSlackRequests requests = new SignedSlackRequests(port, TestBot.SIGNING_SECRET);
        requests.slashCommand("/incident", "declare", TestBot.RESPONDER, TestBot.GENERAL);
        await().atMost(Duration.ofSeconds(30)).until(() -> slack.views().size() == 1);
        JsonNode form = slack.views().get(0).view();
        requests.interaction(SlackPayloads.viewSubmission(TestBot.RESPONDER, "incident_declare", "VCRASH001",
                form.path("private_metadata").asText(), FormsAccess.declaration("Ransomware on file servers")));

        await().atMost(Duration.ofSeconds(30)).until(() -> !slack.channels().stream()
                .filter(c -> c.name().startsWith("inc-")).toList().isEmpty());
        first.destroyForcibly().waitFor();
        slack.stopFaults();

        Process second = startBot(port, mongoUri, "second");
        await().atMost(Duration.ofSeconds(90)).ignoreExceptions().until(() ->
                TestBot.api(port, "/api/incidents").body().get(0).path("room").path("summaryPinned").asBoolean());

        var rooms = slack.channels().stream().filter(c -> c.name().startsWith("inc-")).toList();
        assertThat(rooms).hasSize(1);
        assertThat(rooms.get(0).members()).contains(TestBot.RESPONDER, TestBot.SECOND_RESPONDER);
        assertThat(slack.pins(rooms.get(0).id())).hasSize(1);
        String incident = TestBot.api(port, "/api/incidents").body().get(0).path("id").asText();
        assertThat(TestBot.api(port, "/api/incidents/" + incident + "/log").body().findValues("kind"))
                .extracting(JsonNode::asText).containsExactly("declared", "channel_created", "members_invited",
                        "topic_set", "summary_posted", "summary_pinned");
        assertThat(second.isAlive()).isTrue();
    }

    private Process startBot(int port, String mongoUri, String name) throws IOException {
        Map<String, String> properties = TestBot.httpModeProperties(slack.baseUrl(), logs);
        properties.remove("csirtbot.storage.data-dir");
        properties.put("csirtbot.storage.mongodb-uri", mongoUri);
        properties.put("csirtbot.recovery-interval", "2s");
        properties.put("server.port", String.valueOf(port));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CsirtbotApplication.class.getName()));
        properties.forEach((k, v) -> command.add("--" + k + "=" + v));
        Process bot = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(logs.resolve(name + ".log").toFile()).start();
        bots.add(bot);
        await().atMost(Duration.ofSeconds(90)).ignoreExceptions()
                .until(() -> "UP".equals(TestBot.api(port, "/actuator/health", null).body().path("status").asText()));
        return bot;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
