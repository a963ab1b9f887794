package org.csirtbot.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.csirtbot.improvements.Improvement;
import org.csirtbot.improvements.Improvements;
import org.csirtbot.improvements.NewImprovement;
import org.csirtbot.incident.Incidents;
import org.csirtbot.storage.IncidentDocument;
import org.csirtbot.storage.IncidentLogStore;
import org.csirtbot.storage.IncidentStore;
import org.csirtbot.storage.PlaybookRunDocument;
import org.csirtbot.storage.PlaybookRunStore;
import org.csirtbot.storage.ReportDocument;
import org.csirtbot.storage.ReportStore;
import org.csirtbot.testkit.ApiWrites;
import org.csirtbot.testkit.BotIntegrationTest;
import org.csirtbot.testkit.TestBot;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The retention purge in the running bot: closed incidents past their severity's period are purged to a tombstone,
 * with their log and their reports' details; held, younger or open ones are left alone; each purge is counted.
 */
@BotIntegrationTest
public class RetentionPurgeIntegrationTests {

    /** Long enough ago for S4 (1 year) and S3 (3 years), not for S1 (7 years), by the default periods. */
    static final Duration FOUR_YEARS = Duration.ofDays(4 * 366);

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;
    @Autowired
    RetentionPurge purge;
    @Autowired
    LegalHolds holds;
    @Autowired
    IncidentStore incidents;
    @Autowired
    IncidentLogStore logs;
    @Autowired
    ReportStore reports;
    @Autowired
    PlaybookRunStore playbookRuns;
    @Autowired
    Improvements improvements;
    @Autowired
    Incidents incidentRecords;

    @Test
    void closedIncidentsPastTheirPeriodArePurgedToATombstoneAndNothingElseIs() {
        Instant closedAt = Instant.now().minus(FOUR_YEARS);
        String due = stored("INC-2019-9101", "S4", "closed", closedAt);
        String reportId = attachedReport(due, "RPT-2019-910101");
        String young = stored("INC-2019-9102", "S1", "closed", closedAt);
        String held = stored("INC-2019-9103", "S3", "closed", closedAt);
        String open = stored("INC-2019-9104", "S4", "post_incident", closedAt);
        holds.change(held, true, "Litigation about the leak", "U_LEGAL");
        playbookRun(due);
        playbookRun(held);
        Improvement lesson = improvements.record(incidentRecords.find(due).orElseThrow(), "U_IM",
                new NewImprovement("Keep one backup offline", "U_IM", LocalDate.now().plusDays(30)));

        List<String> purged = purge.purgeDue();

        assertThat(improvements.find(lesson.id())).as("the register outlives the incident").get()
                .satisfies(i -> assertThat(i.incidentId()).isEqualTo(due))
                .satisfies(i -> assertThat(i.text()).isEqualTo("Keep one backup offline"));

        assertThat(playbookRuns.findByIncident(due)).isEmpty();
        assertThat(playbookRuns.findByIncident(held)).hasSize(1);

        assertThat(purged).contains(due).doesNotContain(young, held, open);
        JsonNode tombstone = api("/api/incidents/" + due);
        assertThat(tombstone.path("title").isNull()).isTrue();
        assertThat(tombstone.path("commanderId").isNull()).isTrue();
        assertThat(tombstone.path("severity").asText()).isEqualTo("S4");
        assertThat(tombstone.path("status").asText()).isEqualTo("CLOSED");
        assertThat(tombstone.path("reportIds").get(0).asText()).isEqualTo(reportId);
        assertThat(tombstone.path("retention").path("purgeRule").asText()).isEqualTo("S4 closed + P1Y");
        assertThat(tombstone.path("retention").path("purgedAt").isNull()).isFalse();
        assertThat(api("/api/incidents/" + due + "/log")).isEmpty();
        assertThat(api("/api/incidents/" + due + "/log/verify").path("entries").asInt()).isZero();
        JsonNode report = api("/api/reports/" + reportId);
        assertThat(report.path("reporterId").isNull()).isTrue();
        assertThat(report.path("description").isNull()).isTrue();
        assertThat(report.path("reportedAt").isNull()).isFalse();
        for (String kept : List.of(young, held, open)) {
            assertThat(api("/api/incidents/" + kept).path("title").asText()).isEqualTo("Payroll data leak");
            assertThat(api("/api/incidents/" + kept + "/log").findValuesAsText("kind")).startsWith("declared", "closed");
        }
        assertThat(TestBot.text(managementPort, "/actuator/prometheus"))
                .containsPattern("csirtbot_retention_purged_total\\{[^}]*severity=\"S4\"[^}]*\\} [1-9]");

        var tooLate = ApiWrites.post(port, "/api/incidents/" + due + "/legal-hold",
                "{\"hold\":true,\"reason\":\"Too late\",\"by\":\"legal\"}");
        assertThat(tooLate.status()).isEqualTo(409);
        assertThat(tooLate.body().path("error").asText()).contains("purged", "S4 closed + P1Y");
    }

    @Test
    void onceTheHoldIsReleasedTheRetentionPeriodAppliesAgain() {
        String held = stored("INC-2019-9201", "S3", "closed", Instant.now().minus(FOUR_YEARS));
        holds.change(held, true, "Regulator inquiry", "U_LEGAL");
        assertThat(purge.purgeDue()).doesNotContain(held);
        assertThat(api("/api/incidents/" + held + "/log")).hasSize(3);

        holds.change(held, false, "Inquiry closed", "U_LEGAL");

        assertThat(purge.purgeDue()).contains(held);
        assertThat(api("/api/incidents/" + held).path("retention").path("purgeRule").asText())
                .isEqualTo("S3 closed + P3Y");
        assertThat(api("/api/incidents/" + held).path("retention").path("holdReason").asText())
                .isEqualTo("Inquiry closed");
        assertThat(api("/api/incidents/" + held + "/log")).isEmpty();
    }

    private String stored(String id, String severity, String status, Instant closedAt) {
        Instant declared = closedAt.minus(Duration.ofDays(10));
        List<IncidentDocument.Phase> phases = status.equals("closed")
                ? List.of(new IncidentDocument.Phase("post_incident", declared, closedAt),
                        new IncidentDocument.Phase("closed", closedAt, null))
                : List.of(new IncidentDocument.Phase(status, declared, null));
        incidents.insertOnce(new IncidentDocument(id, "retention-test:" + id, "Payroll data leak", severity,
                "information_leak", "AMBER", false, status, "U_COMMANDER", "U_COMMANDER", declared, null,
                new java.util.ArrayList<>(), false, openedRoom(id), phases, List.of(),
                IncidentDocument.Closure.none(), IncidentDocument.Retention.none()));
        logs.append(id, "U_COMMANDER", "declared", Map.of("title", "Payroll data leak"));
        logs.append(id, "U_COMMANDER", "closed", Map.of("from", "post_incident"));
        return id;
    }

    /** A room opened long ago, so the bot's recovery never tries to open it. */
    public static IncidentDocument.Room openedRoom(String id) {
        return new IncidentDocument.Room("C" + id.replace("-", ""), id.toLowerCase(), false, List.of(), true, "1.0",
                true);
    }

    private String attachedReport(String incidentId, String reportId) {
        reports.insertOnce(new ReportDocument(reportId, "retention-test:" + reportId, "U_REPORTER", "information_leak",
                "My payslip was sent to the whole company", "Monday", "payroll", List.of(), "open",
                Instant.now().minus(FOUR_YEARS).minus(Duration.ofDays(11)), null, null, null, null, null, null));
        reports.attach(reportId, incidentId, "U_COMMANDER", Instant.now().minus(FOUR_YEARS));
        incidents.addReport(incidentId, reportId, null);
        return reportId;
    }

    private JsonNode api(String path) {
        return TestBot.api(port, path).body();
    }

    /** A playbook run of the incident, whose state holds what its steps recorded. */
    private void playbookRun(String incidentId) {
        playbookRuns.insertOnce(new PlaybookRunDocument(PlaybookRunDocument.id(incidentId, "walk-test"), incidentId,
                "walk-test", 1, "{\"values\":{\"__peak_gbps__\":\"12\"}}", 0, true, "U_IM", Instant.now(),
                Instant.now(), List.of(), true));
    }
}
