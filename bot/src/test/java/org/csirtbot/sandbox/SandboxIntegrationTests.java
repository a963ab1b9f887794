package org.csirtbot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.StreamSupport;

import org.csirtbot.CsirtbotApplication;
import org.csirtbot.testkit.Forms;
import org.csirtbot.testkit.SignedSlackRequests;
import org.csirtbot.testkit.SlackPayloads;
import org.csirtbot.testkit.TestBot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The bot started as a newcomer starts it, without Slack tokens: it talks to the sandbox's workspace, and a report
 * submitted as Slack would send it (signed with the sandbox's secret) lands in the sandbox's #csirt-triage.
 */
class SandboxIntegrationTests {

    private static final String EMPLOYEE = "U0EMPLOY1";
    private static final String RESPONDER = "U0RESPOND1";

    @TempDir
    static Path data;

    private static ConfigurableApplicationContext bot;
    private static int port;

    @BeforeAll
    static void startWithoutSlack() {
        // TestBot's helpers start the shared fake Slack when first used: here, not inside an await that may interrupt it
        TestBot.slack();
        String[] arguments = java.util.stream.Stream.concat(java.util.stream.Stream.of("--server.port=0", "--management.server.port=0",
                "--csirtbot.storage.data-dir=" + data, "--slack.bot-token=", "--slack.app-token="),
                java.util.Arrays.stream(TestBot.apiClientArguments())).toArray(String[]::new);
        bot = new SpringApplicationBuilder(CsirtbotApplication.class).run(arguments);
        port = ((WebServerApplicationContext) bot).getWebServer().getPort();
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    @Test
    void aSignedReportFormLandsInTheSandboxTriageChannel() throws Exception {
        String secret = bot.getBean(SandboxSigningSecret.class).value();
        var ack = new SignedSlackRequests(port, secret).interaction(SlackPayloads.viewSubmission(EMPLOYEE,
                "report_submit", "VREPORT01", "", Forms.phishingReport()));
        assertThat(ack.status()).isEqualTo(200);
        String reportId = Forms.first(Forms.REPORT_ID, ack.body());

        await().untilAsserted(() -> assertThat(triage(state()).path("messages").toString()).contains(reportId));
        JsonNode triage = triage(state());
        assertThat(triage.path("name").asText()).isEqualTo("csirt-triage");
        assertThat(triage.path("messages").get(0).path("user").asText()).isEqualTo("UBOT0001");
        assertThat(triage.path("messages").get(0).path("blocks").findValues("action_id")).extracting(JsonNode::asText)
                .containsExactly("triage_declare", "triage_attach", "triage_dismiss");
        await().untilAsserted(() -> assertThat(state().path("channels").findValues("dmUser"))
                .extracting(JsonNode::asText).contains(EMPLOYEE));
    }

    @Test
    void theStateNamesThePeopleToActAs() throws Exception {
        JsonNode people = state().path("people");

        assertThat(people.findValues("name")).extracting(JsonNode::asText).contains("Aiko Tanaka", "Chris Morgan");
        assertThat(people.toString()).contains("COMMANDER", "LEGAL", "EXECUTIVE");
    }

    @Test
    void aPersonsEditAndDeletionOfACapturedMessageReachTheIncidentLog() {
        PersonActs person = new PersonActs(port, RESPONDER);
        person.act("command", Map.of("channel", SandboxPeople.TRIAGE_CHANNEL, "command", "/incident",
                "text", "declare Phishing wave"));
        String form = await().until(() -> person.form(state()), Objects::nonNull);
        person.act("submit", Map.of("viewId", form, "values",
                Forms.declaration("Phishing wave", "S3", "phishing_mail", "CLEAR", false, false)));
        JsonNode room = await().until(() -> channelNamed("inc-", "-exercise-", state()), r -> r != null && !r.path("pins").isEmpty());
        String roomId = room.path("id").asText();
        String incidentId = room.path("name").asText().substring(0, 13).toUpperCase(Locale.ROOT);

        person.act("message", Map.of("channel", roomId, "text", "Sender is <evil@example.com>"));
        String ts = await().until(() -> person.lastMessageIn(channelNamed("inc-", "-exercise-", state())), Objects::nonNull);
        person.act("react", Map.of("channel", roomId, "ts", ts, "name", ":pushpin:"));
        await().until(() -> logOf(incidentId).contains("message_captured"));
        var edited = person.act("edit", Map.of("channel", roomId, "ts", ts, "text", "Sender is <evil@example.org>"));

        assertThat(edited.path("sent").asBoolean()).isTrue();
        await().until(() -> logOf(incidentId).contains("captured_message_edited"));
        assertThat(logOf(incidentId)).contains("Sender is &lt;evil@example.org&gt;");
        JsonNode message = person.message(channelNamed("inc-", "-exercise-", state()), ts);
        assertThat(message.path("edited").asBoolean()).isTrue();
        assertThat(message.path("text").asText()).isEqualTo("Sender is &lt;evil@example.org&gt;");

        assertThat(new PersonActs(port, EMPLOYEE).act("delete", Map.of("channel", roomId, "ts", ts))
                .path("sent").asBoolean()).as("nobody deletes someone else's message").isFalse();
        person.act("delete", Map.of("channel", roomId, "ts", ts));
        await().until(() -> logOf(incidentId).contains("captured_message_deleted"));
        assertThat(person.message(channelNamed("inc-", "-exercise-", state()), ts)).isNull();
    }

    @Test
    void theExerciseListIsShownInTheChannelAndItsStartButtonStartsOne() {
        PersonActs person = new PersonActs(port, RESPONDER);
        person.act("command", Map.of("channel", SandboxPeople.GENERAL_CHANNEL, "command", "/incident",
                "text", "exercise"));
        JsonNode list = person.seen().findValues("messages").stream().flatMap(m -> StreamSupport.stream(m.spliterator(),
                false)).filter(m -> m.path("ephemeral").asBoolean()).findFirst().orElseThrow();
        assertThat(list.toString()).contains("exercise_start_ransomware-fileserver");
        assertThat(new PersonActs(port, EMPLOYEE).seen().toString()).as("shown to the person alone")
                .doesNotContain("exercise_start_");

        var click = person.act("click", Map.of("channel", SandboxPeople.GENERAL_CHANNEL, "messageTs",
                list.path("ts").asText(), "actionId", "exercise_start_ransomware-fileserver",
                "value", "ransomware-fileserver"));

        assertThat(click.path("status").asInt()).isEqualTo(200);
        JsonNode room = await().until(() -> channelNamed("inc-", "phishing", state()),
                r -> r != null && r.path("name").asText().endsWith("-exercise-ransomware-fileserver")
                        && r.path("messages").toString().contains("Friday"));
        assertThat(room.path("topic").asText()).startsWith("[EXERCISE");
    }

    @Test
    void aRequestFromAnotherMachineIsRefusedWithTheReason() throws Exception {
        Optional<InetAddress> lan = nonLoopbackAddress();
        Assumptions.assumeTrue(lan.isPresent(), "this machine has no address besides loopback");

        HttpResponse<String> refused = get("http://" + lan.get().getHostAddress() + ":" + port + "/sandbox/api/state");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("CSIRTBOT_SANDBOX_BIND");
    }

    /** The first channel whose name starts so and does not contain {@code unlike}. */
    private static JsonNode channelNamed(String prefix, String unlike, JsonNode state) {
        for (JsonNode channel : state.path("channels")) {
            String name = channel.path("name").asText();
            if (name.startsWith(prefix) && !name.contains(unlike)) {
                return channel;
            }
        }
        return null;
    }

    private static String logOf(String incidentId) {
        return TestBot.api(port, "/api/incidents/" + incidentId + "/log").body().toString();
    }

    private static JsonNode triage(JsonNode state) {
        for (JsonNode channel : state.path("channels")) {
            if (channel.path("id").asText().equals(SandboxPeople.TRIAGE_CHANNEL)) {
                return channel;
            }
        }
        throw new AssertionError("no triage channel in " + state);
    }

    private static JsonNode state() {
        TestBot.ApiResponse state = TestBot.api(port, "/sandbox/api/state", null);
        assertThat(state.status()).isEqualTo(200);
        return state.body();
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
        return NetworkInterface.networkInterfaces().filter(SandboxIntegrationTests::up)
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                .findFirst();
    }

    private static boolean up(NetworkInterface network) {
        try {
            return network.isUp();
        } catch (SocketException e) {
            return false;
        }
    }
}
