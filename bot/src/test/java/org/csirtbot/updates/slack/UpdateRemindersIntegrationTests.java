package org.csirtbot.updates.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.csirtbot.testkit.TestBot.GENERAL;
import static org.csirtbot.testkit.TestBot.RESPONDER;
import static org.csirtbot.testkit.TestBot.SECOND_RESPONDER;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.csirtbot.testkit.BackgroundWork;
import org.csirtbot.testkit.DeclaredIncident;
import org.csirtbot.testkit.TestBot;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Status update reminders on the test clock, the check triggered by the test (never waited for). Each test lives on a
 * day of March 2003 of its own, a year no other test declares incidents in, so the incidents other tests leave open
 * are not yet due.
 */
class UpdateRemindersIntegrationTests extends UpdateJourneyTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Autowired
    UpdateReminderSchedule reminders;

    @Test
    void anS1IncidentIsRemindedAfterAnHourOnceMentioningItsCommanderAndComms() {
        Instant t0 = Instant.parse("2003-03-03T01:00:00Z");
        clock.set(t0);
        DeclaredIncident incident = steps.declare("Ransomware on the file server", "S1");
        incident.run(RESPONDER, "role comms <@" + SECOND_RESPONDER + ">");

        checkAt(t0.plus(Duration.ofMinutes(59)));
        assertThat(steps.reminders(incident)).isEmpty();
        assertThat(UpdateSteps.logged(incident, "status_update_reminded")).isEmpty();

        checkAt(t0.plus(Duration.ofHours(1)));
        reminders.check();
        checkAt(t0.plus(Duration.ofMinutes(90)));

        assertThat(steps.reminders(incident)).singleElement().asString()
                .contains("<@" + RESPONDER + "> <@" + SECOND_RESPONDER + ">", "`/incident update`",
                        "<!date^" + t0.plus(Duration.ofHours(1)).getEpochSecond() + "^");
        assertThat(UpdateSteps.logged(incident, "status_update_reminded")).singleElement()
                .satisfies(data -> assertThat(data).hasToString("{\"dueAt\":\"2003-03-03T02:00:00Z\"}"));
        assertThat(incident.summaryShowing("overdue")).contains("No status update yet");
    }

    @Test
    void anUpdateMovesTheDueTimeToTheTimeItPromisedElseToTheCadenceFromIt() {
        Instant t0 = Instant.parse("2003-03-06T01:00:00Z");
        clock.set(t0);
        DeclaredIncident incident = steps.declare("Phishing wave", "S1");
        clock.set(t0.plus(Duration.ofMinutes(30)));
        Instant promised = t0.plus(Duration.ofHours(2));
        assertThat(steps.submit(RESPONDER, incident.id, UpdateSteps.form("Contained", promised))).isEmpty();
        await().until(() -> steps.updatePosts(incident).size() == 1);

        checkAt(t0.plus(Duration.ofHours(1)));
        checkAt(promised.minusSeconds(1));
        assertThat(steps.reminders(incident)).isEmpty();
        checkAt(promised);
        assertThat(steps.reminders(incident)).singleElement().asString()
                .contains("<!date^" + promised.getEpochSecond() + "^");

        // an update promising nothing: an hour (S1) from when it was given
        Instant given = promised.plus(Duration.ofMinutes(10));
        clock.set(given);
        assertThat(steps.submit(SECOND_RESPONDER, incident.id, UpdateSteps.form("Recovering", null)))
                .as("not comms yet").contains("errors");
        assertThat(steps.submit(RESPONDER, incident.id, UpdateSteps.form("Recovering", null))).isEmpty();
        checkAt(given.plus(Duration.ofMinutes(59)));
        assertThat(steps.reminders(incident)).hasSize(1);
        checkAt(given.plus(Duration.ofHours(1)));
        assertThat(steps.reminders(incident)).hasSize(2);
        assertThat(UpdateSteps.logged(incident, "status_update_reminded")).extracting(d -> d.path("dueAt").asText())
                .containsExactly("2003-03-06T03:00:00Z", "2003-03-06T04:10:00Z");
    }

    @Test
    void anS2IncidentIsRemindedAfterFourHoursAndARaisedSeverityShortensTheCadence() {
        Instant t0 = Instant.parse("2003-03-09T01:00:00Z");
        clock.set(t0);
        DeclaredIncident s2 = steps.declare("Odd logins at the VPN", "S2");
        DeclaredIncident raised = steps.declare("One laptop lost", "S3");
        clock.set(t0.plus(Duration.ofMinutes(10)));
        assertThat(raised.run(RESPONDER, "severity S1 The laptop held customer data")).contains("S1");

        checkAt(t0.plus(Duration.ofMinutes(59)));
        assertThat(steps.reminders(raised)).isEmpty();
        checkAt(t0.plus(Duration.ofHours(1)));
        assertThat(steps.reminders(raised)).hasSize(1);
        checkAt(t0.plus(Duration.ofHours(4)).minusSeconds(1));
        assertThat(steps.reminders(s2)).isEmpty();
        checkAt(t0.plus(Duration.ofHours(4)));
        assertThat(steps.reminders(s2)).singleElement().asString().contains(s2.id);
        assertThat(steps.reminders(raised)).as("reminded once per due time").hasSize(1);
    }

    @Test
    void anS4IncidentOwesNoUpdateAndIsNeverReminded() {
        Instant t0 = Instant.parse("2003-03-12T01:00:00Z");
        clock.set(t0);
        DeclaredIncident incident = steps.declare("A suspicious but harmless scan", "S4");

        checkAt(t0.plus(Duration.ofDays(30)));

        BackgroundWork.drain(app);
        assertThat(steps.reminders(incident)).isEmpty();
        assertThat(incident.logKinds()).doesNotContain("status_update_reminded");
    }

    @Test
    void anS3IncidentDeclaredAtHalfPastElevenInTokyoIsRemindedAtHalfPastElevenTheNextDay() {
        Instant declared = ZonedDateTime.of(2003, 3, 14, 23, 30, 0, 0, TOKYO).toInstant();
        clock.set(declared);
        DeclaredIncident incident = steps.declare("Defaced campaign site", "S3");
        Instant due = ZonedDateTime.of(2003, 3, 15, 23, 30, 0, 0, TOKYO).toInstant();

        checkAt(ZonedDateTime.of(2003, 3, 15, 0, 0, 0, 0, TOKYO).toInstant());
        checkAt(ZonedDateTime.of(2003, 3, 15, 23, 29, 59, 0, TOKYO).toInstant());
        assertThat(steps.reminders(incident)).isEmpty();
        checkAt(due);

        // Slack shows the time in each reader's zone: 23:30 on the 15th in Tokyo; the fallback is in UTC
        assertThat(steps.reminders(incident)).singleElement().asString()
                .contains("<!date^" + due.getEpochSecond() + "^{date_short_pretty} {time}|2003-03-15 14:30 UTC>");
        assertThat(due.atZone(TOKYO).toLocalDate()).isEqualTo(declared.atZone(TOKYO).toLocalDate().plusDays(1));
        assertThat(UpdateSteps.logged(incident, "status_update_reminded")).singleElement()
                .satisfies(data -> assertThat(data.path("dueAt").asText()).isEqualTo("2003-03-15T14:30:00Z"));
    }

    @Test
    void anExerciseIsRemindedInItsRoomUnderTheExerciseMark() {
        Instant t0 = Instant.parse("2003-03-18T01:00:00Z");
        clock.set(t0);
        Set<String> before = drills();
        assertThat(requests.slashCommand("/incident", "exercise drill", RESPONDER, GENERAL).body())
                .contains("Starting the exercise");
        String id = await().until(() -> drills().stream().filter(i -> !before.contains(i)).findFirst().orElse(null),
                Objects::nonNull);
        await().until(() -> journeys.logKinds(id).contains("summary_pinned"));
        String room = journeys.roomOf(id);

        checkAt(t0.plus(Duration.ofHours(4)).minusSeconds(1));
        assertThat(steps.reminders(room, id)).isEmpty();
        checkAt(t0.plus(Duration.ofHours(4)));

        assertThat(steps.reminders(room, id)).as("the drill is S2: four hours").singleElement().asString()
                .contains("EXERCISE · 訓練", "<@" + RESPONDER + ">", "`/incident update`");
    }

    /** The incidents started from the test scenario {@code drill}. */
    private Set<String> drills() {
        return StreamSupport.stream(TestBot.api(port, "/api/incidents").body().spliterator(), false)
                .filter(i -> "drill".equals(i.path("exercise").path("scenarioId").asText()))
                .map(i -> i.path("id").asText()).collect(Collectors.toSet());
    }

    /** The bot's time is {@code at} when the check runs. */
    private void checkAt(Instant at) {
        clock.set(at);
        reminders.check();
    }
}
