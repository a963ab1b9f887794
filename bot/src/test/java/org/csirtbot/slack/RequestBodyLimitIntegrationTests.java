package org.csirtbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csirtbot.testkit.TestBot.EMPLOYEE;
import static org.csirtbot.testkit.TestBot.GENERAL;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
 * 413 before the bot does anything, whether the body announces its length or streams in chunks without one.
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
