package org.csirtbot.sandbox.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import org.csirtbot.sandbox.workspace.SlackWorkspace.Fault;
import org.csirtbot.testkit.fakeslack.FakeSlackWorkspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.gson.JsonSyntaxException;
import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.conversations.ConversationsCreateResponse;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewTitle;

/** Seeded fault injection of {@link FakeSlackWorkspace}, through the real Slack SDK client (the one Bolt uses). */
class WorkspaceFaultsTests {

    private static final String TOKEN = SlackSdkOnTheFake.TOKEN;
    private static final String ALICE = "U0ALICE01";
    private static final String ROOM = "C0ROOM001";
    @RegisterExtension
    static final SlackSdkOnTheFake sdk = new SlackSdkOnTheFake();
    private static final FakeSlackWorkspace fake = sdk.fake;
    private static final MethodsClient client = sdk.client;

    @BeforeEach
    void reset() {
        fake.rules().enforceRates(false); // these tests are about faults; SlackRulesTests has the rate tiers
    }

    @Test
    void rateLimitedAnswers429WithRetryAfterAndChangesNothing() throws Exception {
        fake.injectFaults(1.0, 7, Fault.RATE_LIMITED);
        assertThatThrownBy(() -> create("inc-429")).isInstanceOfSatisfying(SlackApiException.class, e -> {
            assertThat(e.getResponse().code()).isEqualTo(429);
            assertThat(e.getResponse().header("Retry-After")).isEqualTo("1");
            assertThat(e.getError().getError()).isEqualTo("ratelimited");
        });
        assertThat(fake.channels()).isEmpty();
        assertThat(fake.injected()).isEqualTo(Map.of(Fault.RATE_LIMITED, 1));
        assertThat(fake.calls()).singleElement().extracting(WorkspaceModel.Call::fault).isEqualTo(Fault.RATE_LIMITED);

        fake.stopFaults();
        assertThat(create("inc-429").isOk()).isTrue();
        assertThat(fake.injected(Fault.RATE_LIMITED)).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource({"SERVER_ERROR_500, 500", "SERVICE_UNAVAILABLE_503, 503"})
    void serverErrorsChangeNothing(Fault fault, int status) {
        fake.injectFaults(1.0, 7, fault);
        assertThatThrownBy(() -> create("inc-5xx")).isInstanceOfSatisfying(SlackApiException.class,
                e -> assertThat(e.getResponse().code()).isEqualTo(status));
        assertThat(fake.channels()).isEmpty();
        assertThat(fake.injected(fault)).isEqualTo(1);
    }

    @Test
    void slowAppliesTheEffectAndAnswersAfterTheClientGaveUp() throws Exception {
        fake.slowDelay(Duration.ofSeconds(3));
        fake.injectFaults(1.0, 7, Fault.SLOW);
        try (Slack impatient = Slack.getInstance(SlackSdkOnTheFake.config(fake, 300))) {
            assertThatThrownBy(() -> impatient.methods(TOKEN).conversationsCreate(r -> r.name("inc-slow")))
                    .isInstanceOf(SocketTimeoutException.class);
        }
        assertThat(fake.channelByName("inc-slow")).isPresent();
        assertThat(fake.injected(Fault.SLOW)).isEqualTo(1);
        assertThat(fake.count("conversations.create")).isEqualTo(1);
    }

    @Test
    void manySlowAnswersDoNotHoldUpOtherRequests() throws Exception {
        fake.slowDelay(Duration.ofSeconds(10));
        fake.injectFaults(1.0, 7, Fault.SLOW);
        ExecutorService pool = Executors.newFixedThreadPool(30);
        try (Slack impatient = Slack.getInstance(SlackSdkOnTheFake.config(fake, 500));
             Slack fast = Slack.getInstance(SlackSdkOnTheFake.config(fake, 3000))) {
            for (int i = 0; i < 30; i++) {
                String name = "inc-slow-" + i;
                pool.submit(() -> impatient.methods(TOKEN).conversationsCreate(r -> r.name(name)));
            }
            await().atMost(Duration.ofSeconds(8)).until(() -> fake.channels().size() == 30);
            assertThat(fast.methods(TOKEN).authTest(r -> r).isOk()).isTrue(); // 30 answers still pending
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void malformedJsonAppliesTheEffectAndTheClientThrows() throws Exception {
        String id = create("inc-malformed").getChannel().getId();
        fake.injectFaults(1.0, 7, Fault.MALFORMED_JSON);
        // NB: Gson's JsonSyntaxException is a RuntimeException, neither IOException nor SlackApiException
        assertThatThrownBy(() -> client.chatPostMessage(r -> r.channel(id).text("posted anyway")))
                .isInstanceOf(JsonSyntaxException.class);
        assertThat(fake.messages(id)).extracting(WorkspaceModel.Message::text).containsExactly("posted anyway");
        assertThat(fake.injected(Fault.MALFORMED_JSON)).isEqualTo(1);
    }

    @Test
    void connectionResetSometimesAppliesTheEffect() {
        fake.injectFaults(1.0, 7, Fault.CONNECTION_RESET);
        for (int i = 0; i < 10; i++) {
            String name = "inc-reset-" + i;
            assertThatThrownBy(() -> create(name)).isInstanceOf(IOException.class);
        }
        assertThat(fake.channels()).hasSizeBetween(1, 9); // with seed 7 both outcomes happen
        assertThat(fake.injected(Fault.CONNECTION_RESET)).isEqualTo(fake.count("conversations.create"));
    }

    @Test
    void faultsHitSideEffectMethodsUnlessToldOtherwise() throws Exception {
        fake.injectFaults(1.0, 7, Fault.SERVER_ERROR_500);
        assertThat(client.authTest(r -> r).isOk()).isTrue();
        assertThat(client.usersInfo(r -> r.user(ALICE)).isOk()).isTrue();
        assertThat(client.conversationsList(r -> r).isOk()).isTrue();
        assertThatThrownBy(() -> create("inc-a")).isInstanceOf(SlackApiException.class);

        fake.faultyMethods("users.info");
        assertThat(create("inc-a").isOk()).isTrue();
        assertThatThrownBy(() -> client.usersInfo(r -> r.user(ALICE))).isInstanceOf(SlackApiException.class);

        fake.faultyMethods("*");
        assertThatThrownBy(() -> client.authTest(r -> r)).isInstanceOf(SlackApiException.class);
        assertThat(fake.injected(Fault.SERVER_ERROR_500)).isEqualTo(3);
    }

    @Test
    void theSameSeedGivesTheSameFaults() throws Exception {
        List<Fault> first = faultsOfTwentyPosts(42);
        List<Fault> second = faultsOfTwentyPosts(42);
        assertThat(first).isEqualTo(second);
        assertThat(first).contains(null, Fault.RATE_LIMITED, Fault.SERVER_ERROR_500);
        assertThat(faultsOfTwentyPosts(43)).isNotEqualTo(first);
    }

    private static List<Fault> faultsOfTwentyPosts(long seed) throws Exception {
        fake.reset();
        String id = create("inc-seed").getChannel().getId();
        fake.injectFaults(0.5, seed, Fault.RATE_LIMITED, Fault.SERVER_ERROR_500);
        for (int i = 0; i < 20; i++) {
            try {
                client.chatPostMessage(r -> r.channel(id).text("m"));
            } catch (SlackApiException expected) {
                // injected
            }
        }
        return fake.calls().stream().filter(c -> c.method().equals("chat.postMessage"))
                .map(WorkspaceModel.Call::fault).toList();
    }

    @Test
    void aRunThatRetriesRejectedCallsEndsLikeACleanRun() throws Exception {
        SlackWorkspaceTests.incidentStory(client);
        WorkspaceSnapshot clean = fake.snapshot();
        fake.reset();

        fake.injectFaults(0.5, 11, Fault.RATE_LIMITED, Fault.SERVER_ERROR_500, Fault.SERVICE_UNAVAILABLE_503);
        SlackWorkspaceTests.incidentStory(client, true);
        assertThat(fake.injected().values().stream().mapToInt(Integer::intValue).sum()).isGreaterThan(2);
        assertThat(fake.snapshot()).isEqualTo(clean);
    }

    static Stream<Arguments> everyFaultOnTheMethodsPeopleSee() {
        return Stream.of("views.open", "views.push", "views.update", "chat.postEphemeral")
                .flatMap(method -> Arrays.stream(Fault.values()).map(fault -> Arguments.of(fault, method)));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("everyFaultOnTheMethodsPeopleSee")
    void everyKindOfFaultReachesFormsAndEphemeralMessagesToo(Fault fault, String method) throws Exception {
        fake.givenChannel(ROOM, "inc-room", false, ALICE);
        String viewId = client.viewsOpen(r -> r.triggerId("1.2.t").view(modal())).getView().getId();
        fake.faultyMethods(method);
        fake.slowDelay(Duration.ofSeconds(2));
        fake.injectFaults(1.0, 5, fault);
        int views = fake.views().size();

        try (Slack impatient = Slack.getInstance(SlackSdkOnTheFake.config(fake, 500))) {
            MethodsClient c = impatient.methods(TOKEN);
            assertThatThrownBy(() -> call(c, method, viewId)).isInstanceOf(switch (fault) {
                case RATE_LIMITED, SERVER_ERROR_500, SERVICE_UNAVAILABLE_503 -> SlackApiException.class;
                case SLOW -> SocketTimeoutException.class;
                case CONNECTION_RESET -> IOException.class;
                case MALFORMED_JSON -> JsonSyntaxException.class;
            });
        }
        WorkspaceModel.Call faulted = fake.calls().get(fake.calls().size() - 1);
        assertThat(faulted.method()).isEqualTo(method);
        assertThat(faulted.fault()).isEqualTo(fault);
        int changed = method.equals("chat.postEphemeral") ? fake.ephemerals().size()
                : method.equals("views.update") ? (int) fake.views().stream().filter(v -> v.method().equals("views.update")).count()
                : fake.views().size() - views;
        assertThat(changed).as("applied: %s", faulted.applied()).isEqualTo(faulted.applied() ? 1 : 0);
        assertThat(faulted.answerLost()).isEqualTo(faulted.applied() && fault.losesTheAnswer());
    }

    private static Object call(MethodsClient c, String method, String viewId) throws Exception {
        return switch (method) {
            case "views.open" -> c.viewsOpen(r -> r.triggerId("1.2.t").view(modal()));
            case "views.push" -> c.viewsPush(r -> r.triggerId("1.2.t").view(modal()));
            case "views.update" -> c.viewsUpdate(r -> r.viewId(viewId).view(modal()));
            default -> c.chatPostEphemeral(r -> r.channel(ROOM).user(ALICE).text("only you"));
        };
    }

    private static View modal() {
        return View.builder().type("modal").title(ViewTitle.builder().type("plain_text").text("Report").build()).build();
    }

    private static ConversationsCreateResponse create(String name) throws IOException, SlackApiException {
        return client.conversationsCreate(r -> r.name(name));
    }
}
