package org.csirtbot.summary.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.csirtbot.testkit.TestBot.EMPLOYEE;
import static org.csirtbot.testkit.TestBot.RESPONDER;
import static org.csirtbot.testkit.TestBot.SECOND_RESPONDER;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.csirtbot.closing.ReportPosted;
import org.csirtbot.closing.RoomClosing;
import org.csirtbot.incident.slack.RoomSummaryRefreshed;
import org.csirtbot.testkit.BackgroundWork;
import org.csirtbot.testkit.ClosingSteps;
import org.csirtbot.testkit.Forms;
import org.csirtbot.testkit.SlackJourneyTest;
import org.csirtbot.testkit.TestBot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The employee whose report became an incident hears its end by direct message, told no more than its TLP allows
 * reporters: the title and what happened at GREEN, only that it is closed at RED; once, whatever refreshes follow.
 */
class ReporterThanksIntegrationTests extends SlackJourneyTest {

    static final String WHAT_HAPPENED = "A macro in a fake invoice ran on one laptop, which was reimaged & checked.";

    @Autowired
    ApplicationContext app;
    private ClosingSteps steps;

    @BeforeEach
    void connect() {
        steps = new ClosingSteps(slack, requests, port);
    }

    @Test
    void aGreenIncidentTellsItsReporterItsTitleAndWhatHappened() {
        Closed closed = reportedAndClosed("Fake invoice mails at accounting", "GREEN");

        String thanks = await().until(() -> thanksTo(EMPLOYEE), t -> !t.isEmpty()).get(0);

        assertThat(thanks).isEqualTo("Thank you for reporting " + closed.reportId + ". The incident it was part of, "
                + closed.incidentId + ", is now closed.\nIt concerned: Fake invoice mails at accounting\n"
                + "What happened: A macro in a fake invoice ran on one laptop, which was reimaged &amp; checked.");
        await().until(() -> journeys.logKinds(closed.incidentId).contains("reporters_thanked"));
        assertThat(journeys.logKinds(closed.incidentId)).endsWith("report_posted", "reporters_thanked");
    }

    @Test
    void aRedIncidentTellsItsReporterOnlyThatItIsClosedAndOnceWhateverRefreshesFollow() {
        Closed closed = reportedAndClosed("Customer database copied by a contractor", "RED");

        String thanks = await().until(() -> thanksTo(EMPLOYEE), t -> !t.isEmpty()).get(0);

        assertThat(thanks).isEqualTo("Thank you for reporting " + closed.reportId + ". The incident it was part of, "
                + closed.incidentId + ", is now closed.");
        await().until(() -> journeys.logKinds(closed.incidentId).contains("reporters_thanked"));
        // the summary refreshed again, the archive check posting the report again, the report's word repeated
        app.publishEvent(new RoomSummaryRefreshed(closed.incidentId));
        app.getBean(RoomClosing.class).publishReport(closed.incidentId);
        app.publishEvent(new ReportPosted(closed.incidentId));

        BackgroundWork.drain(app);
        List<String> kinds = journeys.logKinds(closed.incidentId);
        assertThat(kinds).endsWith("reporters_thanked");
        assertThat(Collections.frequency(kinds, "reporters_thanked")).isOne();
        assertThat(thanked(closed.incidentId).path("data").path("reporters").asInt()).isOne();
        assertThat(thanksTo(EMPLOYEE)).hasSize(1);
    }

    /**
     * An employee reports; a responder declares an S3 from it and closes it with the lessons learned, a scribe named
     * just before.
     */
    private Closed reportedAndClosed(String title, String tlp) {
        String reportId = journeys.report(EMPLOYEE, Forms.report("phishing_mail", "An invoice mail with a macro",
                "today 10:00", "Outlook", "invoice.xlsm"));
        String incidentId = journeys.declareFromTriage(reportId, RESPONDER,
                Forms.declaration(title, "S3", "phishing_mail", tlp, false, false));
        await().until(() -> journeys.logKinds(incidentId).contains("summary_pinned"));
        String room = journeys.roomOf(incidentId);
        steps.statuses(RESPONDER, room, "investigating");
        steps.resolve(RESPONDER, room);
        steps.saveLessons(RESPONDER, incidentId, Map.of("what_happened", WHAT_HAPPENED));
        await().until(() -> journeys.logKinds(incidentId).contains("lessons_recorded"));
        // a change just before closing, whose refresh shows while Slack is slow to take the report
        assertThat(steps.command(RESPONDER, room, "role scribe <@" + SECOND_RESPONDER + ">")).contains("is now *Scribe*");
        slack.givenDelay("chat.postMessage", 2500);
        assertThat(steps.command(RESPONDER, room, "close")).contains("is closed");
        return new Closed(reportId, incidentId);
    }

    private List<String> thanksTo(String reporter) {
        return journeys.postsTo(reporter).stream().map(p -> String.valueOf(p.get("text")))
                .filter(t -> t.contains("is now closed")).toList();
    }

    private JsonNode thanked(String incidentId) {
        JsonNode log = TestBot.api(port, "/api/incidents/" + incidentId + "/log").body();
        return log.findParents("kind").stream().filter(e -> e.path("kind").asText().equals("reporters_thanked"))
                .findFirst().orElseThrow();
    }

    private record Closed(String reportId, String incidentId) {
    }
}
