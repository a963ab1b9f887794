package org.csirtbot.sandbox.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.slack.api.app_backend.SlackSignature;

/**
 * The act endpoints in sandbox mode send the bot (here a stub of its {@code /slack/events}) the signed request Slack
 * would, and hand its answer back to the browser; a form stays open on errors and closes on an empty ack.
 */
@WebMvcTest(controllers = {MessageActs.class, FormActs.class}, properties = "csirtbot.sandbox.enabled=true")
@Import({SlackToBot.class, PersonActsWebTests.Workspace.class})
class PersonActsWebTests {

    private static final WireMockServer bot = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

    static {
        bot.start();
    }

    @TestConfiguration
    static class Workspace {
        @Bean
        StubWorkspace stubWorkspace() {
            return new StubWorkspace();
        }
    }

    @Autowired
    MockMvc browser;
    @Autowired
    StubWorkspace workspace;

    @DynamicPropertySource
    static void botPort(DynamicPropertyRegistry registry) {
        registry.add("local.server.port", bot::port);
    }

    @AfterAll
    static void stop() {
        bot.stop();
    }

    @BeforeEach
    void reset() {
        bot.resetAll();
        workspace.views.clear();
        workspace.views.add(StubWorkspace.json(SandboxPayloadsTests.REPORT_FORM));
    }

    @Test
    void aSlashCommandReachesTheBotSignedAndItsEphemeralAnswerComesBack() throws Exception {
        bot.stubFor(post(urlEqualTo("/slack/events")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"text\":\"Thanks, report R-7 is in.\"}")));

        browser.perform(act("/sandbox/act/command", """
                        {"as":"U0ALICE","channel":"C0GENERAL","command":"/report","text":"odd invoice mail"}"""))
                .andExpect(status().isOk()).andExpect(jsonPath("$.sent").value(true))
                .andExpect(jsonPath("$.status").value(200))
                .andExpect(jsonPath("$.body").value("{\"text\":\"Thanks, report R-7 is in.\"}"));

        LoggedRequest sent = bot.getAllServeEvents().get(0).getRequest();
        String body = sent.getBodyAsString();
        assertThat(sent.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(new SlackSignature.Verifier(new SlackSignature.Generator(StubWorkspace.SECRET)).isValid(
                sent.getHeader(SlackSigning.TIMESTAMP_HEADER), body, sent.getHeader(SlackSigning.SIGNATURE_HEADER)))
                .isTrue();
        assertThat(URLDecoder.decode(body, StandardCharsets.UTF_8)).contains("command=/report", "user_id=U0ALICE",
                "user_name=alice", "channel_name=general", "text=odd invoice mail", "response_url=http://127.0.0.1:",
                "trigger_id=" + workspace.issuedTriggers.get(workspace.issuedTriggers.size() - 1));
    }

    @Test
    void aFormTheBotRefusesStaysOpenWithItsErrors() throws Exception {
        String errors = "{\"response_action\":\"errors\",\"errors\":{\"what\":\"Say what happened.\"}}";
        bot.stubFor(post(urlEqualTo("/slack/events")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(errors)));

        browser.perform(act("/sandbox/act/submit", """
                        {"as":"U0ALICE","viewId":"V0REPORT",
                         "values":{"what":{"what_input":{"type":"plain_text_input","value":""}}}}"""))
                .andExpect(status().isOk()).andExpect(jsonPath("$.body").value(errors));

        assertThat(workspace.views).extracting(v -> v.path("id").asText()).containsExactly("V0REPORT");
        String payload = URLDecoder.decode(bot.getAllServeEvents().get(0).getRequest().getBodyAsString(),
                StandardCharsets.UTF_8);
        assertThat(payload).startsWith("payload={\"type\":\"view_submission\"").contains("\"callback_id\":\"report_form\"");
    }

    @Test
    void aFormTheBotAcceptsCloses() throws Exception {
        bot.stubFor(post(urlEqualTo("/slack/events")).willReturn(aResponse().withStatus(200)));

        browser.perform(act("/sandbox/act/submit", """
                        {"as":"U0ALICE","viewId":"V0REPORT",
                         "values":{"what":{"what_input":{"type":"plain_text_input","value":"odd mail"}}}}"""))
                .andExpect(status().isOk()).andExpect(jsonPath("$.sent").value(true));

        assertThat(workspace.views).isEmpty();
    }

    @Test
    void aChoiceInABotMessageIsABlockActionsWithTheChosenOption() throws Exception {
        bot.stubFor(post(urlEqualTo("/slack/events")).willReturn(aResponse().withStatus(200)));

        browser.perform(act("/sandbox/act/click", """
                        {"as":"U0RITA","channel":"C0GENERAL","messageTs":"1700000000.000100","blockId":"triage",
                         "actionId":"severity","value":"S1"}""")).andExpect(jsonPath("$.sent").value(true));

        String payload = URLDecoder.decode(bot.getAllServeEvents().get(0).getRequest().getBodyAsString(),
                StandardCharsets.UTF_8);
        assertThat(payload).startsWith("payload={\"type\":\"block_actions\"").contains(
                "\"selected_option\":{\"text\":{\"type\":\"plain_text\",\"text\":\"S1 critical\"},\"value\":\"S1\"}",
                "\"message_ts\":\"1700000000.000100\"", "\"username\":\"rita\"");
    }

    @Test
    void closingAFormTheBotWatchesTellsItAndTheFormIsGone() throws Exception {
        bot.stubFor(post(urlEqualTo("/slack/events")).willReturn(aResponse().withStatus(200)));

        browser.perform(act("/sandbox/act/close", """
                        {"as":"U0ALICE","viewId":"V0REPORT"}""")).andExpect(jsonPath("$.sent").value(true));

        assertThat(workspace.views).isEmpty();
        assertThat(URLDecoder.decode(bot.getAllServeEvents().get(0).getRequest().getBodyAsString(),
                StandardCharsets.UTF_8)).startsWith("payload={\"type\":\"view_closed\"");
    }

    @Test
    void aReactionIsAnEventWhereTheBotIsAndNothingWhereItIsNot() throws Exception {
        bot.stubFor(post(urlEqualTo("/slack/events")).willReturn(aResponse().withStatus(200)));

        browser.perform(act("/sandbox/act/react", """
                        {"as":"U0RITA","channel":"C0GENERAL","ts":"1700000000.000100","name":":pushpin:"}"""))
                .andExpect(jsonPath("$.sent").value(true));
        browser.perform(act("/sandbox/act/message", """
                        {"as":"U0ALICE","channel":"C0QUIET","text":"anyone?"}"""))
                .andExpect(jsonPath("$.sent").value(false));

        List<LoggedRequest> sent = bot.getAllServeEvents().stream().map(e -> e.getRequest()).toList();
        assertThat(sent).singleElement().satisfies(r -> {
            assertThat(r.getHeader("Content-Type")).startsWith("application/json");
            assertThat(r.getBodyAsString()).contains("\"type\":\"reaction_added\"", "\"reaction\":\"pushpin\"",
                    "\"item_user\":\"U0BOT\"");
        });
    }

    private static MockHttpServletRequestBuilder act(String path, String json) {
        return MockMvcRequestBuilders.post(path).contentType(MediaType.APPLICATION_JSON).content(json);
    }
}
