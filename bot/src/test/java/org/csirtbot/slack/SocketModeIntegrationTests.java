package org.csirtbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.csirtbot.testkit.SlackPayloads.plainText;
import static org.csirtbot.testkit.SlackPayloads.staticSelect;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.csirtbot.sandbox.workspace.SlackTriggers;
import org.csirtbot.testkit.BackgroundWork;
import org.csirtbot.testkit.SlackPayloads;
import org.csirtbot.testkit.TimelineEventPayloads;
import org.csirtbot.testkit.fakeslack.FakeSlackWorkspace;
import org.csirtbot.testkit.fakeslack.FakeSocketModeServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;

/** Over Socket Mode, Slack's envelopes reach the same handlers as over HTTP, and the acks go back on the socket. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext // the context is wired to this class's stand-ins for Slack: close it with the class
class SocketModeIntegrationTests {

    /** The bot under test, whose background work a negative check waits for. */
    @Autowired
    ApplicationContext app;

    private static final String RESPONDER = "UCSIRT001";
    private static final String EMPLOYEE = "UEMPLOYEE1";
    private static final String CHANNEL = "CGENERAL01";
    private static final String TRIAGE = "CTRIAGE01";
    /** Slack gives up on an envelope not acknowledged within 3 seconds. */
    private static final Duration ACK_WITHIN = Duration.ofSeconds(3);
    private static final Pattern REFERENCE = Pattern.compile("RPT-\\d{4}-\\d{6}");

    private static final FakeSlackWorkspace stub = new FakeSlackWorkspace().start();
    private static final FakeSocketModeServer socket = new FakeSocketModeServer().start();

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void slack(DynamicPropertyRegistry registry) {
        stub.givenSocketModeUrl(socket.url());
        stub.givenChannel(TRIAGE, "csirt-triage", false, RESPONDER);
        stub.givenChannel(CHANNEL, "general", false, RESPONDER, EMPLOYEE);
        registry.add("slack.bot-token", () -> "xoxb-test");
        registry.add("slack.app-token", () -> "xapp-test");
        registry.add("slack.signing-secret", () -> ""); // blank even if the environment sets one: no HTTP mode
        registry.add("slack.api-url", stub::baseUrl);
        registry.add("csirtbot.triage-channel", () -> TRIAGE);
        registry.add("csirtbot.responders", () -> RESPONDER);
        registry.add("csirtbot.storage.data-dir", () -> dataDir.toString());
    }

    @AfterAll
    static void stopEverything(@Autowired SocketModeConnection connection) {
        connection.stop(); // first, so the bot hangs up while its Slack stand-ins still answer
        socket.stop();
        stub.stop();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(leftoverThreads()).isEmpty());
    }

    @BeforeEach
    void botIsConnected() {
        await().atMost(Duration.ofSeconds(10)).until(() -> socket.openConnections() == 1);
    }

    @Test
    void reportCommandIsAckedOnTheSocketAndOpensTheFormWithTheTypedText() {
        String trigger = SlackPayloads.newTriggerId();

        ackFor(socket.sendSlashCommand(command("/report", "some text", EMPLOYEE, trigger)));

        await().untilAsserted(() -> assertThat(viewsOpenedBy(trigger)).singleElement().satisfies(view -> {
            assertThat(view.path("callback_id").asText()).isEqualTo("report_submit");
            assertThat(block(view, "what").path("element").path("initial_value").asText()).isEqualTo("some text");
        }));
    }

    @Test
    void reportSubmissionIsAnsweredWithTheReferenceInTheAckAndPostedToTriage() {
        String submission = SlackPayloads.viewSubmission(EMPLOYEE, "report_submit", "V0SOCKET01", "", Map.of(
                "category", Map.of("value", staticSelect("phishing_mail")),
                "what", Map.of("value", plainText("A mail asked for my password")),
                "when", Map.of("value", plainText("This morning")),
                "system", Map.of("value", plainText("My laptop")),
                "observables", Map.of("value", plainText("evil.example.com"))));

        JsonNode answer = ackFor(socket.sendInteractive(submission, true)).path("payload");

        assertThat(answer.path("response_action").asText()).isEqualTo("update");
        Matcher reference = REFERENCE.matcher(answer.path("view").toString());
        assertThat(reference.find()).as("a report reference in %s", answer.path("view")).isTrue();
        await().untilAsserted(() -> assertThat(triagePostsOf(reference.group())).singleElement()
                .satisfies(blocks -> assertThat(blocks.findValuesAsText("action_id"))
                        .contains("triage_declare", "triage_attach", "triage_dismiss")));
    }

    @Test
    void unknownIncidentSubcommandIsAnsweredWithTheHelpInTheAck() {
        String envelope = socket.sendSlashCommand(command("/incident", "foo", RESPONDER, SlackPayloads.newTriggerId()));

        assertThat(ackFor(envelope).path("payload").path("text").asText()).contains("/incident declare");
    }

    @Test
    void declaringByANonResponderIsRefusedInTheAckAndOpensNoForm() {
        String trigger = SlackPayloads.newTriggerId();

        JsonNode ack = ackFor(socket.sendSlashCommand(command("/incident", "declare", EMPLOYEE, trigger)));

        assertThat(ack.path("payload").path("text").asText()).contains("responders");
        // the handler would have handed views.open to the work pool before acking; give it time to show up
        BackgroundWork.drain(app);
        assertThat(viewsOpenedBy(trigger).isEmpty()).as("nothing else happened once the bot's work was done").isTrue();
    }

    @Test
    void envelopesAreAcknowledgedWithinThreeSecondsAndFormsOpenInTimeWhileEveryWebApiCallTakesFive() {
        String form = SlackPayloads.newTriggerId();
        String submission = SlackPayloads.viewSubmission("UNEWSOCK2", "report_submit", "V0SOCKSLOW", "", Map.of(
                "category", Map.of("value", staticSelect("phishing_mail")),
                "what", Map.of("value", plainText("Slack is slow today")),
                "when", Map.of("value", plainText("Now")),
                "system", Map.of("value", plainText("My laptop")),
                "observables", Map.of("value", plainText("slow.example.com"))));
        stub.givenEveryCallTakes(5000);
        try {
            List<String> envelopes = List.of(
                    socket.sendSlashCommand(command("/report", "", "UNEWSOCK1", form)),
                    socket.sendInteractive(submission, true),
                    socket.sendSlashCommand(command("/incident", "help", RESPONDER, SlackPayloads.newTriggerId())),
                    socket.sendEvent(TimelineEventPayloads.messagePosted(CHANNEL, "1700000000.000300", EMPLOYEE, "hi")));

            // all sent at once, each acknowledged within Slack's 3 s
            await().atMost(ACK_WITHIN).pollInterval(Duration.ofMillis(20))
                    .until(() -> envelopes.stream().allMatch(e -> socket.ackFor(e).isPresent()));
            await().atMost(Duration.ofSeconds(10)).until(() -> !viewsOpenedBy(form).isEmpty());
            Instant opened = stub.requests("views.open").stream().filter(r -> r.getBodyAsString().contains(form))
                    .findFirst().orElseThrow().getLoggedDate().toInstant();
            assertThat(Duration.between(SlackTriggers.sentAt(form), opened)).isLessThan(ACK_WITHIN);
            assertThat(stub.rules().refusals()).isEmpty();
        } finally {
            stub.givenEveryCallTakes(0);
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private static Map<String, String> command(String command, String text, String user, String trigger) {
        return SlackPayloads.slashCommandForm(command, text, user, CHANNEL, stub.responseUrl(), trigger);
    }

    /** The frame acknowledging the envelope, which must come back on the socket within Slack's 3 seconds. */
    private static JsonNode ackFor(String envelopeId) {
        return await("ack of envelope " + envelopeId).atMost(ACK_WITHIN)
                .until(() -> socket.ackFor(envelopeId), Optional::isPresent).orElseThrow();
    }

    private static List<JsonNode> viewsOpenedBy(String trigger) {
        return stub.calls("views.open").stream().filter(call -> trigger.equals(call.get("trigger_id")))
                .map(call -> FakeSlackWorkspace.json(call, "view")).toList();
    }

    private static List<JsonNode> triagePostsOf(String reference) {
        return stub.calls("chat.postMessage").stream()
                .filter(call -> TRIAGE.equals(call.get("channel"))
                        && call.getOrDefault("blocks", "").contains(reference))
                .map(call -> FakeSlackWorkspace.json(call, "blocks")).toList();
    }

    private static JsonNode block(JsonNode view, String blockId) {
        for (JsonNode block : view.path("blocks")) {
            if (blockId.equals(block.path("block_id").asText())) {
                return block;
            }
        }
        throw new AssertionError("No block " + blockId + " in " + view);
    }

    /** Live threads of the Socket Mode client (its executors) and of Java-WebSocket (client and fake server). */
    private static List<String> leftoverThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(name -> name.startsWith("socket-mode-") || name.startsWith("WebSocket")
                        || name.startsWith("connectionLostChecker"))
                .toList();
    }
}
