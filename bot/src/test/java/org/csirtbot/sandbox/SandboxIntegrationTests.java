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
import java.util.Optional;

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

    @TempDir
    static Path data;

    private static ConfigurableApplicationContext bot;
    private static int port;

    @BeforeAll
    static void startWithoutSlack() {
        bot = new SpringApplicationBuilder(CsirtbotApplication.class).run("--server.port=0",
                "--csirtbot.storage.data-dir=" + data, "--slack.bot-token=", "--slack.app-token=");
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
    void aRequestFromAnotherMachineIsRefusedWithTheReason() throws Exception {
        Optional<InetAddress> lan = nonLoopbackAddress();
        Assumptions.assumeTrue(lan.isPresent(), "this machine has no address besides loopback");

        HttpResponse<String> refused = get("http://" + lan.get().getHostAddress() + ":" + port + "/sandbox/api/state");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("CSIRTBOT_SANDBOX_BIND");
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
