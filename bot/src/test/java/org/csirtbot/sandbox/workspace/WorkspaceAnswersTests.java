package org.csirtbot.sandbox.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.csirtbot.testkit.SlackTestIds;
import org.csirtbot.testkit.fakeslack.FakeSlackWorkspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.conversations.ConversationsCreateResponse;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.methods.response.views.ViewsOpenResponse;
import com.slack.api.methods.response.views.ViewsUpdateResponse;
import com.slack.api.model.block.Blocks;
import com.slack.api.model.block.composition.BlockCompositions;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewTitle;

/**
 * The shapes of {@link FakeSlackWorkspace}'s answers (as the docs samples), scripted answers, response URLs and
 * messages people wrote, through the real Slack SDK client (the one Bolt uses). The workspace rules and faults are
 * in {@link SlackWorkspaceTests}.
 */
class WorkspaceAnswersTests {

    private static final String TOKEN = "xoxb-test-token";
    private static final String C1 = "C0GENERAL";
    private static final FakeSlackWorkspace stub = new FakeSlackWorkspace();
    private static Slack slack;
    private static MethodsClient client;

    @BeforeAll
    static void startStub() {
        stub.start();
        // these tests call the stub directly, faster than Slack's tiers allow; SlackRulesTests covers the tiers
        stub.rules().enforceRates(false);
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(stub.baseUrl());
        slack = Slack.getInstance(config);
        client = slack.methods(TOKEN);
    }

    @AfterAll
    static void stopStub() throws Exception {
        slack.close();
        stub.stop();
    }

    @BeforeEach
    void resetStub() {
        stub.reset();
        stub.givenChannel(C1, "general", false, "U0ONE0001");
    }

    @Test
    void baseUrlIsLoopbackWithTrailingSlash() {
        assertThat(stub.baseUrl()).isEqualTo("http://127.0.0.1:" + stub.port() + "/api/");
    }

    @Test
    void authTestReturnsTheBotIdentity() throws Exception {
        AuthTestResponse r = client.authTest(req -> req);
        assertThat(r.isOk()).isTrue();
        assertThat(r.getUserId()).isEqualTo(SlackTestIds.BOT_USER_ID);
        assertThat(r.getTeamId()).isEqualTo(SlackTestIds.TEAM_ID);
        assertThat(r.getBotId()).isEqualTo(SlackTestIds.BOT_ID);
        assertThat(r.getUrl()).isEqualTo("https://subarachnoid.slack.com/");
        assertThat(stub.requests("auth.test").get(0).getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
    }

    @Test
    void conversationsCreateEchoesNameAndPrivacyWithAFreshId() throws Exception {
        ConversationsCreateResponse a = client.conversationsCreate(req -> req.name("inc-42-db-leak").isPrivate(true));
        ConversationsCreateResponse b = client.conversationsCreate(req -> req.name("inc-43").isPrivate(false));

        assertThat(a.isOk()).isTrue();
        assertThat(a.getChannel().getName()).isEqualTo("inc-42-db-leak");
        assertThat(a.getChannel().getNameNormalized()).isEqualTo("inc-42-db-leak");
        assertThat(a.getChannel().isPrivate()).isTrue();
        assertThat(a.getChannel().getCreator()).isEqualTo(SlackTestIds.BOT_USER_ID);
        assertThat(a.getChannel().getId()).matches("C[0-9A-Z]{8,}");
        assertThat(b.getChannel().getName()).isEqualTo("inc-43");
        assertThat(b.getChannel().isPrivate()).isFalse();
        assertThat(b.getChannel().getId()).isNotEqualTo(a.getChannel().getId());
        // the rest of the docs sample is kept
        assertThat(a.getChannel().isChannel()).isTrue();
        assertThat(a.getChannel().getTopic().getValue()).isEmpty();

        assertThat(stub.calls("conversations.create")).extracting(c -> c.get("name"))
                .containsExactly("inc-42-db-leak", "inc-43");
        assertThat(stub.count("conversations.create")).isEqualTo(2);
    }

    @Test
    void chatPostMessageEchoesChannelAndTextWithUniqueTs() throws Exception {
        String tricky = "Incident \"DB\" <@U123> \\ naïve 東京 {{now}} & more";
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            ChatPostMessageResponse r = client.chatPostMessage(req -> req.channel(C1).text(tricky));
            assertThat(r.isOk()).isTrue();
            assertThat(r.getChannel()).isEqualTo(C1);
            assertThat(r.getMessage().getText()).isEqualTo(tricky);
            assertThat(r.getTs()).matches("\\d{10}\\.\\d{6}").isEqualTo(r.getMessage().getTs());
            assertThat(seen.add(r.getTs())).as("ts %s is unique", r.getTs()).isTrue();
        }
        assertThat(stub.calls("chat.postMessage")).hasSize(20).allSatisfy(c -> assertThat(c.get("text")).isEqualTo(tricky));
    }

    @Test
    void blocksAreJsonInsideTheFormAndCanBeParsed() throws Exception {
        client.chatPostMessage(req -> req.channel(C1).text("fallback").threadTs("1700000000.000001")
                .blocks(Blocks.asBlocks(Blocks.section(s -> s.blockId("summary").text(BlockCompositions.markdownText("*hi*"))))));

        Map<String, String> call = stub.calls("chat.postMessage").get(0);
        JsonNode blocks = FakeSlackWorkspace.json(call, "blocks");
        assertThat(blocks.get(0).get("block_id").asText()).isEqualTo("summary");
        assertThat(blocks.get(0).at("/text/text").asText()).isEqualTo("*hi*");
        assertThat(call).containsEntry("thread_ts", "1700000000.000001");
        assertThatThrownBy(() -> FakeSlackWorkspace.json(call, "view")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void viewsOpenEchoesTheViewAndViewsUpdateKeepsItsId() throws Exception {
        View view = View.builder().type("modal").callbackId("declare_incident").privateMetadata("{\"c\":\"C0GENERAL\"}")
                .title(ViewTitle.builder().type("plain_text").text("Declare").build())
                .blocks(Blocks.asBlocks(Blocks.divider())).build();
        ViewsOpenResponse opened = client.viewsOpen(req -> req.triggerId("123.456.abc").view(view));

        assertThat(opened.isOk()).isTrue();
        assertThat(opened.getView().getId()).startsWith("V").isEqualTo(opened.getView().getRootViewId());
        assertThat(opened.getView().getCallbackId()).isEqualTo("declare_incident");
        assertThat(opened.getView().getPrivateMetadata()).isEqualTo("{\"c\":\"C0GENERAL\"}");
        assertThat(opened.getView().getTitle().getText()).isEqualTo("Declare");
        assertThat(opened.getView().getBlocks()).hasSize(1);
        assertThat(opened.getView().getSubmit()).isNull();
        assertThat(FakeSlackWorkspace.json(stub.calls("views.open").get(0), "view").get("callback_id").asText())
                .isEqualTo("declare_incident");

        ViewsUpdateResponse updated = client.viewsUpdate(req -> req.viewId(opened.getView().getId()).view(view));
        assertThat(updated.getView().getId()).isEqualTo(opened.getView().getId());
    }

    @Test
    void usersInfoReportsTheLocaleOnlyWhenAskedLikeSlack() throws Exception {
        stub.givenUserLocale("U123", "ja-JP");

        UsersInfoResponse ja = client.usersInfo(req -> req.user("U123").includeLocale(true));
        UsersInfoResponse other = client.usersInfo(req -> req.user("U999").includeLocale(true));
        UsersInfoResponse noLocale = client.usersInfo(req -> req.user("U123"));

        assertThat(ja.getUser().getId()).isEqualTo("U123");
        assertThat(ja.getUser().getLocale()).isEqualTo("ja-JP");
        assertThat(other.getUser().getId()).isEqualTo("U999");
        assertThat(other.getUser().getLocale()).isEqualTo(FakeSlackWorkspace.DEFAULT_LOCALE);
        assertThat(noLocale.getUser().getLocale()).isNull();
        assertThat(ja.getUser().getRealName()).isEqualTo("Egon Spengler");
    }

    @Test
    void usergroupMembersDefaultAndConfigured() throws Exception {
        assertThat(client.usergroupsUsersList(req -> req.usergroup("S1")).getUsers())
                .isEqualTo(FakeSlackWorkspace.DEFAULT_USERGROUP_USERS);
        stub.givenUsergroupUsers("S2", "U0ONE0001", "U0TWO0001", "U0THREE01");
        assertThat(client.usergroupsUsersList(req -> req.usergroup("S2")).getUsers()).containsExactly("U0ONE0001", "U0TWO0001", "U0THREE01");
    }

    @Test
    void otherMethodsAnswerLikeTheDocsSamples() throws Exception {
        String ts = client.chatPostMessage(req -> req.channel(C1).text("old")).getTs();
        assertThat(client.chatPostEphemeral(req -> req.channel(C1).user("U0ONE0001").text("x")).getMessageTs()).isNotBlank();
        assertThat(client.chatUpdate(req -> req.channel(C1).ts(ts).text("new")).getMessage().getText()).isEqualTo("new");
        assertThat(client.conversationsInvite(req -> req.channel(C1).users(List.of("U0TWO0001", "U0THREE01"))).getChannel().getId())
                .isEqualTo(C1);
        assertThat(client.conversationsSetTopic(req -> req.channel(C1).topic("Sev1")).getChannel().getTopic().getValue())
                .isEqualTo("Sev1");
        assertThat(client.conversationsSetPurpose(req -> req.channel(C1).purpose("p")).isOk()).isTrue();
        assertThat(client.pinsAdd(req -> req.channel(C1).timestamp(ts)).isOk()).isTrue();
        assertThat(client.pinsAdd(req -> req.channel(C1).timestamp(ts)).getError()).isEqualTo("already_pinned");
        assertThat(client.viewsPush(req -> req.triggerId("t").view(View.builder().type("modal")
                .title(ViewTitle.builder().type("plain_text").text("T").build()).build())).isOk()).isTrue();
        assertThat(stub.calls("conversations.invite").get(0)).containsEntry("users", "U0TWO0001,U0THREE01");
        assertThat(stub.unmatchedRequests()).isEmpty();
    }

    @Test
    void messagesPeopleWroteAreInTheHistoryTheirThreadsAndLinks() throws Exception {
        String link = stub.messages().given(C1, "1599529504.000400", "U0ONE0001", "typed by hand");
        String reply = stub.messages().givenReply(C1, "1599529600.000100", "1599529000.000100", "U0TWO0001", "in a thread");

        var top = client.conversationsHistory(req -> req.channel(C1).latest("1599529504.000400").inclusive(true).limit(1));
        assertThat(top.getMessages()).singleElement().satisfies(m -> {
            assertThat(m.getText()).isEqualTo("typed by hand");
            assertThat(m.getUser()).isEqualTo("U0ONE0001");
        });
        var thread = client.conversationsReplies(req -> req.channel(C1).ts("1599529600.000100")
                .oldest("1599529600.000100").latest("1599529600.000100").inclusive(true).limit(2));
        assertThat(thread.getMessages()).extracting(m -> m.getTs()).containsExactly("1599529000.000100", "1599529600.000100");
        assertThat(client.chatGetPermalink(req -> req.channel(C1).messageTs("1599529504.000400")).getPermalink())
                .isEqualTo(link).endsWith("/archives/" + C1 + "/p1599529504000400");
        assertThat(reply).endsWith("?thread_ts=1599529000.000100&cid=" + C1);
        assertThat(client.conversationsReplies(req -> req.channel(C1).ts("1.2")).getError()).isEqualTo("thread_not_found");
        assertThat(client.chatGetPermalink(req -> req.channel(C1).messageTs("1.2")).getError()).isEqualTo("message_not_found");
    }

    @Test
    void appsConnectionsOpenReturnsALocalWebSocketUrl() throws Exception {
        MethodsClient appClient = slack.methods("xapp-1-test");
        assertThat(appClient.appsConnectionsOpen(req -> req).getUrl()).isEqualTo("ws://127.0.0.1:" + stub.port() + "/");
        stub.givenSocketModeUrl("ws://127.0.0.1:1234/link");
        assertThat(appClient.appsConnectionsOpen(req -> req).getUrl()).isEqualTo("ws://127.0.0.1:1234/link");
    }

    @Test
    void givenErrorAnswersOkFalseEveryTimeAndChangesNothing() throws Exception {
        stub.givenError("chat.postMessage", "not_in_channel");
        assertThat(client.chatPostMessage(req -> req.channel(C1).text("x")).getError()).isEqualTo("not_in_channel");
        assertThat(client.chatPostMessage(req -> req.channel(C1).text("x")).getError()).isEqualTo("not_in_channel");
        assertThat(stub.messages(C1)).isEmpty();
        assertThat(stub.count("chat.postMessage")).isEqualTo(2);
    }

    @Test
    void givenErrorOnceQueuesInOrderThenFallsBack() throws Exception {
        stub.givenErrorOnce("conversations.create", "name_taken");
        stub.givenErrorOnce("conversations.create", "restricted_action");

        assertThat(client.conversationsCreate(req -> req.name("a")).getError()).isEqualTo("name_taken");
        assertThat(client.conversationsCreate(req -> req.name("a")).getError()).isEqualTo("restricted_action");
        assertThat(client.conversationsCreate(req -> req.name("a")).isOk()).isTrue();

        stub.givenErrorOnce("conversations.create", "invalid_name");
        assertThat(client.conversationsCreate(req -> req.name("b")).getError()).isEqualTo("invalid_name");
        assertThat(client.conversationsCreate(req -> req.name("b")).isOk()).isTrue();
        assertThat(client.conversationsCreate(req -> req.name("b")).getError()).isEqualTo("name_taken");
    }

    @Test
    void givenSampleErrorServesTheDocsExample() throws Exception {
        stub.givenSampleError("conversations.create", "conversations.create.error.json");
        stub.givenSampleError("chat.postMessage", "errors/invalid_blocks_chat.postMessage_section_text_too_long.json");

        assertThat(client.conversationsCreate(req -> req.name("a")).getError()).isEqualTo("name_taken");
        ChatPostMessageResponse r = client.chatPostMessage(req -> req.channel(C1).text("x"));
        assertThat(r.getError()).isEqualTo("invalid_blocks");
        assertThat(r.getResponseMetadata().getMessages()).hasSize(2);
    }

    @Test
    void givenRateLimitedAnswers429WithRetryAfter() {
        stub.givenRateLimited("chat.postMessage", 7);
        assertThatThrownBy(() -> client.chatPostMessage(req -> req.channel(C1).text("x")))
                .isInstanceOfSatisfying(SlackApiException.class, e -> {
                    assertThat(e.getResponse().code()).isEqualTo(429);
                    assertThat(e.getResponse().header("Retry-After")).isEqualTo("7");
                    assertThat(e.getError().getError()).isEqualTo("ratelimited");
                });
    }

    @Test
    void givenRateLimitedOnceThenSucceeds() throws Exception {
        stub.givenRateLimitedOnce("chat.postMessage", 1);
        assertThatThrownBy(() -> client.chatPostMessage(req -> req.channel(C1).text("x")))
                .isInstanceOf(SlackApiException.class);
        assertThat(client.chatPostMessage(req -> req.channel(C1).text("x")).isOk()).isTrue();
    }

    @Test
    void givenDelaySlowsTheMethodDown() throws Exception {
        stub.givenDelay("views.open", 300);
        long start = System.nanoTime();
        assertThat(client.viewsOpen(req -> req.triggerId("t").view(View.builder().type("modal")
                .title(ViewTitle.builder().type("plain_text").text("T").build()).build())).isOk()).isTrue();
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(300);
    }

    @Test
    void callsWithoutATokenAreRejectedLikeSlack() throws Exception {
        // the SDK sends "Authorization: Bearer null" when it has no token
        assertThat(slack.methods().authTest(req -> req).getError()).isEqualTo("invalid_auth");
        HttpResponse<String> raw = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(stub.baseUrl() + "auth.test"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(raw.body()).contains("\"not_authed\"");
    }

    @Test
    void aChannelEveryoneIsInTakesEphemeralsForAnyUserAndTheBotsEarlierMessagesCanBeUpdated() throws Exception {
        stub.givenChannel("C0TRIAGE1", "triage", false);
        stub.messages().givenBotMessage("C0TRIAGE1", "1700000000.000100", "a report");
        assertThat(client.chatPostEphemeral(req -> req.channel("C0TRIAGE1").user("U0NEW0001").text("x")).getError())
                .isEqualTo("user_not_in_channel");

        stub.givenEveryoneIn("C0TRIAGE1");

        assertThat(client.chatPostEphemeral(req -> req.channel("C0TRIAGE1").user("U0NEW0001").text("x")).isOk()).isTrue();
        assertThat(client.chatPostEphemeral(req -> req.channel("C0TRIAGE1").user("$ne").text("x")).getError())
                .isEqualTo("user_not_found");
        assertThat(client.chatUpdate(req -> req.channel("C0TRIAGE1").ts("1700000000.000100").text("dismissed")).isOk())
                .isTrue();
        assertThat(stub.messages("C0TRIAGE1")).singleElement().satisfies(m -> assertThat(m.text()).isEqualTo("dismissed"));
    }

    @Test
    void unknownMethodsAnswerUnknownMethod() throws Exception {
        assertThat(client.bookmarksList(req -> req.channelId(C1)).getError()).isEqualTo("unknown_method");
        assertThat(stub.count("bookmarks.list")).isEqualTo(1);
    }

    @Test
    void aTestsOwnStubBeatsTheWorkspaceAndIsStillJournaled() throws Exception {
        stub.wireMock().stubFor(com.github.tomakehurst.wiremock.client.WireMock.post("/api/conversations.setTopic")
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(503)));
        assertThatThrownBy(() -> client.conversationsSetTopic(req -> req.channel(C1).topic("t")))
                .isInstanceOfSatisfying(SlackApiException.class, e -> assertThat(e.getResponse().code()).isEqualTo(503));
        assertThat(stub.count("conversations.setTopic")).isEqualTo(1);
        assertThat(stub.channel(C1).orElseThrow().topic()).isEmpty();
    }

    @Test
    void responseUrlsAcceptPostsAndRecordThem() throws Exception {
        String url = stub.responseUrl();
        assertThat(url).matches("http://127\\.0\\.0\\.1:\\d+/response-url/\\d+").isNotEqualTo(stub.responseUrl());
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"done\",\"response_type\":\"ephemeral\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(stub.responseUrlPosts(url)).singleElement().satisfies(j -> assertThat(j.get("text").asText()).isEqualTo("done"));
        assertThat(stub.responseUrlPosts()).hasSize(1);
    }

    @Test
    void resetForgetsRequestsAndPerTestBehaviour() throws Exception {
        stub.givenError("auth.test", "account_inactive");
        client.authTest(req -> req);
        stub.reset();
        assertThat(stub.count("auth.test")).isZero();
        assertThat(stub.channels()).isEmpty();
        assertThat(client.authTest(req -> req).isOk()).isTrue();
    }
}
