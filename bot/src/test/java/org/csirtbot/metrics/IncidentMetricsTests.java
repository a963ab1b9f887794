package org.csirtbot.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csirtbot.incident.IncidentStatus.CLOSED;
import static org.csirtbot.incident.IncidentStatus.CONTAINING;
import static org.csirtbot.incident.IncidentStatus.ERADICATING;
import static org.csirtbot.incident.IncidentStatus.INVESTIGATING;
import static org.csirtbot.incident.IncidentStatus.POST_INCIDENT;
import static org.csirtbot.incident.IncidentStatus.RECOVERING;
import static org.csirtbot.incident.IncidentStatus.TRIAGE;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentStatus;
import org.csirtbot.incident.LogEntry;
import org.csirtbot.incident.LogKind;
import org.csirtbot.incident.Severity;
import org.csirtbot.incident.Tlp;
import org.csirtbot.report.ReportCategory;
import org.junit.jupiter.api.Test;

/** Metrics of incidents with known times: exact counts, medians and 90th percentiles (nearest rank). */
public class IncidentMetricsTests {

    static final Instant T0 = Instant.parse("2025-06-01T00:00:00Z");
    static final LocalDate DAY = LocalDate.parse("2025-06-01");

    @Test
    void nearestRankTakesTheValueAtTheCeilingOfTheRank() {
        long[] four = {10, 20, 30, 40};
        assertThat(TimeSummary.nearestRank(four, 50)).isEqualTo(20);
        assertThat(TimeSummary.nearestRank(four, 90)).isEqualTo(40);
        long[] ten = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertThat(TimeSummary.nearestRank(ten, 50)).isEqualTo(5);
        assertThat(TimeSummary.nearestRank(ten, 90)).isEqualTo(9);
        assertThat(TimeSummary.nearestRank(new long[] {7}, 90)).isEqualTo(7);
    }

    @Test
    void eachTimeHasItsCountMedianAndNinetiethPercentile() {
        List<Incident> incidents = List.of(
                // began 1h before its report at -30m; containing ends 3h, post_incident 5h, closed 10h after declaring
                incident("A", Severity.S1, ReportCategory.PHISHING_MAIL, hours(-1.5), CLOSED, 1, 2, 3, 4, 5, 10),
                // no report: declared 2h after it began; containing ends 6h, post_incident 8h, closed 20h after
                incident("B", Severity.S2, ReportCategory.PHISHING_MAIL, hours(-2), CLOSED, 1, 4, 6, 7, 8, 20),
                // beginning unknown; containing ends 4h, still recovering
                incident("C", Severity.S2, ReportCategory.MALWARE, null, RECOVERING, 1, 2, 4, 7),
                // beginning unknown, never contained: from investigating straight to post_incident at 3h
                incidentSkipping("D", null),
                // still in triage: counted, no times
                incident("E", Severity.S4, ReportCategory.OTHER, null, TRIAGE));
        Map<String, Instant> reports = Map.of("A", T0.minus(Duration.ofMinutes(30)),
                "C", T0.minus(Duration.ofMinutes(90)), "D", T0.minus(Duration.ofMinutes(10)));

        // first status updates: A 20 min after declaring, B 90 min, C 45 min (D and E none yet)
        Map<String, Instant> updates = Map.of("A", T0.plus(Duration.ofMinutes(20)), "B", hours(1.5),
                "C", T0.plus(Duration.ofMinutes(45)));

        MetricsReport metrics = MetricsReport.of(DAY, DAY, incidents, reports, updates);

        assertThat(metrics.incidents()).isEqualTo(5);
        assertThat(metrics.bySeverity()).containsExactly(Map.entry("S1", 1L), Map.entry("S2", 2L),
                Map.entry("S3", 1L), Map.entry("S4", 1L));
        assertThat(metrics.byCategory()).containsEntry("phishing_mail", 2L).containsEntry("malware", 1L)
                .containsEntry("other", 2L).containsEntry("dos", 0L).hasSize(ReportCategory.values().length);
        assertThat(metrics.byStatus()).containsEntry("closed", 2L).containsEntry("recovering", 1L)
                .containsEntry("post_incident", 1L).containsEntry("triage", 1L).containsEntry("containing", 0L);
        // time to report: A 1h (B, E no report; C, D began unknown)
        assertSummary(metrics, "timeToReport", 1, 3600, 3600);
        // time to declare: A 30m, B 2h, C 90m, D 10m from their report -> 600, 1800, 5400, 7200
        assertSummary(metrics, "timeToDeclare", 4, 1800, 7200);
        // time to contain from detection: A 3h30 (report 30m before), C 5h30 (report 90m before), B 6h (no report)
        assertSummary(metrics, "timeToContain", 3, 19800, 21600);
        // from declaration: A 3h, C 4h, B 6h (D never contained, E not yet)
        assertSummary(metrics, "timeToContainFromDeclaration", 3, 14400, 21600);
        // time to recover (post_incident starts): A 5h, B 8h, D 3h
        assertSummary(metrics, "timeToRecover", 3, 18000, 28800);
        // total: A 10h, B 20h
        assertSummary(metrics, "total", 2, 36000, 72000);
        assertThat(metrics.times().get("total").median()).isEqualTo("PT10H");
        assertThat(metrics.times().get("total").p90()).isEqualTo("PT20H");
        // time to first update: 20 min, 45 min, 90 min
        assertSummary(metrics, "timeToFirstUpdate", 3, 2700, 5400);
        assertThat(metrics.percentileMethod()).isEqualTo("nearest-rank");
    }

    @Test
    void noIncidentsGiveZeroCountsAndNoTimes() {
        MetricsReport metrics = MetricsReport.of(DAY, DAY, List.of(), Map.of(), Map.of());

        assertThat(metrics.incidents()).isZero();
        assertThat(metrics.bySeverity().values()).containsOnly(0L);
        assertThat(metrics.times().values()).allSatisfy(t -> {
            assertThat(t.n()).isZero();
            assertThat(t.medianSeconds()).isNull();
            assertThat(t.p90()).isNull();
        });
    }

    @Test
    void aReportBeforeTheBeginningIsLeftOutRatherThanCountedNegative() {
        Incident wrongBeginning = incident("A", Severity.S3, ReportCategory.OTHER, hours(1), TRIAGE);

        IncidentTimes times = IncidentTimes.of(wrongBeginning, T0.minus(Duration.ofMinutes(5)), null, null);

        assertThat(times.toReport()).isNull();
        assertThat(times.toDeclare()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void containmentCountsFromTheEarliestOfTheFirstReportTheRecordedAwarenessAndTheDeclaration() {
        // declared at T0, contained at 4h
        Incident incident = incident("A", Severity.S2, ReportCategory.MALWARE, null, ERADICATING, 1, 2, 4);

        assertThat(IncidentTimes.of(incident, null, null, null).toContain()).isEqualTo(Duration.ofHours(4));
        assertThat(IncidentTimes.of(incident, hours(-1), null, null).toContain()).isEqualTo(Duration.ofHours(5));
        IncidentTimes aware = IncidentTimes.of(incident, hours(-1), hours(-3), null);
        assertThat(aware.toContain()).as("aware in the company 3 h before").isEqualTo(Duration.ofHours(7));
        assertThat(aware.toContainFromDeclaration()).isEqualTo(Duration.ofHours(4));
        assertThat(IncidentTimes.of(incident, null, hours(2), null).toContain())
                .as("awareness recorded after the declaration: detected when declared").isEqualTo(Duration.ofHours(4));
    }

    @Test
    void theMomentOfAwarenessIsReadFromWhatAPlaybookRecordedOrWasGiven() {
        List<LogEntry> log = List.of(
                entry(LogKind.PLAYBOOK_INPUTS, Map.of("playbook", "core-intake",
                        "values", Map.of("__t_aware__", "2025-06-01T00:00:00Z"))),
                entry(LogKind.PLAYBOOK_STEP_COMPLETED, Map.of("playbook", "core-intake", "step", "c8.brief_privacy",
                        "fields", Map.of("__t_aware__", "2025-05-31T18:30+09:00", "__privacy_ack__", "U2"))),
                entry(LogKind.PLAYBOOK_STEP_COMPLETED, Map.of("playbook", "x", "fields", Map.of("__t_aware__", "soon"))));

        assertThat(IncidentTimes.awareAt(log)).isEqualTo(Instant.parse("2025-05-31T09:30:00Z"));
        assertThat(IncidentTimes.awareAt(List.of())).isNull();
    }

    private static LogEntry entry(LogKind kind, Map<String, Object> data) {
        return new LogEntry("A", 1, T0, "U1", kind.code(), data, null, null);
    }

    private static void assertSummary(MetricsReport metrics, String time, int n, long median, long p90) {
        TimeSummary summary = metrics.times().get(time);
        assertThat(summary.n()).as(time + " n").isEqualTo(n);
        assertThat(summary.medianSeconds()).as(time + " median").isEqualTo(median);
        assertThat(summary.p90Seconds()).as(time + " p90").isEqualTo(p90);
        assertThat(summary.median()).isEqualTo(Duration.ofSeconds(median).toString());
    }

    /**
     * An incident declared at {@link #T0} that went through the lifecycle in order up to {@code status}; each phase
     * change happens at the given hours after T0.
     */
    static Incident incident(String id, Severity severity, ReportCategory category, Instant beganAt,
                             IncidentStatus status, double... changesAtHours) {
        IncidentStatus[] order = {TRIAGE, INVESTIGATING, CONTAINING, ERADICATING, RECOVERING, POST_INCIDENT, CLOSED};
        List<IncidentStatus> path = new ArrayList<>();
        for (IncidentStatus s : order) {
            if (s.ordinal() <= status.ordinal()) {
                path.add(s);
            }
        }
        return withPhases(id, severity, category, beganAt, phases(path, changesAtHours));
    }

    /** Triage, investigating at 1h, then straight to post_incident at 3h (no containing). */
    static Incident incidentSkipping(String id, Instant beganAt) {
        return withPhases(id, Severity.S3, ReportCategory.OTHER, beganAt,
                phases(List.of(TRIAGE, INVESTIGATING, POST_INCIDENT), 1, 3));
    }

    static List<Incident.Phase> phases(List<IncidentStatus> path, double... changesAtHours) {
        List<Incident.Phase> phases = new ArrayList<>();
        Instant start = T0;
        for (int i = 0; i < path.size(); i++) {
            Instant end = i < changesAtHours.length && i + 1 < path.size() ? hours(changesAtHours[i]) : null;
            phases.add(new Incident.Phase(path.get(i), start, end));
            start = end;
        }
        return phases;
    }

    public static Incident withPhases(String id, Severity severity, ReportCategory category, Instant beganAt,
                               List<Incident.Phase> phases) {
        IncidentStatus status = phases.get(phases.size() - 1).phase();
        return new Incident(id, "t", severity, category, Tlp.AMBER, false, status, "U1", "U1", T0, beganAt,
                List.of(), false, null, phases, List.of(), Incident.Closure.NONE, Incident.Retention.NONE);
    }

    static Instant hours(double h) {
        return T0.plusSeconds((long) (h * 3600));
    }
}
