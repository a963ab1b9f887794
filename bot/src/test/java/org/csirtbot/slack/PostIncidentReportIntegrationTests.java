package org.csirtbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.csirtbot.testkit.TestBot.RESPONDER;
import static org.csirtbot.testkit.TestBot.SECOND_RESPONDER;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.csirtbot.incident.LessonsQuestion;
import org.csirtbot.testkit.BotIntegrationTest;
import org.csirtbot.testkit.GoldenFiles;
import org.csirtbot.testkit.SignedSlackRequests;
import org.csirtbot.testkit.SlackApiStub;
import org.csirtbot.testkit.TestBot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The post-incident report of a scripted incident (declared, moved through its phases, noted, resolved with the
 * lessons answered, closed), all over signed HTTP, against a golden file. The bot runs on the real clock and shares
 * its store with other tests, so the incident number, times, durations and hashes are replaced by placeholders.
 */
@BotIntegrationTest
class PostIncidentReportIntegrationTests {

    final SlackApiStub slack = TestBot.slack();

    @LocalServerPort
    int port;
    ClosingSteps steps;

    @BeforeEach
    void connect() {
        steps = new ClosingSteps(slack, new SignedSlackRequests(port, TestBot.SIGNING_SECRET, slack), port);
    }

    @Test
    void theReportOfAScriptedIncidentReadsAsTheGoldenFile() {
        String id = steps.declare(RESPONDER, "Ransomware on *fs01* | finance", "S2");
        String room = steps.room(id);
        steps.statuses(RESPONDER, room, "investigating", "containing");
        assertThat(steps.command(SECOND_RESPONDER, room, "note Isolated fs01 [VLAN 12]; see `INC-42` <b>"))
                .startsWith("Noted");
        steps.statuses(RESPONDER, room, "eradicating", "recovering");
        steps.resolve(RESPONDER, room);
        assertThat(steps.saveLessons(RESPONDER, id, answers())).doesNotContain("errors");
        await().until(() -> steps.journeys().logKinds(id).contains("lessons_recorded"));
        assertThat(steps.command(RESPONDER, room, "close")).contains("is closed");
        await().until(() -> steps.journeys().logKinds(id).contains("report_posted"));

        HttpResponse<String> report = steps.reportMd(id, true);

        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.headers().firstValue("Content-Type")).hasValue("text/markdown;charset=UTF-8");
        GoldenFiles.assertMatches(normalised(report.body(), id), "reports/scripted-incident.md");
    }

    @Test
    void theReportIsBehindTheApiTokenAndAnUnknownIncidentIsNotFound() {
        assertThat(steps.reportMd("INC-1999-0001", true).statusCode()).isEqualTo(404);
        assertThat(steps.reportMd("INC-1999-0001", false).statusCode()).isEqualTo(401);
    }

    /** Every question answered, one with Markdown in it. */
    private static Map<String, String> answers() {
        Map<String, String> answers = new LinkedHashMap<>();
        Arrays.stream(LessonsQuestion.values()).forEach(q -> answers.put(q.id(), "Answer to " + q.id()));
        answers.put("what_happened", "A macro in an *invoice* mail ran.\n- shares encrypted\n# not a heading");
        return answers;
    }

    /** The report without what differs from run to run: the incident's number, times, durations and hashes. */
    private static String normalised(String report, String incidentId) {
        return report.replace(incidentId, "INC-YYYY-NNNN")
                .replace(incidentId.toLowerCase(), "inc-yyyy-nnnn")
                .replaceAll("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}", "YYYY-MM-DD hh:mm:ss")
                .replaceAll("(\\d+ d )?(\\d+ h )?\\d+ min|under a minute", "<duration>")
                .replaceAll("[0-9a-f]{64}", "<hash>");
    }
}
