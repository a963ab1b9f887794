package org.csirtbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.csirtbot.testkit.SlackPayloads.plainText;
import static org.csirtbot.testkit.TestBot.EMPLOYEE;
import static org.csirtbot.testkit.TestBot.GENERAL;
import static org.csirtbot.testkit.TestBot.RESPONDER;
import static org.csirtbot.testkit.TestBot.TRIAGE;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.csirtbot.testkit.BackgroundWork;
import org.csirtbot.testkit.Forms;
import org.csirtbot.testkit.SlackJourneyTest;
import org.csirtbot.testkit.SlackPayloads;
import org.csirtbot.testkit.TestBot;
import org.csirtbot.testkit.TimedRequests;
import org.csirtbot.testkit.TimelineEventPayloads;
import org.csirtbot.triage.slack.TriageContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;

/**
 * Slack's 3-second acknowledgement and forms opened before their trigger expires (3 s after Slack sent it, as the
 * fake enforces), with a slow Web API and with a burst of reports; repeated deliveries handled once. The bot runs
 * with application.yml's rate limits and timeout.
 */
class ReliabilityIntegrationTests extends SlackJourneyTest {

    /** Slack's deadline for an acknowledgement, and a trigger's lifetime. */
    static final Duration THREE_SECONDS = Duration.ofSeconds(3);

    /** The bot under test, whose background work a negative check waits for. */
    @Autowired
    ApplicationContext app;

    @Autowired
    @Qualifier("slackViews")
    ThreadPoolTaskExecutor views;
    @Autowired
    @Qualifier("slackWork")
    ThreadPoolTaskExecutor work;
    @Autowired
    CircuitBreakerRegistry breakers;

    @Test
    void everyRequestIsAnsweredWithinThreeSecondsAndEveryFormOpensInTimeWhileEveryWebApiCallTakesFive() {
        String reportId = journeys.report(EMPLOYEE, Forms.phishingReport());
        String other = journeys.report(EMPLOYEE, Forms.phishingReport());
        String room = journeys.roomOf(journeys.declareWithRoom(RESPONDER, "Slow Slack"));
        String triageTs = TestBot.api(port, "/api/reports/" + reportId).body().path("triageTs").asText();
        String otherTs = TestBot.api(port, "/api/reports/" + other).body().path("triageTs").asText();
        slack.givenEveryCallTakes(5000);
        List<String> forms = new ArrayList<>();

        List<TimedRequests.Timed> answers;
        try (TimedRequests timed = new TimedRequests()) {
            timed.send("/report", () -> requests.form(command("/report", "slow", "USLOW0001", GENERAL, forms)));
            timed.send("/incident declare", () -> requests.form(command("/incident", "declare", RESPONDER, GENERAL, forms)));
            timed.send("/incident status", () -> requests.form(command("/incident", "status", RESPONDER, room, null)));
            timed.send("/incident note", () -> requests.form(command("/incident", "note proxy logs checked", RESPONDER,
                    room, null)));
            timed.send("triage_dismiss click", () -> requests.interaction(SlackPayloads.blockActions(RESPONDER, TRIAGE,
                    triageTs, "triage_dismiss", reportId, trigger(forms))));
            timed.send("triage_declare click", () -> requests.interaction(SlackPayloads.blockActions(
                    TestBot.SECOND_RESPONDER, TRIAGE, triageTs, "triage_declare", reportId, trigger(forms))));
            timed.send("report form", () -> requests.interaction(SlackPayloads.viewSubmission("USLOW0002",
                    "report_submit", "VSLOW0001", "", Forms.phishingReport())));
            timed.send("dismiss form", () -> requests.interaction(SlackPayloads.viewSubmission(RESPONDER,
                    "report_dismiss", "VSLOW0002", new TriageContext(other, TRIAGE, otherTs).toMetadata(),
                    Map.of("reason", Map.of("value", plainText("a test mail"))))));
            timed.send("declare form", () -> requests.interaction(SlackPayloads.viewSubmission(RESPONDER,
                    "incident_declare", "VSLOW0003", TriageContext.none().toMetadata(),
                    Forms.declaration("Declared while Slack is slow", "S3", "other", "CLEAR", false, false))));
            timed.send("reaction event", () -> requests.event(TimelineEventPayloads.reactionAdded(RESPONDER, "pushpin",
                    room, "1700000000.000100", RESPONDER)));
            timed.send("message event", () -> requests.event(TimelineEventPayloads.messagePosted(room,
                    "1700000000.000200", RESPONDER, "looking at the proxy")));
            answers = timed.answered();
        }

        System.out.printf("Every Web API call 5 s: answers %s%n",
                answers.stream().map(a -> a.what() + " " + a.took().toMillis() + " ms").toList());
        assertThat(answers).hasSize(11).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.what()).isEqualTo(200);
            assertThat(answer.took()).as(answer.what()).isLessThan(THREE_SECONDS);
        });
        assertThat(answers).filteredOn(a -> a.what().endsWith("form")).allSatisfy(a ->
                assertThat(a.body()).as(a.what()).doesNotContain("errors"));
        await().atMost(Duration.ofSeconds(10)).until(() -> TimedRequests.formsOpenedAfter(slack, forms).size() == 4);
        assertThat(TimedRequests.formsOpenedAfter(slack, forms)).allSatisfy((trigger, after) ->
                assertThat(after).isLessThan(THREE_SECONDS));
        assertThat(slack.rules().refusals()).as("expired triggers, calls beyond a tier").isEmpty();
        System.out.printf("Every Web API call 5 s: forms reached Slack %s ms after their trigger%n",
                TimedRequests.formsOpenedAfter(slack, forms).values().stream().map(Duration::toMillis).toList());
    }

    @Test
    void sixtyNewPeopleReportingWithin46SecondsEachGetTheFormAndTheirReportReachesTriage(
            @Autowired RateLimiterRegistry limiters) {
        quietDown();
        // a wave out of the blue: the bot's budget for forms (Tier 4, per 30 s) is whole when it starts, not
        // partly spent by the tests before
        limiters.find("slack-api:views.open").ifPresent(forms -> await().atMost(Duration.ofSeconds(35)).until(() ->
                forms.getMetrics().getAvailablePermissions() == forms.getRateLimiterConfig().getLimitForPeriod()));
        List<String> triggers = new ArrayList<>();
        List<TimedRequests.Timed> answers;
        try (TimedRequests timed = new TimedRequests()) {
            for (int i = 0; i < 60; i++) {
                String user = String.format("UWAVE%04d", i);
                Duration at = Duration.ofMillis(i * 770L);
                Map<String, String> report = command("/report", "", user, GENERAL, triggers);
                timed.sendAfter(at, "/report " + user, () -> requests.form(report));
                // and submits it a few seconds later, which posts to triage at Slack's pace of one a second
                timed.sendAfter(at.plusMillis(2500), "report form " + user, () -> requests.interaction(
                        SlackPayloads.viewSubmission(user, "report_submit", "VWAVE" + user, "", Forms.phishingReport())));
            }
            answers = timed.answered();
        }

        var opened = TimedRequests.formsOpenedAfter(slack, triggers);
        System.out.printf("60 new reporters: slowest answer %d ms; %d forms reached Slack %s ms after the trigger%n",
                answers.stream().mapToLong(a -> a.took().toMillis()).max().orElseThrow(), opened.size(),
                opened.values().stream().mapToLong(Duration::toMillis).summaryStatistics());
        assertThat(answers).hasSize(120).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.what()).isEqualTo(200);
            assertThat(answer.took()).as(answer.what()).isLessThan(THREE_SECONDS);
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> TimedRequests.formsOpenedAfter(slack, triggers).size() == 60);
        opened = TimedRequests.formsOpenedAfter(slack, triggers);
        assertThat(opened.values()).allSatisfy(after -> assertThat(after).isLessThan(THREE_SECONDS));
        List<String> reports = answers.stream().filter(a -> a.what().startsWith("report form"))
                .map(a -> Forms.first(Forms.REPORT_ID, a.body())).toList();
        await().atMost(Duration.ofSeconds(60)).until(() -> reports.stream().allMatch(id -> journeys.postsTo(TRIAGE)
                .stream().anyMatch(post -> String.valueOf(post.get("blocks")).contains(id))));
        assertThat(slack.rules().refusals()).as("expired triggers, calls beyond a tier").isEmpty();
    }

    @Test
    void aCommandDeliveredTwiceIsHandledOnce() {
        Map<String, String> form = SlackPayloads.slashCommandForm("/report", "twice", EMPLOYEE, GENERAL,
                slack.responseUrl(), SlackPayloads.newTriggerId());

        assertThat(requests.form(form).status()).isEqualTo(200);
        assertThat(requests.form(form).status()).isEqualTo(200);

        BackgroundWork.drain(views);
        assertThat(slack.count("views.open")).isEqualTo(1);
    }

    @Test
    void aButtonClickDeliveredTwiceOpensOneForm() {
        String reportId = journeys.report(EMPLOYEE, Forms.phishingReport());
        String click = SlackPayloads.blockActions(RESPONDER, TRIAGE, "1.1", "triage_dismiss", reportId,
                SlackPayloads.newTriggerId());

        requests.interaction(click);
        requests.interaction(click);

        BackgroundWork.drain(views);
        assertThat(slack.count("views.open")).isEqualTo(1);
    }

    @Test
    void triageFormsSubmittedByANonResponderChangeNothing() {
        String reportId = journeys.report(EMPLOYEE, Forms.phishingReport());
        String metadata = new TriageContext(reportId, TRIAGE, "1.1").toMetadata();

        var dismiss = requests.interaction(SlackPayloads.viewSubmission(EMPLOYEE, "report_dismiss", "VNOTRESP1",
                metadata, Map.of("reason", Map.of("value", plainText("I say so")))));

        assertThat(dismiss.body()).contains("errors", "Triage is for CSIRT responders");
        assertThat(TestBot.api(port, "/api/reports/" + reportId).body().path("status").asText()).isEqualTo("OPEN");
        assertThat(slack.count("chat.update")).isZero();
    }

    @Test
    void anExecutiveWhoIsNotAResponderCannotDeclare() {
        var response = requests.slashCommand("/incident", "declare", "UEXEC0001", GENERAL);

        assertThat(response.body()).contains("Only CSIRT responders can declare");
        BackgroundWork.drain(views);
        assertThat(slack.count("views.open")).isZero();
    }

    @AfterEach
    void leaveABotAtRest() {
        quietDown();
    }

    /**
     * Lets the work of earlier tests finish, with Slack healthy, and closes the breaker they may have opened (calls
     * still timing out after the last test ended), so that what follows starts from a quiet bot.
     */
    private void quietDown() {
        slack.reset();
        BackgroundWork.drain(work, views, work);
        breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
    }

    /** A slash command's form with a fresh trigger, kept in {@code triggers} when it is to open a form. */
    private Map<String, String> command(String command, String text, String user, String channel, List<String> triggers) {
        String trigger = triggers == null ? SlackPayloads.newTriggerId() : trigger(triggers);
        return SlackPayloads.slashCommandForm(command, text, user, channel, slack.responseUrl(), trigger);
    }

    private static String trigger(List<String> triggers) {
        String trigger = SlackPayloads.newTriggerId();
        synchronized (triggers) {
            triggers.add(trigger);
        }
        return trigger;
    }
}
