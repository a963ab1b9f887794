package org.csirtbot.summary.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.csirtbot.testkit.TestBot.EMPLOYEE;
import static org.csirtbot.testkit.TestBot.EXEC_CHANNEL;
import static org.csirtbot.testkit.TestBot.GENERAL;
import static org.csirtbot.testkit.TestBot.RESPONDER;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

import org.csirtbot.testkit.BackgroundWork;
import org.csirtbot.testkit.ClosingSteps;
import org.csirtbot.testkit.DeclaredIncident;
import org.csirtbot.testkit.Forms;
import org.csirtbot.testkit.SlackJourneyTest;
import org.csirtbot.testkit.TestClock;
import org.csirtbot.testkit.fakeslack.FakeSlackWorkspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The executive channel's daily digest, on the bot's clock in its zone (Asia/Tokyo): posted once a day from 09:00
 * there, not at midnight nor at 09:00 UTC; most severe first, a restricted incident bare, an exercise kept from the
 * executives absent; and on demand with {@code /incident summary exec} outside a room, by responders only. The shared
 * bot holds other tests' open incidents too: the assertions are on this test's lines.
 */
class DailyDigestIntegrationTests extends SlackJourneyTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Autowired
    ApplicationContext app;
    private final TestClock clock = TestClock.shared();
    private ClosingSteps steps;

    @BeforeEach
    void connect() {
        steps = new ClosingSteps(slack, requests, port);
    }

    @Test
    void theDigestComesOnceADayFromNineInTokyoMostSevereFirstShowingRestrictedIncidentsBare() {
        DeclaredIncident minor = declare("Spam relayed through the lobby printer", "S3", false, "GREEN");
        DeclaredIncident major = declare("Ransomware on the file servers", "S1", false, "AMBER");
        DeclaredIncident confidential = declare("Board minutes on a paste site", "S2", true, "GREEN");
        DeclaredIncident red = declare("Stolen signing key", "S2", false, "RED");
        String exercise = startExercise();
        DailyDigest digest = app.getBean(DailyDigest.class);
        BackgroundWork.drain(app);
        try {
            clock.set(tokyo("2031-03-11T08:59"));
            digest.postWhenDue();
            assertThat(digests()).as("not before 09:00 in Tokyo (23:59 UTC)").isEmpty();

            clock.set(tokyo("2031-03-11T09:00"));
            digest.postWhenDue();
            assertThat(digests()).hasSize(1);
            List<String> lines = lines(digests().get(0));
            assertThat(digests().get(0).get("text")).startsWith("Open incidents on 2031-03-11: ");
            assertThat(FakeSlackWorkspace.json(digests().get(0), "blocks").path(0).path("text").path("text").asText())
                    .isEqualTo("Open incidents on 2031-03-11");
            assertThat(lineOf(lines, major)).contains("Ransomware on the file servers", "S1 Critical", "Triage",
                    "<@" + RESPONDER + ">", "next update");
            assertThat(lineOf(lines, minor)).contains("Spam relayed through the lobby printer", "S3 Medium");
            String bare = " · S2 High · Triage · <@" + RESPONDER + ">";
            assertThat(lineOf(lines, confidential)).isEqualTo("• *" + confidential.id + "*" + bare);
            assertThat(lineOf(lines, red)).isEqualTo("• *" + red.id + "*" + bare);
            assertThat(List.of(major, red, confidential, minor)).as("most severe first, then newest first")
                    .isSortedAccordingTo(java.util.Comparator.comparing(i -> lines.indexOf(lineOf(lines, i))));
            assertThat(String.join("\n", lines)).doesNotContain(exercise, "Board minutes", "signing key");

            clock.set(tokyo("2031-03-11T09:00:30"));
            digest.postWhenDue();
            clock.set(tokyo("2031-03-11T23:59"));
            digest.postWhenDue();
            clock.set(Instant.parse("2031-03-11T15:01:00Z"));
            digest.postWhenDue();
            assertThat(digests()).as("once that day; and just after midnight in Tokyo the next day's is not due")
                    .hasSize(1);

            clock.set(tokyo("2031-03-12T09:00"));
            digest.postWhenDue();
            assertThat(digests()).hasSize(2);
            assertThat(digests().get(1).get("text")).startsWith("Open incidents on 2031-03-12: ");
            assertThat(lines(digests().get(1))).contains(lineOf(lines, major), lineOf(lines, confidential));
        } finally {
            clock.release();
        }
    }

    @Test
    void summaryExecOutsideARoomPostsTheDigestNowForAResponderAndPolitelyRefusesAnEmployee() {
        DeclaredIncident incident = declare("Typo domain registered", "S4", false, "CLEAR");

        assertThat(steps.command(EMPLOYEE, GENERAL, "summary exec"))
                .isEqualTo("Only CSIRT responders can post the digest of open incidents.");
        BackgroundWork.drain(app);
        assertThat(digests()).isEmpty();

        LocalDate before = LocalDate.now(TOKYO);
        assertThat(steps.command(RESPONDER, GENERAL, "summary exec"))
                .isEqualTo("Posting the digest of open incidents to the executive channel.");
        await().until(() -> digests().size() == 1);
        LocalDate after = LocalDate.now(TOKYO);
        assertThat(digests().get(0).get("text")).matches("Open incidents on (" + before + "|" + after + "): \\d+");
        assertThat(lineOf(lines(digests().get(0)), incident)).contains("Typo domain registered", "S4 Low");
        BackgroundWork.drain(app);
        assertThat(digests()).hasSize(1);
    }

    private DeclaredIncident declare(String title, String severity, boolean confidential, String tlp) {
        return DeclaredIncident.declare(port, slack, RESPONDER,
                Forms.declaration(title, severity, "malware", tlp, confidential, false));
    }

    /** Starts the test scenario {@code drill}, an exercise kept from the executives; returns its incident ID. */
    private String startExercise() {
        Set<String> earlier = journeys.exercises("drill");
        assertThat(steps.command(RESPONDER, GENERAL, "exercise drill pace=10")).contains("Starting the exercise");
        return await().until(() -> journeys.exercises("drill").stream().filter(i -> !earlier.contains(i)).findFirst().orElse(null),
                id -> id != null);
    }

    private static Instant tokyo(String localTime) {
        return LocalDateTime.parse(localTime).atZone(TOKYO).toInstant();
    }

    /** The digests posted to the executive channel, oldest first. */
    private List<Map<String, String>> digests() {
        return slack.calls("chat.postMessage").stream().filter(c -> EXEC_CHANNEL.equals(c.get("channel")))
                .filter(c -> String.valueOf(c.get("text")).startsWith("Open incidents on")).toList();
    }

    /** The digest's lines, one per incident, in order. */
    private static List<String> lines(Map<String, String> digest) {
        return StreamSupport.stream(FakeSlackWorkspace.json(digest, "blocks").spliterator(), false)
                .filter(b -> "section".equals(b.path("type").asText()))
                .flatMap(b -> b.path("text").path("text").asText().lines()).toList();
    }

    private static String lineOf(List<String> lines, DeclaredIncident incident) {
        return lines.stream().filter(l -> l.startsWith("• *" + incident.id + "*")).findFirst()
                .orElseThrow(() -> new AssertionError("no line of " + incident.id + " in " + lines));
    }
}
