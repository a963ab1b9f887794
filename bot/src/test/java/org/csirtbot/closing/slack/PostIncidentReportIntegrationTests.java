package org.csirtbot.closing.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.csirtbot.testkit.TestBot.EMPLOYEE;
import static org.csirtbot.testkit.TestBot.RESPONDER;
import static org.csirtbot.testkit.TestBot.SECOND_RESPONDER;
import static org.csirtbot.testkit.TimelineEventPayloads.messageChanged;
import static org.csirtbot.testkit.TimelineEventPayloads.reactionAdded;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.csirtbot.storage.DecisionDocument;
import org.csirtbot.testkit.ClosingSteps;
import org.csirtbot.testkit.DecisionJourneys;
import org.csirtbot.testkit.DeclaredIncident;
import org.csirtbot.testkit.Forms;
import org.csirtbot.testkit.GoldenFiles;
import org.csirtbot.testkit.SlackJourneyTest;
import org.csirtbot.testkit.TestBot;
import org.csirtbot.testkit.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The post-incident report of a scripted incident, from an employee's report to its closing, all over signed HTTP,
 * against a golden file. The bot's clock is set to each step's time in November 2024, which no other test uses, so
 * the times, durations and metrics are real; only the serial numbers, the room's channel ID and the hashes vary.
 */
class PostIncidentReportIntegrationTests extends SlackJourneyTest {

    static final String APPROVER = "UCISO0001";
    static final String TUE = "2024-11-12T";
    static final String WED = "2024-11-13T";
    static final Instant BEGAN = Instant.parse(TUE + "08:40:00Z");
    /** A room message written at 09:50:12 and edited at 09:53:40. */
    static final String MESSAGE_TS = "1731405012.000100";
    static final String EDITED_TS = "1731405220.000200";

    final TestClock clock = TestClock.shared();

    @Autowired
    MongoTemplate mongo;
    ClosingSteps steps;
    DecisionJourneys decide;
    String id;

    @BeforeEach
    void connect() {
        steps = new ClosingSteps(slack, requests, port);
        decide = new DecisionJourneys(slack, requests, mongo);
    }

    @AfterEach
    void realTime() {
        clock.release();
    }

    @Test
    void theReportOfAScriptedIncidentFromReportToCloseReadsAsTheGoldenFileAndItsDayCountsIt() {
        at(TUE + "09:05");
        String reportId = journeys.report(EMPLOYEE, Forms.report("malware",
                "Files on the finance share are renamed to *.locked and a note asks for bitcoin.", "about 08:45",
                "\\\\fs01\\finance", "README_RESTORE.txt"));
        at(TUE + "09:20");
        id = journeys.declareFromTriage(reportId, RESPONDER, Forms.began(
                Forms.declaration("Ransomware on *fs01* | finance", "S2", "malware", "AMBER", false, false), BEGAN));
        logged("summary_pinned");
        String room = journeys.roomOf(id);
        at(TUE + "09:25");
        steps.statuses(RESPONDER, room, "investigating");
        at(TUE + "09:30");
        assertThat(steps.command(RESPONDER, room, "role deputy <@" + SECOND_RESPONDER + "|dana>")).contains("*Deputy*");
        at(TUE + "09:31");
        assertThat(steps.command(RESPONDER, room, "role approver <@" + APPROVER + "|ciso>")).contains("*Approver*");
        at(TUE + "09:45");
        assertThat(steps.command(SECOND_RESPONDER, room, "severity S1 fs02 and its backups are encrypted too"))
                .contains("*S1 Critical*");
        capture(room);
        decide(room);
        at(TUE + "10:30");
        steps.statuses(RESPONDER, room, "containing");
        at(TUE + "11:00");
        assertThat(steps.command(SECOND_RESPONDER, room, "note Isolated fs01 [VLAN 12]; see `INC-42` <b>"))
                .startsWith("Noted");
        at(TUE + "13:00");
        steps.statuses(SECOND_RESPONDER, room, "eradicating");
        at(TUE + "15:30");
        steps.statuses(RESPONDER, room, "recovering");
        close(room);

        HttpResponse<String> report = steps.reportMd(id, true);

        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.headers().firstValue("Content-Type")).hasValue("text/markdown;charset=UTF-8");
        GoldenFiles.assertMatches(normalised(report.body(), reportId, room), "reports/scripted-incident.md");
        assertCountedInTheMetricsOfItsDays();
    }

    @Test
    void theReportFollowsTheLogNotAnIncidentRecordEditedInMongoDbAndSaysWhereTheyDiffer() {
        DeclaredIncident incident = DeclaredIncident.declare(port, slack, RESPONDER,
                Forms.declaration("Data theft from the HR share", "S3", "malware", "AMBER", false, false));
        assertThat(incident.run(RESPONDER, "severity S1 Payroll data copied out")).contains("*S1 Critical*");
        assertThat(incident.run(RESPONDER, "role deputy <@" + SECOND_RESPONDER + "|dana>")).contains("*Deputy*");

        // whoever administers the database edits the incident record, not its hash-chained log
        mongo.updateFirst(Query.query(Criteria.where("_id").is(incident.id)), new Update().set("title", "Printer jam")
                .set("severity", "S4").set("commanderId", "UOUTSIDE1").set("roles", List.of())
                .set("closure.lessons", Map.of("what_happened", "Nothing happened.")), "incidents");

        String report = steps.reportMd(incident.id, true).body();
        assertThat(report).contains("- **Title:** Data theft from the HR share", "- **Severity:** S1 Critical",
                "- **Commander:** `" + RESPONDER + "`", "- **Other roles:** Deputy `" + SECOND_RESPONDER + "` since",
                "- **Intact:** yes",
                "**The incident record in the database differs from its hash-chained log in: Title, Severity, Commander,"
                        + " Other roles, Lessons learned.** It was changed without the bot.",
                "- **Incident record:** **differs from its log** in: Title, Severity, Commander, Other roles, Lessons"
                        + " learned")
                .doesNotContain("Printer jam", "S4 Low", "UOUTSIDE1", "Nothing happened.");
    }

    @Test
    void theReportIsBehindTheApiTokenAndAnUnknownIncidentIsNotFound() {
        assertThat(steps.reportMd("INC-1999-0001", true).statusCode()).isEqualTo(404);
        assertThat(steps.reportMd("INC-1999-0001", false).statusCode()).isEqualTo(401);
    }

    /** The deputy's room message is pinned by the commander, then the deputy corrects it. */
    private void capture(String room) {
        slack.messages().given(room, MESSAGE_TS, SECOND_RESPONDER, "fs01 beacons to 203.0.113.7");
        at(TUE + "09:51");
        requests.event(reactionAdded(RESPONDER, "pushpin", room, MESSAGE_TS, SECOND_RESPONDER));
        logged("message_captured");
        at(TUE + "09:54");
        requests.event(messageChanged(room, MESSAGE_TS, SECOND_RESPONDER, "fs01 beacons to 203.0.113.7",
                "fs01 and fs02 beacon to 203.0.113.7", EDITED_TS));
        logged("captured_message_edited");
    }

    /** One decision the approver approves, one they reject, each with the reason. */
    private void decide(String room) {
        at(TUE + "10:00");
        DecisionDocument offline = decide.decide(RESPONDER, room, id, DecisionJourneys.form(
                "Take fs01 and fs02 off the network?", "- Take both off the network\n- Keep them online and watch",
                "Take both off the network", "Encryption is still spreading to other shares", "approver", null), 1);
        at(TUE + "10:05");
        review(offline, true, "Agreed: stop the spread first");
        at(TUE + "10:15");
        DecisionDocument ransom = decide.decide(SECOND_RESPONDER, room, id, DecisionJourneys.form("Pay the ransom?",
                "- Pay\n- Restore from the offline backup", "Pay", "Restoring takes two days", "approver", null), 1);
        at(TUE + "10:20");
        review(ransom, false, "We do not pay; the offline backup is intact");
    }

    private void review(DecisionDocument decision, boolean approve, String reason) {
        JsonNode form = decide.clickAndGetForm(APPROVER, decide.requestTo(decision, APPROVER), approve, decision);
        assertThat(decide.review(APPROVER, form, reason).body()).doesNotContain("errors");
        logged(approve ? "decision_approved" : "decision_rejected");
    }

    /** Resolved the next morning, the lessons answered, closed and the report posted. */
    private void close(String room) {
        at(WED + "09:00");
        assertThat(steps.resolve(RESPONDER, room).view().path("callback_id").asText()).isEqualTo(LessonsModal.CALLBACK);
        logged("status_changed");
        at(WED + "10:00");
        assertThat(steps.saveLessons(RESPONDER, id, lessons())).doesNotContain("errors");
        logged("lessons_recorded");
        at(WED + "10:30");
        assertThat(steps.command(RESPONDER, room, "close")).as("it reached containment")
                .contains("recovery declared complete").doesNotContain("is closed");
        assertThat(steps.command(RESPONDER, room, "recovered fs01 restored from the 11/11 backup; owners confirmed"))
                .contains("declared complete by <@" + RESPONDER + ">", "restored from known-good sources");
        logged("recovery_completed");
        assertThat(steps.command(RESPONDER, room, "close")).contains("is closed");
        logged("report_posted", "reporters_thanked");
    }

    /**
     * Times to report 25 min, to declare 15 min, to contain 3 h 55 min from detection (its report) and 3 h 40 min from
     * declaration, to recover 23 h 40 min, total 25 h 10 min.
     */
    private void assertCountedInTheMetricsOfItsDays() {
        JsonNode m = TestBot.api(port, "/api/metrics?from=2024-11-12&to=2024-11-13").body();

        assertThat(m.path("incidents").asInt()).isEqualTo(1);
        assertThat(m.path("bySeverity").path("S1").asInt()).isEqualTo(1);
        assertThat(m.path("byCategory").path("malware").asInt()).isEqualTo(1);
        assertThat(m.path("byStatus").path("closed").asInt()).isEqualTo(1);
        Map<String, Long> seconds = Map.of("timeToReport", 1500L, "timeToDeclare", 900L, "timeToContain", 14100L,
                "timeToContainFromDeclaration", 13200L, "timeToRecover", 85200L, "total", 90600L);
        seconds.forEach((time, expected) -> {
            assertThat(m.path("times").path(time).path("n").asInt()).as(time).isEqualTo(1);
            assertThat(m.path("times").path(time).path("medianSeconds").asLong()).as(time).isEqualTo(expected);
        });
    }

    /** The bot's time from now on: {@code 2024-11-12T09:05} and the like. */
    private void at(String minute) {
        clock.set(Instant.parse(minute + ":00Z"));
    }

    /** Waits until the log ends with these kinds: what a step logs, also in the background, is logged at its time. */
    private void logged(String... kinds) {
        await().until(() -> {
            List<String> all = journeys.logKinds(id);
            return all.size() >= kinds.length && all.subList(all.size() - kinds.length, all.size()).equals(List.of(kinds));
        });
    }

    /** Every question answered, one with Markdown in it. */
    private static Map<String, String> lessons() {
        return Map.of("what_happened", "08:40 a macro in an *invoice* mail ran.\n- shares encrypted\n# not a heading",
                "performance", "Containment took 3 h 40 min; the approval came in 5 minutes.",
                "procedures", "Followed; the isolation runbook lacked the VLAN step.",
                "information_needed", "Which shares fs01 could write to.",
                "inhibiting_actions", "Restarting fs02 destroyed its memory evidence.",
                "next_time", "Isolate first, then investigate.",
                "information_sharing", "Share the C2 address with JPCERT/CC the same day.",
                "corrective_actions", "Block Office macros from the internet (GPO).",
                "indicators", "Mass renames to *.locked on SMB shares.",
                "tools_and_resources", "An EDR on the file servers.");
    }

    /** The report without what differs from run to run: serial numbers, the room's channel ID and hashes. */
    private String normalised(String report, String reportId, String room) {
        return report.replace(id, "INC-2024-NNNN").replace(id.toLowerCase(), "inc-2024-nnnn")
                .replace(reportId, "RPT-2024-NNNNNN")
                .replace(room, "C_ROOM")
                .replaceAll("[0-9a-f]{64}", "<hash>");
    }
}
