package org.csirtbot.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.csirtbot.testkit.SlackPayloads.plainText;
import static org.csirtbot.testkit.TestBot.EXECUTIVE;
import static org.csirtbot.testkit.TestBot.EXEC_CHANNEL;
import static org.csirtbot.testkit.TestBot.GENERAL;
import static org.csirtbot.testkit.TestBot.RESPONDER;
import static org.csirtbot.testkit.TestBot.SECOND_RESPONDER;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

import org.csirtbot.storage.DecisionDocument;
import org.csirtbot.storage.IncidentDocument;
import org.csirtbot.testkit.BackgroundWork;
import org.csirtbot.testkit.DecisionJourneys;
import org.csirtbot.testkit.SlackJourneyTest;
import org.csirtbot.testkit.SlackPayloads;
import org.csirtbot.testkit.TestBot;
import org.csirtbot.testkit.TestClock;
import org.csirtbot.testkit.fakeslack.FakeSlackWorkspace;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A tabletop exercise run on the test clock (the scenario {@code drill} of src/test/resources/exercise-fixtures, pace
 * 10: injects due 1, 2 and 3 real minutes after the start), with the check triggered by the test, never waited for.
 */
class ExerciseIntegrationTests extends SlackJourneyTest {

    @Autowired
    ExerciseTimers timers;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ApplicationContext application;

    private final TestClock clock = TestClock.shared();

    @Test
    void anExerciseRunsOnItsClockMarkedAndApartAndEndsWithItsAfterActionReport() throws Exception {
        JsonNode metricsBefore = TestBot.api(port, "/api/metrics").body();
        Set<String> earlier = exercises();
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(t0);
        assertThat(command(RESPONDER, GENERAL, "exercise drill pace=10")).contains("Starting the exercise *DoS drill* at pace 10");
        String id = await().until(() -> newExercise(earlier), i -> i != null);
        // the scenario's playbook starts once the room is open, on the clock as it is then
        await().until(() -> journeys.logKinds(id).contains("playbook_started"));
        String room = journeys.roomOf(id);
        JsonNode incident = incident(id);
        assertThat(incident.path("room").path("channelName").asText()).endsWith("-exercise-drill");
        assertThat(incident.path("exercise").path("scenarioId").asText()).isEqualTo("drill");
        assertThat(incident.path("exercise").path("pace").asInt()).isEqualTo(10);
        assertThat(journeys.logKinds(id).subList(0, 2)).containsExactly("declared", "exercise_started");

        // not before its time: 59 s is 9 min 50 s of scenario time
        clock.set(t0.plusSeconds(59));
        timers.check();
        assertThat(injectPosts(room)).isEmpty();
        clock.set(t0.plusSeconds(60));
        timers.check();
        timers.check();
        assertThat(injectPosts(room)).hasSize(1).first().asString().contains("Nikkei reporter", "exercise_respond");

        // answered 30 s later: 5 min of scenario time, within 30 min
        clock.set(t0.plusSeconds(90));
        respond(room, id, "reporter-calls", "Gave the holding statement agreed with PR");
        clock.set(t0.plusSeconds(120));
        timers.check();
        assertThat(injectPosts(room)).hasSize(2);
        clock.set(t0.plusSeconds(150));
        new DecisionJourneys(slack, requests, mongo).decide(RESPONDER, room, id,
                DecisionJourneys.form("Block at the ISP?", "- Block\n- Wait", "block", "The shop is down", "none",
                        null), 0);

        // raised to S1: the executives and their channel hear nothing of an exercise
        assertThat(command(RESPONDER, room, "severity S1 the shop is down for everyone")).contains("S1");
        await().until(() -> journeys.logKinds(id).contains("severity_changed"));
        BackgroundWork.drain(application);
        assertThat(journeys.postsTo(EXEC_CHANNEL)).isEmpty();
        assertThat(journeys.postsTo(EXECUTIVE)).isEmpty();

        assertThat(command(RESPONDER, room, "exercise improve <@" + SECOND_RESPONDER + "|sam> Rehearse the press line"))
                .contains("Improvement item recorded");
        clock.set(t0.plus(Duration.ofMinutes(31)));
        timers.check();
        assertThat(injectPosts(room)).hasSize(3);
        assertThat(command(RESPONDER, room, "exercise end")).contains("has ended");
        await().until(() -> journeys.postsTo(room).stream().anyMatch(p -> p.get("text").contains("After-action report")));

        String figures = journeys.postsTo(room).stream().map(p -> p.get("text"))
                .filter(t -> t.contains("After-action report")).findFirst().orElseThrow();
        assertThat(figures).contains("Injects: 3 · answered in time 2 · late 0 · not answered 1",
                "Playbook steps: 0 within their SLA · 1 missed", "Improvement items: 3");
        var report = TestBot.get(port, "/api/incidents/" + id + "/after-action.md", TestBot.API_TOKEN);
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.body()).contains(
                "- `reporter-calls` (media, at +10 min): delivered " + utc(t0.plusSeconds(60)) + ", answered "
                        + utc(t0.plusSeconds(90)) + " by `" + RESPONDER + "`; response time 5 min against 30 min: **met**",
                "- `block-or-not` (management, at +20 min): delivered " + utc(t0.plusSeconds(120)),
                "response time 5 min against 20 min: **met**",
                "- `partner-asks` (partner, at +30 min)", "**no response**",
                "- `walk-test` `ack`: ready " + utc(t0), "took 5 h 10 min of scenario time against its SLA 30 min: **missed**",
                "Block at the ISP?",
                "- `" + SECOND_RESPONDER + "`: Rehearse the press line",
                "- `" + RESPONDER + "` (suggested): inject `partner-asks` was no response",
                "- `" + RESPONDER + "` (suggested): playbook `walk-test` step `ack` missed its SLA of 30 min");

        assertEveryRoomMessageAndTheTopicAreMarked(room);
        JsonNode metricsAfter = TestBot.api(port, "/api/metrics").body();
        assertThat(metricsAfter.path("incidents")).isEqualTo(metricsBefore.path("incidents"));
        assertThat(metricsAfter.path("bySeverity")).isEqualTo(metricsBefore.path("bySeverity"));
        assertThat(metricsAfter.path("times")).isEqualTo(metricsBefore.path("times"));
        assertThat(metricsAfter.path("exercisesLeftOut").asInt())
                .isEqualTo(metricsBefore.path("exercisesLeftOut").asInt() + 1);
        assertThat(TestBot.get(port, "/api/incidents/INC-1999-0001/after-action.md", TestBot.API_TOKEN).statusCode())
                .isEqualTo(404);
    }

    @Test
    void badRequestsAreAnsweredPolitelyAndRecordNothing() {
        int incidents = TestBot.api(port, "/api/incidents").body().size();
        String listed = requests.slashCommand("/incident", "exercise", RESPONDER, GENERAL).body();
        assertThat(listed).contains("exercise_start_drill", "*DoS drill* (`drill`)");

        assertThat(command(RESPONDER, GENERAL, "exercise phishing-wav"))
                .contains("There is no exercise scenario `phishing-wav`", "`drill`");
        assertThat(command(RESPONDER, GENERAL, "exercise drill pace=0")).contains("`pace=0` is not a pace");
        assertThat(command(RESPONDER, GENERAL, "exercise drill pace=fast")).contains("`pace=fast` is not a pace");
        assertThat(command(TestBot.EMPLOYEE, GENERAL, "exercise drill")).doesNotContain("Starting");
        assertThat(command(RESPONDER, GENERAL, "exercise end")).doesNotContain("has ended");
        assertThat(command(RESPONDER, GENERAL, "exercise improve Rehearse")).doesNotContain("recorded");

        String real = journeys.declareWithRoom(RESPONDER, "Real outage");
        String room = journeys.roomOf(real);
        assertThat(command(RESPONDER, room, "exercise end")).contains("This is not an exercise’s room");
        assertThat(command(RESPONDER, room, "exercise improve <@" + SECOND_RESPONDER + "> x")).contains("not an exercise");
        BackgroundWork.drain(application);
        assertThat(TestBot.api(port, "/api/incidents").body().size()).isEqualTo(incidents + 1);
        assertThat(journeys.logKinds(real)).noneMatch(k -> k.startsWith("exercise"));
        assertThat(TestBot.get(port, "/api/incidents/" + real + "/after-action.md", TestBot.API_TOKEN).statusCode())
                .isEqualTo(404);
    }

    @Test
    void startedFromTheListItsApproversPlayManagementAndClosingEndsIt() throws Exception {
        Set<String> earlier = exercises();
        // started with the Start button of the list, at the scenario's own pace
        requests.click(RESPONDER, GENERAL, "1700000000.000100", "exercise_start_drill", "drill");
        String id = await().until(() -> newExercise(earlier), i -> i != null);
        await().until(() -> journeys.logKinds(id).contains("playbook_started"));
        assertThat(incident(id).path("exercise").path("pace").asInt()).isEqualTo(10);
        String room = journeys.roomOf(id);
        int entries = journeys.logKinds(id).size();

        assertThat(command(RESPONDER, room, "exercise improve Rehearse the press line"))
                .contains("Name the owner and the item");
        assertThat(journeys.logKinds(id)).hasSize(entries);

        // a decision for management: the room's approvers play it, never the real executives
        DecisionJourneys decide = new DecisionJourneys(slack, requests, mongo);
        JsonNode refused = DecisionJourneys.errors(decide.submit(RESPONDER, decide.openForm(RESPONDER, room, ""),
                DecisionJourneys.form("executive", null)));
        assertThat(refused.toString()).contains("play management");
        decide.giveRole(id, "approver", SECOND_RESPONDER);
        DecisionDocument pending = decide.decide(RESPONDER, room, id, DecisionJourneys.form("executive", null), 1);
        assertThat(pending.requests()).extracting(DecisionDocument.Request::recipient).containsExactly(SECOND_RESPONDER);
        JsonNode review = decide.clickAndGetForm(SECOND_RESPONDER, decide.requestTo(pending, SECOND_RESPONDER), true,
                pending);
        assertThat(decide.review(SECOND_RESPONDER, review, "As the board: go").body()).doesNotContain("errors");
        assertThat(decide.reload(pending).status()).isEqualTo("approved");
        BackgroundWork.drain(application);
        assertThat(journeys.postsTo(EXEC_CHANNEL)).isEmpty();
        assertThat(journeys.postsTo(EXECUTIVE)).isEmpty();

        // closed however it was closed, the next check ends the exercise and posts its report
        mongo.updateFirst(query(where("_id").is(id)), new Update().set("status", "closed"), IncidentDocument.class);
        timers.check();
        assertThat(journeys.logKinds(id)).endsWith("exercise_ended");
        assertThat(incident(id).path("exercise").path("endedAt").isNull()).isFalse();
        await().until(() -> journeys.postsTo(room).stream().anyMatch(p -> p.get("text").contains("After-action report")));
        timers.check();
        assertThat(journeys.logKinds(id).stream().filter("exercise_ended"::equals)).hasSize(1);
    }

    private void assertEveryRoomMessageAndTheTopicAreMarked(String room) {
        List<Map<String, String>> posts = journeys.postsTo(room);
        assertThat(posts).hasSizeGreaterThan(5).allSatisfy(p -> assertThat(p.get("text") + p.get("blocks"))
                .contains("EXERCISE"));
        assertThat(slack.calls("chat.update").stream().filter(u -> room.equals(u.get("channel"))))
                .isNotEmpty().allSatisfy(u -> assertThat(FakeSlackWorkspace.json(u, "blocks").get(0).toString())
                        .contains("EXERCISE · 訓練"));
        assertThat(slack.calls("conversations.setTopic").stream().filter(t -> room.equals(t.get("channel"))))
                .isNotEmpty().allSatisfy(t -> assertThat(t.get("topic")).startsWith("[EXERCISE 訓練]"));
    }

    private void respond(String room, String id, String inject, String what) {
        JsonNode log = TestBot.api(port, "/api/incidents/" + id + "/log").body();
        String ts = StreamSupport.stream(log.spliterator(), false)
                .filter(e -> e.path("kind").asText().equals("exercise_inject_delivered"))
                .filter(e -> e.path("data").path("inject").asText().equals(inject))
                .map(e -> e.path("data").path("ts").asText()).findFirst().orElseThrow();
        JsonNode form = slack.formOpenedBy(() -> requests.click(RESPONDER, room, ts, "exercise_respond",
                id + "|" + inject));
        var ack = requests.interaction(SlackPayloads.viewSubmission(RESPONDER, "exercise_response", "VRESP" + inject,
                form.path("private_metadata").asText(), Map.of("what", Map.of("value", plainText(what)))));
        assertThat(ack.body()).doesNotContain("errors");
    }

    private List<Map<String, String>> injectPosts(String room) {
        return journeys.postsTo(room).stream().filter(p -> String.valueOf(p.get("blocks")).contains("Scenario time"))
                .toList();
    }

    private String command(String user, String channel, String text) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(requests.slashCommand("/incident", text, user, channel).body()).path("text").asText();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private JsonNode incident(String id) {
        return TestBot.api(port, "/api/incidents/" + id).body();
    }

    /** The exercise started from {@code drill} since {@code before} was taken, or null while there is none. */
    private String newExercise(Set<String> before) {
        return exercises().stream().filter(i -> !before.contains(i)).findFirst().orElse(null);
    }

    private Set<String> exercises() {
        return journeys.exercises("drill");
    }

    private static String utc(Instant at) {
        // the test bot's organisation is in Tokyo (TestBot)
        return java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss zzz '('xxx')'", java.util.Locale.ROOT)
                .withZone(java.time.ZoneId.of("Asia/Tokyo")).format(at);
    }
}
