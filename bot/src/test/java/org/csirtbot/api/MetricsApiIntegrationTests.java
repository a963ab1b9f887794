package org.csirtbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.csirtbot.storage.IncidentDocument;
import org.csirtbot.storage.IncidentDocument.Phase;
import org.csirtbot.storage.IncidentStore;
import org.csirtbot.storage.ReportDocument;
import org.csirtbot.storage.ReportStore;
import org.csirtbot.storage.improvements.ImprovementDocument;
import org.csirtbot.storage.improvements.ImprovementStore;
import org.csirtbot.testkit.BotIntegrationTest;
import org.csirtbot.testkit.TestBot;
import org.csirtbot.testkit.TestClock;
import org.csirtbot.updates.NewStatusUpdate;
import org.csirtbot.updates.StatusUpdates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code GET /api/metrics} over incidents stored with known times in March 2001, a period no other test uses. The
 * figures hold after a retention purge too: a tombstone keeps the times, phases and report IDs.
 */
@BotIntegrationTest
class MetricsApiIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    IncidentStore incidents;
    @Autowired
    ReportStore reports;
    @Autowired
    StatusUpdates updates;
    @Autowired
    ImprovementStore register;

    @BeforeEach
    void storeMarch2001() {
        // X: began 00:00, reported 01:00, declared 03:00; containing ends 09:00, post_incident 09:00, closed 12:00
        store("INC-2001-0001", "S2", "phishing_mail", "2001-03-01T03:00:00Z", "2001-03-01T00:00:00Z",
                List.of("RPT-2001-000001"), phase("triage", "2001-03-01T03:00:00Z", "2001-03-01T04:00:00Z"),
                phase("containing", "2001-03-01T04:00:00Z", "2001-03-01T09:00:00Z"),
                phase("post_incident", "2001-03-01T09:00:00Z", "2001-03-01T12:00:00Z"),
                phase("closed", "2001-03-01T12:00:00Z", null));
        report("RPT-2001-000001", "INC-2001-0001", "2001-03-01T01:00:00Z");
        // Z: began 00:00, no report, declared 04:00; containing ends 07:00; still recovering
        store("INC-2001-0002", "S2", "phishing_mail", "2001-03-20T04:00:00Z", "2001-03-20T00:00:00Z", List.of(),
                phase("triage", "2001-03-20T04:00:00Z", "2001-03-20T05:00:00Z"),
                phase("containing", "2001-03-20T05:00:00Z", "2001-03-20T07:00:00Z"),
                phase("recovering", "2001-03-20T07:00:00Z", null));
        // Y: the last second of March, beginning unknown, investigating: counted, no times
        store("INC-2001-0003", "S3", "malware", "2001-03-31T23:59:59Z", null, List.of(),
                phase("triage", "2001-03-31T23:59:59Z", "2001-04-01T01:00:00Z"),
                phase("investigating", "2001-04-01T01:00:00Z", null));
        // W: the first second of April, outside the period
        store("INC-2001-0004", "S1", "dos", "2001-04-01T00:00:00Z", null, List.of(),
                phase("triage", "2001-04-01T00:00:00Z", null));
        // status updates: X's first 30 min after its declaration (its second does not count), Z's 2 h after
        if (updates.all("INC-2001-0001").isEmpty()) {
            update("INC-2001-0001", "2001-03-01T03:30:00Z");
            update("INC-2001-0001", "2001-03-01T05:00:00Z");
            update("INC-2001-0002", "2001-03-20T06:00:00Z");
        }
    }

    @Test
    void countsAndTimesOfThePeriodWithTheirMedianAndNinetiethPercentile() {
        var answer = TestBot.api(port, "/api/metrics?from=2001-03-01&to=2001-03-31");

        assertThat(answer.status()).isEqualTo(200);
        JsonNode m = answer.body();
        assertThat(m.path("from").asText()).isEqualTo("2001-03-01");
        assertThat(m.path("to").asText()).isEqualTo("2001-03-31");
        assertThat(m.path("incidents").asInt()).isEqualTo(3);
        assertThat(m.path("bySeverity").toString()).isEqualTo("{\"S1\":0,\"S2\":2,\"S3\":1,\"S4\":0}");
        assertThat(m.path("byCategory").path("phishing_mail").asInt()).isEqualTo(2);
        assertThat(m.path("byCategory").path("malware").asInt()).isEqualTo(1);
        assertThat(m.path("byCategory").path("dos").asInt()).isZero();
        // in RSIT: phishing_mail is fraud/phishing, malware malicious-code/infected-system
        assertThat(m.path("byRsit").path("fraud").toString()).isEqualTo("{\"phishing\":2}");
        assertThat(m.path("byRsit").path("malicious-code").path("infected-system").asInt()).isEqualTo(1);
        assertThat(m.path("byRsit").path("availability").path("dos").asInt()).isZero();
        assertThat(m.path("byStatus").path("closed").asInt()).isEqualTo(1);
        assertThat(m.path("byStatus").path("recovering").asInt()).isEqualTo(1);
        assertThat(m.path("byStatus").path("investigating").asInt()).isEqualTo(1);
        assertThat(m.path("byStatus").path("triage").asInt()).isZero();
        JsonNode times = m.path("times");
        assertTime(times.path("timeToReport"), 1, 3600, "PT1H", 3600, "PT1H");
        assertTime(times.path("timeToDeclare"), 2, 7200, "PT2H", 14400, "PT4H");
        // from detection: X from its report 01:00 to 09:00, Z (no report) from its declaration 04:00 to 07:00
        assertTime(times.path("timeToContain"), 2, 10800, "PT3H", 28800, "PT8H");
        assertTime(times.path("timeToContainFromDeclaration"), 2, 10800, "PT3H", 21600, "PT6H");
        assertTime(times.path("timeToRecover"), 1, 21600, "PT6H", 21600, "PT6H");
        assertTime(times.path("total"), 1, 32400, "PT9H", 32400, "PT9H");
        assertTime(times.path("timeToFirstUpdate"), 2, 1800, "PT30M", 7200, "PT2H");
        assertThat(m.path("percentileMethod").asText()).isEqualTo("nearest-rank");
    }

    @Test
    void reporterVolumeRecurrenceAndImprovementsClosedOnTimeOfMay2001() {
        // A: malware on the VPN gateway, reported 22:00 the day before, declared 00:00, contained 04:00
        store("INC-2001-0501", "S2", "malware", "2001-05-02T00:00:00Z", null, List.of("RPT-2001-000501"),
                phase("triage", "2001-05-02T00:00:00Z", "2001-05-02T01:00:00Z"),
                phase("containing", "2001-05-02T01:00:00Z", "2001-05-02T04:00:00Z"),
                phase("eradicating", "2001-05-02T04:00:00Z", null));
        report("RPT-2001-000501", "INC-2001-0501", "2001-05-01T22:00:00Z", "U_ALICE", "VPN-GW-1");
        // B: malware again on the same gateway (typed differently), reported by Alice and Bob
        store("INC-2001-0502", "S2", "malware", "2001-05-10T00:00:00Z", null,
                List.of("RPT-2001-000502", "RPT-2001-000503"), phase("triage", "2001-05-10T00:00:00Z", null));
        report("RPT-2001-000502", "INC-2001-0502", "2001-05-09T23:00:00Z", "U_ALICE", " vpn-gw-1 ");
        report("RPT-2001-000503", "INC-2001-0502", "2001-05-09T23:30:00Z", "U_BOB", "vpn-gw-1");
        // the register: one item done the day before it was due, one still open long after its due day
        improvement("IMP-2001-0501", "2001-05-15", "done", "2001-05-14T00:00:00Z");
        improvement("IMP-2001-0502", "2001-05-20", "open", null);

        JsonNode m = TestBot.api(port, "/api/metrics?from=2001-05-01&to=2001-05-31").body();

        assertThat(m.path("incidents").asInt()).isEqualTo(2);
        assertTime(m.path("times").path("timeToContain"), 1, 21600, "PT6H", 21600, "PT6H");
        assertTime(m.path("times").path("timeToContainFromDeclaration"), 1, 14400, "PT4H", 14400, "PT4H");
        assertThat(m.path("reports").path("reports").asInt()).isEqualTo(3);
        assertThat(m.path("reports").path("reporters").asInt()).isEqualTo(2);
        JsonNode recurrence = m.path("recurrence");
        assertThat(recurrence.path("recurring").asInt()).isEqualTo(1);
        assertThat(recurrence.path("byCategoryAndSystem").asInt()).isEqualTo(1);
        assertThat(recurrence.path("bySharedIndicator").asInt()).isZero();
        assertThat(recurrence.path("share").asDouble()).isEqualTo(0.5);
        JsonNode improvements = m.path("improvements");
        assertThat(improvements.path("due").asInt()).isEqualTo(2);
        assertThat(improvements.path("doneOnTime").asInt()).isEqualTo(1);
        assertThat(improvements.path("overdue").asInt()).isEqualTo(1);
        assertThat(improvements.path("onTimeShare").asDouble()).isEqualTo(0.5);
        assertThat(improvements.path("overdueNow").asInt()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aTimeNoIncidentHasIsCountedZeroWithoutAMedian() {
        JsonNode m = TestBot.api(port, "/api/metrics?from=2001-03-31&to=2001-03-31").body();

        assertThat(m.path("incidents").asInt()).isEqualTo(1);
        assertThat(m.path("times").path("total").path("n").asInt()).isZero();
        assertThat(m.path("times").path("total").path("median").isNull()).isTrue();
    }

    @Test
    void withoutDatesTheLastNinetyDaysEndingTodayAreCounted() {
        JsonNode m = TestBot.api(port, "/api/metrics").body();

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(m.path("to").asText()).isEqualTo(today.toString());
        assertThat(m.path("from").asText()).isEqualTo(today.minusDays(89).toString());
        assertThat(TestBot.api(port, "/api/metrics?to=2001-03-31").body().path("from").asText())
                .isEqualTo("2001-01-01");
    }

    @Test
    void badDatesAndAnInvertedPeriodAreRefusedWithTheReason() {
        var notADate = TestBot.api(port, "/api/metrics?from=2001-13-01&to=2001-12-31");
        assertThat(notADate.status()).isEqualTo(400);
        assertThat(notADate.body().path("error").asText()).contains("YYYY-MM-DD", "2001-13-01");

        var words = TestBot.api(port, "/api/metrics?from=yesterday");
        assertThat(words.status()).isEqualTo(400);
        assertThat(words.body().path("error").asText()).contains("yesterday");

        var inverted = TestBot.api(port, "/api/metrics?from=2001-04-01&to=2001-03-01");
        assertThat(inverted.status()).isEqualTo(400);
        assertThat(inverted.body().path("error").asText()).contains("2001-04-01", "2001-03-01", "after");

        assertThat(TestBot.api(port, "/api/metrics", "wrong-token").status()).isEqualTo(401);
    }

    @Test
    void datesBeyondFourDigitYearsAreRefusedWithTheReason() {
        for (String query : List.of("from=%2B999999999-01-01&to=%2B999999999-12-31", "from=-999999999-01-01",
                "from=2001-01-01&to=%2B300000000-01-01", "from=0000-12-31&to=2001-01-01")) {
            var answer = TestBot.api(port, "/api/metrics?" + query);

            assertThat(answer.status()).as(query).isEqualTo(400);
            assertThat(answer.body().path("error").asText()).as(query).contains("0001-01-01", "9999-12-31");
        }
        assertThat(TestBot.api(port, "/api/metrics?from=0001-01-01&to=9999-12-31").body().path("incidents").asInt())
                .isGreaterThanOrEqualTo(4);
    }

    private static void assertTime(JsonNode time, int n, long medianSeconds, String median, long p90Seconds,
                                   String p90) {
        assertThat(time.path("n").asInt()).isEqualTo(n);
        assertThat(time.path("medianSeconds").asLong()).isEqualTo(medianSeconds);
        assertThat(time.path("median").asText()).isEqualTo(median);
        assertThat(time.path("p90Seconds").asLong()).isEqualTo(p90Seconds);
        assertThat(time.path("p90").asText()).isEqualTo(p90);
    }

    private void store(String id, String severity, String category, String declaredAt, String beganAt,
                       List<String> reportIds, Phase... phases) {
        String status = phases[phases.length - 1].phase();
        incidents.insertOnce(new IncidentDocument(id, "metrics-test:" + id, "Metrics " + id, severity, category,
                "AMBER", false, status, "U_COMMANDER", "U_COMMANDER", Instant.parse(declaredAt),
                beganAt == null ? null : Instant.parse(beganAt), new ArrayList<>(reportIds), false,
                new IncidentDocument.Room("C" + id.replace("-", ""), id.toLowerCase(), false, List.of(), true, "1.0",
                        true),
                List.of(phases), List.of(), IncidentDocument.Closure.none(), IncidentDocument.Retention.none()));
    }

    /** A status update on the incident given at {@code at}, as {@code /incident update} logs it. */
    private void update(String incidentId, String at) {
        TestClock.shared().set(Instant.parse(at));
        try {
            updates.record(incidentId, "U_COMMANDER", new NewStatusUpdate("Contained", "", "", "", "", null));
        } finally {
            TestClock.shared().release();
        }
    }

    private void report(String id, String incidentId, String reportedAt) {
        report(id, incidentId, reportedAt, "U_REPORTER", "mail");
    }

    private void report(String id, String incidentId, String reportedAt, String reporter, String affectedSystem) {
        reports.insertOnce(new ReportDocument(id, "metrics-test:" + id, reporter, "phishing_mail", "A mail",
                "today", affectedSystem, List.of(), "attached", Instant.parse(reportedAt), null, null, incidentId,
                "U_COMMANDER", null, Instant.parse(reportedAt)));
    }

    private void improvement(String id, String dueOn, String status, String changedAt) {
        if (register.find(id).isEmpty()) {
            Instant changed = changedAt == null ? null : Instant.parse(changedAt);
            register.insert(new ImprovementDocument(id, "Patch the VPN gateway", "U_OWNER", dueOn, status,
                    "INC-2001-0501", null, null, false, false, "U_COMMANDER", Instant.parse("2001-05-03T00:00:00Z"),
                    changed == null ? null : "U_OWNER", changed, null, null));
        }
    }

    private static Phase phase(String phase, String startedAt, String endedAt) {
        return new Phase(phase, Instant.parse(startedAt), endedAt == null ? null : Instant.parse(endedAt));
    }
}
