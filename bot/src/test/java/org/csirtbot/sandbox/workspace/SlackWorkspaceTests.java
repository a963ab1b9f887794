package org.csirtbot.sandbox.workspace;

import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.csirtbot.testkit.SlackTestIds.BOT_USER_ID;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.csirtbot.testkit.SlackTestIds;
import org.csirtbot.testkit.fakeslack.FakeSlackWorkspace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.conversations.ConversationsCreateResponse;
import com.slack.api.methods.response.conversations.ConversationsHistoryResponse;
import com.slack.api.methods.response.conversations.ConversationsInviteResponse;
import com.slack.api.methods.response.conversations.ConversationsListResponse;
import com.slack.api.model.ConversationType;
import com.slack.api.model.Message;
import com.slack.api.model.block.LayoutBlock;

/** Drives {@link FakeSlackWorkspace} with the real Slack SDK client (the one Bolt uses). */
class SlackWorkspaceTests {

    private static final String TOKEN = SlackSdkOnTheFake.TOKEN;
    private static final String ALICE = "U0ALICE01";
    private static final String BOB = "U0BOB0001";
    @RegisterExtension
    static final SlackSdkOnTheFake sdk = new SlackSdkOnTheFake();
    private static final FakeSlackWorkspace fake = sdk.fake;
    private static final MethodsClient client = sdk.client;

    @BeforeAll
    static void fast() {
        // these tests call the fake directly, faster than Slack's tiers allow; SlackRulesTests covers the tiers
        fake.rules().enforceRates(false);
    }

    /** The story of an incident: channel, members, topic, purpose, a pinned summary, a DM that links the channel. */
    static void incidentStory(MethodsClient c) throws IOException, SlackApiException {
        incidentStory(c, false);
    }

    /** The same story; with {@code retryRejected} each call is repeated while it answers HTTP 429/500/503. */
    static void incidentStory(MethodsClient c, boolean retryRejected) throws IOException, SlackApiException {
        String id = send(retryRejected, () -> c.conversationsCreate(r -> r.name("inc-42-db-leak").isPrivate(true)))
                .getChannel().getId();
        send(retryRejected, () -> c.conversationsInvite(r -> r.channel(id).users(List.of(ALICE, BOB))));
        send(retryRejected, () -> c.conversationsSetTopic(r -> r.channel(id).topic("DB leak — sev1")));
        send(retryRejected, () -> c.conversationsSetPurpose(r -> r.channel(id).purpose("Incident INC-42")));
        List<LayoutBlock> blocks = List.of(header(h -> h.text(plainText("INC-42"))),
                section(s -> s.text(markdownText("*Severity* sev1"))));
        String ts = send(retryRejected, () -> c.chatPostMessage(r -> r.channel(id).text("INC-42 summary").blocks(blocks)
                .metadata(new Message.Metadata("incident_summary", Map.of("incident", "INC-42"))))).getTs();
        send(retryRejected, () -> c.pinsAdd(r -> r.channel(id).timestamp(ts)));
        send(retryRejected, () -> c.chatPostMessage(r -> r.channel(id).text("first update")));
        send(retryRejected, () -> c.chatPostMessage(r -> r.channel(ALICE).text("You were added to <#" + id + ">, see " + ts)));
    }

    @FunctionalInterface
    interface ApiCall<T> {
        T call() throws IOException, SlackApiException;
    }

    /** Calls once, or until the answer is not a 429/500/503 (those change nothing, so repeating is safe). */
    static <T> T send(boolean retryRejected, ApiCall<T> call) throws IOException, SlackApiException {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.call();
            } catch (SlackApiException e) {
                if (!retryRejected || attempt == 20 || !List.of(429, 500, 503).contains(e.getResponse().code())) {
                    throw e;
                }
            }
        }
    }

    @Test
    void createInvitePostAndPinBuildTheWorkspace() throws Exception {
        incidentStory(client);

        WorkspaceModel.Channel channel = fake.channelByName("inc-42-db-leak").orElseThrow();
        assertThat(channel.id()).startsWith("C");
        assertThat(channel.isPrivate()).isTrue();
        assertThat(channel.archived()).isFalse();
        assertThat(channel.members()).containsExactly(BOT_USER_ID, ALICE, BOB);
        assertThat(channel.topic()).isEqualTo("DB leak — sev1");
        assertThat(channel.purpose()).isEqualTo("Incident INC-42");
        assertThat(channel.creator()).isEqualTo(BOT_USER_ID);
        assertThat(fake.channels()).containsExactly(channel);

        List<WorkspaceModel.Message> messages = fake.messages(channel.id());
        assertThat(messages).extracting(WorkspaceModel.Message::text).containsExactly("INC-42 summary", "first update");
        assertThat(messages.get(0).blocks().get(0).path("text").path("text").asText()).isEqualTo("INC-42");
        assertThat(messages.get(0).metadata().path("event_type").asText()).isEqualTo("incident_summary");
        assertThat(messages.get(0).ts()).isLessThan(messages.get(1).ts());
        assertThat(fake.pins(channel.id())).extracting(WorkspaceModel.Message::ts).containsExactly(messages.get(0).ts());

        WorkspaceModel.Channel dm = fake.dm(ALICE).orElseThrow();
        assertThat(dm.id()).startsWith("D");
        assertThat(dm.isIm()).isTrue();
        assertThat(fake.messages(dm.id())).singleElement().extracting(WorkspaceModel.Message::text)
                .isEqualTo("You were added to <#" + channel.id() + ">, see " + messages.get(0).ts());
        assertThat(fake.conversations()).hasSize(2);
        assertThat(fake.count("chat.postMessage")).isEqualTo(3);
        assertThat(fake.calls("conversations.invite")).singleElement()
                .satisfies(call -> assertThat(call).containsEntry("users", ALICE + "," + BOB));
    }

    @Test
    void snapshotDoesNotDependOnGeneratedIdsOrTimestamps() throws Exception {
        incidentStory(client);
        try (FakeSlackWorkspace other = new FakeSlackWorkspace().start();
             Slack otherSlack = Slack.getInstance(SlackSdkOnTheFake.config(other, null))) {
            incidentStory(otherSlack.methods(TOKEN));
            assertThat(other.channelByName("inc-42-db-leak").orElseThrow().id())
                    .isNotEqualTo(fake.channelByName("inc-42-db-leak").orElseThrow().id());
            assertThat(other.snapshot()).isEqualTo(fake.snapshot());
        }

        WorkspaceSnapshot snapshot = fake.snapshot();
        assertThat(snapshot.channels()).containsOnlyKeys("inc-42-db-leak", "@" + ALICE);
        WorkspaceSnapshot.ChannelState incident = snapshot.channels().get("inc-42-db-leak");
        assertThat(incident.isPrivate()).isTrue();
        assertThat(incident.members()).containsExactly(ALICE, BOB, BOT_USER_ID);
        assertThat(incident.topic()).isEqualTo("DB leak — sev1");
        assertThat(incident.messages()).extracting(WorkspaceSnapshot.MessageState::text)
                .containsExactly("INC-42 summary", "first update");
        assertThat(incident.pinned()).containsExactly("INC-42 summary");
        assertThat(snapshot.channels().get("@" + ALICE).messages().get(0).text())
                .isEqualTo("You were added to <#{channel:inc-42-db-leak}>, see {ts:inc-42-db-leak/0}");
    }

    @Test
    void snapshotSeesADuplicatedMessage() throws Exception {
        incidentStory(client);
        WorkspaceSnapshot clean = fake.snapshot();
        String id = fake.channelByName("inc-42-db-leak").orElseThrow().id();
        client.chatPostMessage(r -> r.channel(id).text("first update"));
        assertThat(fake.snapshot()).isNotEqualTo(clean);
    }

    @Test
    void channelNamesFollowSlackRules() throws Exception {
        assertThat(create("inc-1_a").isOk()).isTrue();
        assertThat(create("inc-1_a").getError()).isEqualTo("name_taken");
        assertThat(create("Inc-2").getError()).isEqualTo("invalid_name_specials");
        assertThat(create("inc 2").getError()).isEqualTo("invalid_name_specials");
        assertThat(create("inc.2").getError()).isEqualTo("invalid_name_specials");
        assertThat(create("x".repeat(81)).getError()).isEqualTo("invalid_name_maxlength");
        assertThat(create("x".repeat(80)).isOk()).isTrue();
        assertThat(create("--").getError()).isEqualTo("invalid_name_punctuation");
        assertThat(create("").getError()).isEqualTo("invalid_name_required");
        assertThat(create("インシデント-東京").isOk()).isTrue(); // uncased letters
        assertThat(create("café-é").isOk()).isTrue();
        assertThat(create("café-É").getError()).isEqualTo("invalid_name_specials");
        assertThat(fake.calls("conversations.create")).hasSize(12);
        assertThat(fake.channels()).extracting(WorkspaceModel.Channel::name)
                .containsExactly("inc-1_a", "x".repeat(80), "インシデント-東京", "café-é");
    }

    @Test
    void archivedChannelsKeepTheirName() throws Exception {
        String id = create("inc-old").getChannel().getId();
        assertThat(client.conversationsArchive(r -> r.channel(id)).isOk()).isTrue();
        assertThat(client.conversationsArchive(r -> r.channel(id)).getError()).isEqualTo("already_archived");
        assertThat(create("inc-old").getError()).isEqualTo("name_taken");
        assertThat(client.chatPostMessage(r -> r.channel(id).text("hi")).getError()).isEqualTo("is_archived");
        assertThat(fake.channel(id).orElseThrow().archived()).isTrue();
    }

    @Test
    void inviteAnswersLikeSlack() throws Exception {
        String id = create("inc-invite").getChannel().getId();
        assertThat(invite("C0NOPE", ALICE).getError()).isEqualTo("channel_not_found");
        assertThat(invite(id, ALICE).isOk()).isTrue();
        assertThat(invite(id, ALICE).getError()).isEqualTo("already_in_channel");
        assertThat(invite(id, BOT_USER_ID).getError()).isEqualTo("cant_invite_self");
        assertThat(invite(id, "not-a-user", BOB).getError()).isEqualTo("user_not_found");
        assertThat(fake.channel(id).orElseThrow().members()).containsExactly(BOT_USER_ID, ALICE);

        ConversationsInviteResponse mixed = invite(id, ALICE, BOB);
        assertThat(mixed.getError()).isEqualTo("already_in_channel");
        assertThat(mixed.getErrors()).singleElement().satisfies(e -> assertThat(e.getUser()).isEqualTo(ALICE));
        assertThat(fake.channel(id).orElseThrow().members()).containsExactly(BOT_USER_ID, ALICE, BOB);
    }

    @Test
    void topicAndPurposeAreLimitedTo250Characters() throws Exception {
        String id = create("inc-topic").getChannel().getId();
        assertThat(client.conversationsSetTopic(r -> r.channel(id).topic("t".repeat(250))).isOk()).isTrue();
        assertThat(client.conversationsSetTopic(r -> r.channel(id).topic("t".repeat(251))).getError())
                .isEqualTo("too_long");
        assertThat(client.conversationsSetPurpose(r -> r.channel(id).purpose("p".repeat(251))).getError())
                .isEqualTo("too_long");
        assertThat(client.conversationsSetPurpose(r -> r.channel("C0NOPE").purpose("p")).getError())
                .isEqualTo("channel_not_found");
        assertThat(fake.channel(id).orElseThrow().topic()).hasSize(250);
    }

    @Test
    void updateAndPinNeedAnExistingMessage() throws Exception {
        String id = create("inc-msg").getChannel().getId();
        String ts = client.chatPostMessage(r -> r.channel(id).text("status: open")).getTs();
        assertThat(client.chatUpdate(r -> r.channel(id).ts("1.000001").text("x")).getError())
                .isEqualTo("message_not_found");
        assertThat(client.chatUpdate(r -> r.channel(id).ts(ts).text("status: closed")).isOk()).isTrue();
        assertThat(client.pinsAdd(r -> r.channel(id).timestamp("1.000001")).getError()).isEqualTo("message_not_found");
        assertThat(client.pinsAdd(r -> r.channel(id).timestamp(ts)).isOk()).isTrue();
        assertThat(client.pinsAdd(r -> r.channel(id).timestamp(ts)).getError()).isEqualTo("already_pinned");
        assertThat(client.pinsList(r -> r.channel(id)).getItems()).singleElement()
                .satisfies(item -> assertThat(item.getMessage().getText()).isEqualTo("status: closed"));
        assertThat(client.chatPostMessage(r -> r.channel("C0NOPE").text("x")).getError()).isEqualTo("channel_not_found");
        assertThat(fake.messages(id)).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("status: closed");
            assertThat(m.edited()).isTrue();
        });
    }

    @Test
    void historyIsNewestFirstWithMetadataOnRequest() throws Exception {
        String id = create("inc-history").getChannel().getId();
        for (int i = 1; i <= 3; i++) {
            int n = i;
            client.chatPostMessage(r -> r.channel(id).text("m" + n)
                    .metadata(new Message.Metadata("step", Map.of("n", n))));
        }
        ConversationsHistoryResponse all = client.conversationsHistory(r -> r.channel(id).includeAllMetadata(true));
        assertThat(all.getMessages()).extracting(Message::getText).containsExactly("m3", "m2", "m1");
        assertThat(all.getMessages().get(0).getMetadata().getEventType()).isEqualTo("step");
        assertThat(all.getMessages().get(0).getMetadata().getEventPayload()).containsEntry("n", 3.0);
        assertThat(all.getMessages().get(0).getBotId()).isEqualTo(SlackTestIds.BOT_ID);

        ConversationsHistoryResponse page = client.conversationsHistory(r -> r.channel(id).limit(2));
        assertThat(page.getMessages()).extracting(Message::getText).containsExactly("m3", "m2");
        assertThat(page.getMessages().get(0).getMetadata()).isNull();
        assertThat(page.isHasMore()).isTrue();
        String cursor = page.getResponseMetadata().getNextCursor();
        ConversationsHistoryResponse rest = client.conversationsHistory(r -> r.channel(id).limit(2).cursor(cursor));
        assertThat(rest.getMessages()).extracting(Message::getText).containsExactly("m1");
        assertThat(rest.isHasMore()).isFalse();
        assertThat(client.conversationsHistory(r -> r.channel("C0NOPE")).getError()).isEqualTo("channel_not_found");
    }

    @Test
    void listPaginatesAndFilters() throws Exception {
        for (String name : List.of("a-1", "a-2", "a-3", "a-4")) {
            create(name);
        }
        String secret = client.conversationsCreate(r -> r.name("s-1").isPrivate(true)).getChannel().getId();
        client.conversationsArchive(r -> r.channel(fake.channelByName("a-2").orElseThrow().id()));

        List<String> names = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            String c = cursor;
            ConversationsListResponse page = client.conversationsList(r -> r.limit(2).cursor(c)
                    .types(List.of(ConversationType.PUBLIC_CHANNEL, ConversationType.PRIVATE_CHANNEL)));
            page.getChannels().forEach(ch -> names.add(ch.getName()));
            cursor = page.getResponseMetadata().getNextCursor();
            pages++;
        } while (!cursor.isEmpty());
        assertThat(names).containsExactly("a-1", "a-2", "a-3", "a-4", "s-1");
        assertThat(pages).isEqualTo(3);

        assertThat(client.conversationsList(r -> r.excludeArchived(true)).getChannels())
                .extracting(ch -> ch.getName()).containsExactly("a-1", "a-3", "a-4");
        var info = client.conversationsInfo(r -> r.channel(secret)).getChannel();
        assertThat(info.isPrivate()).isTrue();
        assertThat(info.getCreator()).isEqualTo(BOT_USER_ID);
    }

    @Test
    void usersViewsAndEphemeralsAreAnswered() throws Exception {
        fake.givenUserLocale(BOB, "ja-JP");
        fake.givenUsergroupUsers("S0CSIRT", ALICE);
        assertThat(client.authTest(r -> r).getUserId()).isEqualTo(BOT_USER_ID);
        assertThat(client.usersInfo(r -> r.user(ALICE).includeLocale(true)).getUser().getLocale()).isEqualTo("en-US");
        assertThat(client.usersInfo(r -> r.user(BOB).includeLocale(true)).getUser().getLocale()).isEqualTo("ja-JP");
        assertThat(client.usergroupsUsersList(r -> r.usergroup("S0CSIRT")).getUsers()).containsExactly(ALICE);

        String view = "{\"type\":\"modal\",\"callback_id\":\"declare\",\"title\":{\"type\":\"plain_text\",\"text\":\"Declare\"},"
                + "\"blocks\":[]}";
        String viewId = client.viewsOpen(r -> r.triggerId("123.456").viewAsString(view)).getView().getId();
        assertThat(client.viewsUpdate(r -> r.viewId(viewId).viewAsString(view.replace("Declare", "Declared")))
                .getView().getTitle().getText()).isEqualTo("Declared");
        assertThat(fake.views()).singleElement().satisfies(v -> assertThat(v.method()).isEqualTo("views.update"));
        String tooLong = view.replace("Declare", "A title much longer than 24");
        assertThat(client.viewsOpen(r -> r.triggerId("1.2").viewAsString(tooLong)).getError())
                .isEqualTo("invalid_arguments");

        fake.givenChannel("C0GENERAL", "general", false, ALICE);
        assertThat(client.chatPostEphemeral(r -> r.channel("C0GENERAL").user(ALICE).text("hi")).isOk()).isTrue();
        assertThat(client.chatPostEphemeral(r -> r.channel("C0GENERAL").user(BOB).text("hi")).getError())
                .isEqualTo("user_not_in_channel");
        assertThat(fake.ephemerals()).singleElement().satisfies(e -> assertThat(e.user()).isEqualTo(ALICE));
    }

    @Test
    void blocksBeyondSlackLimitsAreRejected() throws Exception {
        String id = create("inc-blocks").getChannel().getId();
        ChatPostMessageResponse r = client.chatPostMessage(req -> req.channel(id).text("x")
                .blocks(List.of(section(s -> s.text(markdownText("y".repeat(3001)))))));
        assertThat(r.getError()).isEqualTo("invalid_blocks");
        assertThat(fake.messages(id)).isEmpty();
        JsonNode body = SlackSamples.MAPPER.readTree(SlackSamples.text(
                "web-api/errors/invalid_blocks_chat.postMessage_section_text_too_long.json"));
        assertThat(r.getResponseMetadata().getMessages()).contains(body.at("/response_metadata/messages/1").asText());
    }

    @Test
    void concurrentPostsAreAllKeptWithIncreasingTimestamps() throws Exception {
        String id = create("inc-busy").getChannel().getId();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ChatPostMessageResponse>> posts = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String text = "m" + i;
                posts.add(pool.submit(() -> client.chatPostMessage(r -> r.channel(id).text(text))));
            }
            for (Future<ChatPostMessageResponse> post : posts) {
                assertThat(post.get().isOk()).isTrue();
            }
        } finally {
            pool.shutdown();
        }
        List<String> ts = fake.messages(id).stream().map(WorkspaceModel.Message::ts).toList();
        assertThat(ts).hasSize(40).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void requestsWithoutTokenOrToUnknownMethodsAreRefused() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(fake.baseUrl() + "auth.test"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(""));
        assertThat(http.send(post.build(), HttpResponse.BodyHandlers.ofString()).body())
                .isEqualTo("{\"ok\":false,\"error\":\"not_authed\"}");
        assertThat(http.send(post.header("Authorization", "Bearer null").build(), HttpResponse.BodyHandlers.ofString())
                .body()).isEqualTo("{\"ok\":false,\"error\":\"invalid_auth\"}");
        HttpRequest unknown = HttpRequest.newBuilder(URI.create(fake.baseUrl() + "no.such.method"))
                .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.ofString("")).build();
        assertThat(http.send(unknown, HttpResponse.BodyHandlers.ofString()).body())
                .isEqualTo("{\"ok\":false,\"error\":\"unknown_method\"}");
        assertThat(fake.calls()).extracting(WorkspaceModel.Call::method)
                .containsExactly("auth.test", "auth.test", "no.such.method");
    }

    static ConversationsCreateResponse create(String name) throws IOException, SlackApiException {
        return client.conversationsCreate(r -> r.name(name));
    }

    static ConversationsInviteResponse invite(String channel, String... users)
            throws IOException, SlackApiException {
        return client.conversationsInvite(r -> r.channel(channel).users(List.of(users)));
    }
}
