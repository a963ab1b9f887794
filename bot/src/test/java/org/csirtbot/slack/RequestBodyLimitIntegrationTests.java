package org.csirtbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csirtbot.testkit.TestBot.EMPLOYEE;
import static org.csirtbot.testkit.TestBot.GENERAL;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.csirtbot.testkit.BackgroundWork;
import org.csirtbot.testkit.BotIntegrationTest;
import org.csirtbot.testkit.SignedSlackRequests;
import org.csirtbot.testkit.SlackPayloads;
import org.csirtbot.testkit.TestBot;
import org.csirtbot.testkit.fakeslack.FakeSlackWorkspace;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The 1 MiB limit on what Slack may send: a signed request of exactly 1 MiB is served, one byte more is refused with
 * 413 before the bot does anything, whether the body announces its length or streams in chunks without one. A
 * request whose headers already fail the signature check is refused before its body is read.
 */
@BotIntegrationTest
class RequestBodyLimitIntegrationTests {

    private static final int LIMIT = 1024 * 1024;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext app;

    private final FakeSlackWorkspace slack = TestBot.slack();

    @Test
    void aSignedReportCommandOfExactlyOneMebibyteOpensTheForm() throws Exception {
        var answer = post(reportCommandOf(LIMIT), true);

        assertThat(answer.statusCode()).isEqualTo(200);
        BackgroundWork.drain(app);
        assertThat(slack.count("views.open")).as("the report form opened").isEqualTo(1);
    }

    @Test
    void oneByteMoreIsRefusedWith413AndNothingHappens() throws Exception {
        var announced = post(reportCommandOf(LIMIT + 1), true);
        var streamed = post(reportCommandOf(LIMIT + 1), false);

        assertThat(announced.statusCode()).isEqualTo(413);
        assertThat(streamed.statusCode()).as("chunked, no Content-Length").isEqualTo(413);
        BackgroundWork.drain(app);
        assertThat(slack.wireMock().getAllServeEvents()).as("no call to Slack").isEmpty();
    }

    @Test
    void aRequestWhoseHeadersAreNotSignedIsRefusedBeforeItsBodyIsSent() throws Exception {
        long stale = Instant.now().minus(Duration.ofMinutes(6)).getEpochSecond();
        for (String headers : List.of("", "X-Slack-Request-Timestamp: " + stale + "\r\nX-Slack-Signature: v0=00\r\n")) {
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                socket.setSoTimeout(10_000);
                socket.getOutputStream().write(("POST /slack/events HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
                        + SignedSlackRequests.FORM + "\r\nContent-Length: " + LIMIT + "\r\n" + headers + "\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                String status = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                        StandardCharsets.US_ASCII)).readLine();

                assertThat(status).as("answered with none of the body sent: %s", headers).startsWith("HTTP/1.1 401");
            }
        }
    }

    /** A signed /report whose form body is exactly {@code bytes} long, padded in its text. */
    private static String reportCommandOf(int bytes) {
        Map<String, String> form = SlackPayloads.slashCommandForm("/report", "", EMPLOYEE, GENERAL,
                SlackPayloads.slackResponseUrl("commands"), SlackPayloads.newTriggerId());
        String empty = SignedSlackRequests.formBody(form);
        form.put("text", "a".repeat(bytes - empty.length()));
        String body = SignedSlackRequests.formBody(form);
        assertThat(body.getBytes(StandardCharsets.UTF_8)).hasSize(bytes);
        return body;
    }

    private HttpResponse<String> post(String body, boolean withLength) throws IOException, InterruptedException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(new SignedSlackRequests(port, TestBot.SIGNING_SECRET)
                .endpoint()).header("Content-Type", SignedSlackRequests.FORM)
                .POST(withLength ? HttpRequest.BodyPublishers.ofByteArray(bytes)
                        : HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)));
        SignedSlackRequests.signatureHeaders(TestBot.SIGNING_SECRET, body).forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
