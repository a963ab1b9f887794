package org.csirtbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.csirtbot.testkit.SlackPayloads.plainText;
import static org.csirtbot.testkit.SlackPayloads.staticSelect;
import static org.csirtbot.testkit.TestBot.RESPONDER;
import static org.csirtbot.testkit.TestBot.TRIAGE;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.csirtbot.incident.RoomOpening;
import org.csirtbot.sandbox.workspace.SlackWorkspace.Fault;
import org.csirtbot.sandbox.workspace.WorkspaceModel;
import org.csirtbot.sandbox.workspace.WorkspaceSnapshot;
import org.csirtbot.storage.OutboxStore;
import org.csirtbot.testkit.BackgroundWork;
import org.csirtbot.testkit.Forms;
import org.csirtbot.testkit.SignedSlackRequests;
import org.csirtbot.testkit.SlackPayloads;
import org.csirtbot.testkit.TestBot;
import org.csirtbot.testkit.fakeslack.FakeSlackWorkspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.context.ConfigurableApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A scripted incident (three reports: one declared, one attached, one dismissed) run twice against a
 * stateful fake Slack: once clean, once with 30 % of Web API calls failing in every way Slack fails
 * (429 with Retry-After, 500, 503, answers past the timeout, connection resets, malformed JSON). The
 * final Slack state and the incident log must be the same.
 */
class FaultInjectionIntegrationTests {

    static final long SEED = 20261126L;
    /**
     * Web API calls and injected faults of each faulty run (README, "Guarantees"). Measured (the clean run makes 32
     * calls since the executive channel's summary is posted and pinned): 64–75 calls and 21–23 faults with 429, 500 or
     * 503 (the count of retries depends on timing); 42–48 calls and 7–15 faults with slow answers, resets or malformed
     * JSON; 56 calls and 15 faults mixed. The bounds leave a little room for timing.
     */
    static final int MIN_CALLS = 36;
    static final int MAX_CALLS = 84;
    static final int MIN_FAULTS = 6;
    static final int MAX_FAULTS = 24;
    static final List<String> FAULTY = List.of("conversations.create", "conversations.invite",
            "conversations.setTopic", "conversations.setPurpose", "chat.postMessage", "chat.update", "pins.add",
            "conversations.list", "conversations.history", "conversations.open", "users.info");

    private static Outcome clean;

    @TempDir
    Path data;

    @ParameterizedTest(name = "{0} on 30 % of calls")
    @EnumSource(Fault.class)
    void theFinalSlackStateAndLogAreTheSameAsWithoutFaults(Fault kind) {
        assertSameAsClean(run(data, fake -> inject(fake, kind)), List.of(kind));
    }

    @Test
    void theFinalSlackStateAndLogAreTheSameWithEveryKindOfFaultMixed() {
        Outcome mixed = run(data, fake -> inject(fake, Fault.values()));
        assertSameAsClean(mixed, List.of());
        assertThat(mixed.injected()).as("kinds of faults mixed in one run").hasSizeGreaterThanOrEqualTo(4);
    }

    private void assertSameAsClean(Outcome faulty, List<Fault> mustHappen) {
        org.slf4j.LoggerFactory.getLogger(FaultInjectionIntegrationTests.class).info(
                "Faults injected into {} Web API calls: {}; answer lost after the effect on {}", faulty.calls().size(),
                faulty.injected(), faulty.answersLostOnChanges());
        if (clean == null) {
            clean = run(data.resolveSibling(data.getFileName() + "-clean"), fake -> { });
            org.slf4j.LoggerFactory.getLogger(FaultInjectionIntegrationTests.class)
                    .info("Without faults: {} Web API calls", clean.calls().size());
        }
        assertThat(faulty.calls()).as("Web API calls (seed %d)", SEED).hasSizeBetween(MIN_CALLS, MAX_CALLS);
        assertThat(faulty.injected().values().stream().mapToInt(Integer::intValue).sum())
                .as("faults injected (seed %d): %s", SEED, faulty.injected()).isBetween(MIN_FAULTS, MAX_FAULTS);
        assertThat(faulty.injected().keySet()).containsAll(mustHappen);
        // the faults that matter most: Slack did it, the bot never learnt it; they must hit calls that change Slack
        mustHappen.stream().filter(Fault::losesTheAnswer).forEach(kind -> assertThat(faulty.answersLostOnChanges())
                .as("%s after the effect, on a call that changes Slack", kind).containsKey(kind));
        assertThat(faulty.snapshot().channels().keySet()).isEqualTo(clean.snapshot().channels().keySet());
        clean.snapshot().channels().forEach((name, channel) -> {
            var other = faulty.snapshot().channels().get(name);
            assertThat(other.messages().stream().map(m -> m.text()).toList()).as("messages in %s", name)
                    .isEqualTo(channel.messages().stream().map(m -> m.text()).toList());
            assertThat(withoutTimes(other)).as("%s", name).isEqualTo(withoutTimes(channel));
        });
        assertThat(faulty.log()).isEqualTo(clean.log());
    }

    /**
     * The state as text, without the moments (declared at …) that differ between any two runs, nor the log's head hash
     * in the summary, which hashes those moments.
     */
    private static String withoutTimes(Object state) {
        return String.valueOf(state).replaceAll("<!date\\^\\d+\\^[^|>]*\\|[^>]*>", "<!date>")
                .replaceAll("head `[0-9a-f]{12}`", "head `…`");
    }

    private static void inject(FakeSlackWorkspace fake, Fault... kinds) {
        fake.faultyMethods(FAULTY.toArray(String[]::new));
        fake.slowDelay(Duration.ofMillis(2500));
        fake.injectFaults(0.3, SEED, kinds);
    }

    private Outcome run(Path data, Consumer<FakeSlackWorkspace> faults) {
        try (FakeSlackWorkspace fake = new FakeSlackWorkspace().start()) {
            fake.givenChannel(TRIAGE, "csirt-triage", false, RESPONDER);
            Map<String, String> properties = TestBot.httpModeProperties(fake.baseUrl(), data);
            properties.put("slack.timeout", "1500ms");
            properties.put("csirtbot.recovery-interval", "2s");
            properties.put("resilience4j.circuitbreaker.instances.slack-web-api.wait-duration-in-open-state", "1s");
            faults.accept(fake);
            try (ConfigurableApplicationContext bot = TestBot.start(properties)) {
                Script script = new Script(fake, new SignedSlackRequests(TestBot.port(bot), TestBot.SIGNING_SECRET),
                        TestBot.port(bot));
                String incident = script.play();
                // settled: nothing left to send, every room complete, every triage post closed; then again once no
                // work is in flight that could still add an effect (the room's playbook suggestion follows the edit)
                Callable<Boolean> settled = () -> bot.getBean(OutboxStore.class).pending().isEmpty()
                        && bot.getBean(RoomOpening.class).incomplete().isEmpty()
                        && fake.messages(TRIAGE).stream().filter(m -> m.edited()).count() == 3;
                await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).until(settled);
                BackgroundWork.drain(bot);
                await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).until(settled);
                return new Outcome(fake.snapshot(), script.log(incident), fake.injected(), fake.calls());
            }
        }
    }

    /** The final state of a run; logs without the IDs and times that differ between runs. */
    record Outcome(WorkspaceSnapshot snapshot, List<String> log, Map<Fault, Integer> injected,
                   List<WorkspaceModel.Call> calls) {

        /** Per kind, the methods that changed Slack although their answer was lost (slow, reset, malformed). */
        Map<Fault, List<String>> answersLostOnChanges() {
            return calls.stream().filter(WorkspaceModel.Call::answerLost)
                    .filter(c -> FakeSlackWorkspace.SIDE_EFFECT_METHODS.contains(c.method()))
                    .collect(Collectors.groupingBy(WorkspaceModel.Call::fault, TreeMap::new,
                            Collectors.mapping(WorkspaceModel.Call::method, Collectors.toList())));
        }
    }

    /** What the people do: report three times, declare from the first, attach the second, dismiss the third. */
    private record Script(FakeSlackWorkspace fake, SignedSlackRequests requests, int port) {

        String play() {
            String declared = report("UEMPLOY01", "Mail asking for my password");
            String attached = report("UEMPLOY02", "Same mail here");
            String dismissed = report("UEMPLOY03", "A newsletter I did not subscribe to");
            JsonNode declareForm = click(declared, "triage_declare");
            submit("incident_declare", declareForm, Forms.declaration("Credential phishing wave", "S2",
                    "phishing_mail", "AMBER", false, true));
            String incident = await().atMost(Duration.ofSeconds(60)).until(() ->
                    TestBot.api(port, "/api/reports/" + declared).body().path("incidentId").asText(""), id -> !id.isEmpty());
            await().atMost(Duration.ofSeconds(60)).until(() ->
                    TestBot.api(port, "/api/incidents/" + incident).body().path("room").path("summaryPinned").asBoolean());
            submit("report_attach", click(attached, "triage_attach"),
                    Map.of("incident", Map.of("value", staticSelect(incident))));
            submit("report_dismiss", click(dismissed, "triage_dismiss"),
                    Map.of("reason", Map.of("value", plainText("Marketing newsletter, not phishing."))));
            return incident;
        }

        private String report(String user, String what) {
            var ack = requests.interaction(SlackPayloads.viewSubmission(user, "report_submit", "V" + System.nanoTime(),
                    "", Forms.report("phishing_mail", what, "today", "laptop", null)));
            String id = Forms.first(Forms.REPORT_ID, ack.body());
            await().atMost(Duration.ofSeconds(60)).until(() ->
                    !TestBot.api(port, "/api/reports/" + id).body().path("triageTs").isNull());
            return id;
        }

        private JsonNode click(String reportId, String action) {
            String ts = TestBot.api(port, "/api/reports/" + reportId).body().path("triageTs").asText();
            int views = fake.views().size();
            requests.click(RESPONDER, TRIAGE, ts, action, reportId);
            await().atMost(Duration.ofSeconds(30)).until(() -> fake.views().size() == views + 1);
            return fake.views().get(views).view();
        }

        private void submit(String callback, JsonNode form, Map<String, Map<String, Object>> state) {
            var ack = requests.interaction(SlackPayloads.viewSubmission(RESPONDER, callback, "V" + System.nanoTime(),
                    form.path("private_metadata").asText(), state));
            assertThat(ack.body()).doesNotContain("errors");
        }

        List<String> log(String incident) {
            JsonNode log = TestBot.api(port, "/api/incidents/" + incident + "/log").body();
            return java.util.stream.StreamSupport.stream(log.spliterator(), false)
                    .map(e -> e.path("seq").asText() + " " + e.path("actor").asText() + " " + e.path("kind").asText()
                            + " " + withoutIds(e.path("data")))
                    .toList();
        }

        private static String withoutIds(JsonNode data) {
            return data.toString().replaceAll("\"(channelId|ts|reportedAt|reportId|op)\":\"[^\"]*\"", "\"$1\":\"…\"");
        }
    }
}
