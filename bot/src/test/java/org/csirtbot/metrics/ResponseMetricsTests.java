package org.csirtbot.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csirtbot.metrics.IncidentMetricsTests.T0;
import static org.csirtbot.metrics.IncidentMetricsTests.hours;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentStatus;
import org.csirtbot.incident.LogEntry;
import org.csirtbot.incident.Severity;
import org.csirtbot.report.Report;
import org.csirtbot.report.ReportCategory;
import org.csirtbot.report.ReportStatus;
import org.junit.jupiter.api.Test;

/** The response's quality from incidents' logs and the period's reports: pure. */
class ResponseMetricsTests {

    @Test
    void oneIncidentsLogGivesItsDeclaredSeverityDwellBriefingClocksBreachesAndWaivers() {
        Incident incident = incident("A", Severity.S1, hours(-5));
        List<LogEntry> log = new ArrayList<>();
        add(log, 0, "declared", Map.of("title", "t", "severity", "S3"));
        add(log, 1, "decision_recorded", Map.of("decisionId", "DEC-1", "approval", "approver"));
        add(log, 2, "decision_recorded", Map.of("decisionId", "DEC-2", "approval", "executive:UEXEC"));
        add(log, 3, "status_update_posted", Map.of("status", "contained"));
        add(log, 4, "playbook_escalation", Map.of("playbook", "ransomware", "step", "r1"));
        add(log, 5, "playbook_step_skipped", Map.of("playbook", "ransomware", "step", "r2", "waived", true));
        add(log, 5, "playbook_step_skipped", Map.of("playbook", "ransomware", "step", "r3", "waived", false));
        add(log, 6, "clock_breached", Map.of("playbook", "pdb", "clock", "appi_preliminary", "hard", false));
        add(log, 7, "clock_stopped", Map.of("playbook", "pdb", "clock", "appi_preliminary", "metDeadline", false));
        add(log, 8, "clock_stopped", Map.of("playbook", "pdb", "clock", "gdpr_sa", "metDeadline", true));

        IncidentFacts facts = IncidentFacts.of(incident, log, hours(-1));

        assertThat(facts.declaredSeverity()).isEqualTo("S3");
        assertThat(facts.dwell()).as("began 5 h before, reported 1 h before the declaration").isEqualTo(Duration.ofHours(4));
        assertThat(facts.toExecutiveBriefing()).as("the decision put to an executive").isEqualTo(Duration.ofHours(2));
        assertThat(facts.regulatorClocks().get("appi_preliminary"))
                .containsExactly(new IncidentFacts.ClockEnd(false, true));
        assertThat(facts.regulatorClocks().get("gdpr_sa")).containsExactly(new IncidentFacts.ClockEnd(true, true));
        assertThat(facts.stepSlaBreaches()).containsExactly(Map.entry("ransomware", 1));
        assertThat(facts.clockBreaches()).containsExactly(Map.entry("pdb", 1));
        assertThat(facts.waivedMandatory()).containsExactly(Map.entry("ransomware", 1));
        assertThat(IncidentFacts.of(incident, log, null).dwell()).as("no report: detected when declared")
                .isEqualTo(Duration.ofHours(5));
    }

    @Test
    void acrossIncidentsRegulatorSharesPlaybooksSeverityFalsePositivesAndCsf() {
        Incident a = incident("A", Severity.S1, null);
        Incident b = incident("B", Severity.S2, null);
        Incident c = incident("C", Severity.S4, null);
        List<LogEntry> la = new ArrayList<>();
        add(la, 0, "declared", Map.of("severity", "S3"));
        add(la, 1, "clock_stopped", Map.of("playbook", "pdb", "clock", "appi_preliminary", "metDeadline", true));
        add(la, 2, "clock_breached", Map.of("playbook", "pdb", "clock", "gdpr_sa", "hard", true));
        add(la, 3, "playbook_escalation", Map.of("playbook", "pdb", "step", "p1"));
        List<LogEntry> lb = new ArrayList<>();
        add(lb, 0, "declared", Map.of("severity", "S2"));
        add(lb, 1, "clock_breached", Map.of("playbook", "pdb", "clock", "appi_preliminary", "hard", true));
        add(lb, 2, "clock_stopped", Map.of("playbook", "pdb", "clock", "appi_preliminary", "metDeadline", false));
        add(lb, 3, "playbook_step_skipped", Map.of("playbook", "phishing", "step", "x", "waived", true));
        List<LogEntry> lc = new ArrayList<>();
        add(lc, 0, "declared", Map.of("severity", "S2"));
        add(lc, 1, "clock_stopped", Map.of("playbook", "pdb", "clock", "appi_preliminary", "metDeadline", false));
        add(lc, 2, "clock_stopped", Map.of("playbook", "pdb", "clock", "gdpr_sa", "metDeadline", true));
        Map<String, IncidentFacts> facts = Map.of("A", IncidentFacts.of(a, la, null), "B", IncidentFacts.of(b, lb, null),
                "C", IncidentFacts.of(c, lc, null));
        CsfTags tags = (p, v, s) -> java.util.Optional.of(new CsfTags.TaggedStep(s, List.of("RS.MA-02")));
        List<LogEntry> steps = new ArrayList<>();
        add(steps, 0, "playbook_step_completed", Map.of("playbook", "p", "step", "s1"));
        add(steps, 1, "playbook_step_skipped", Map.of("playbook", "p", "step", "s2", "waived", true));
        List<Report> reports = List.of(report("R1", ReportStatus.DISMISSED, ReportCategory.PHISHING_MAIL, 30, null),
                report("R2", ReportStatus.ATTACHED, ReportCategory.PHISHING_MAIL, 90, null),
                report("R3", ReportStatus.DISMISSED, ReportCategory.MALWARE, 10, null),
                report("R4", ReportStatus.OPEN, ReportCategory.MALWARE, 0, null),
                report("R5", ReportStatus.DISMISSED, ReportCategory.PHISHING_MAIL, 1, "drill"));

        ResponseMetrics m = ResponseMetrics.of(List.of(a, b, c), facts,
                Map.of("A", CsfRollup.of(steps, tags), "B", CsfRollup.of(List.of(), tags)), reports,
                r -> "drill".equals(r.closingReason()));

        assertThat(m.regulators().get("appiPreliminaryWithin3Days")).isEqualTo(new ResponseMetrics.Share(3, 1, 1.0 / 3));
        assertThat(m.regulators().get("appiPreliminaryWithin5Days")).as("B passed its hard deadline")
                .isEqualTo(new ResponseMetrics.Share(3, 2, 2.0 / 3));
        assertThat(m.regulators().get("gdprWithin72Hours")).isEqualTo(new ResponseMetrics.Share(2, 1, 0.5));
        assertThat(m.byPlaybook()).containsExactly(Map.entry("pdb", new ResponseMetrics.PlaybookQuality(1, 0, 0)),
                Map.entry("phishing", new ResponseMetrics.PlaybookQuality(0, 0, 1)));
        assertThat(m.severity()).isEqualTo(new ResponseMetrics.SeverityChanges(
                Map.of("S2→S2", 1L, "S2→S4", 1L, "S3→S1", 1L), 1, 1, 1));
        assertThat(m.falsePositives().triaged()).as("drills and open reports left out").isEqualTo(3);
        assertThat(m.falsePositives().dismissed()).isEqualTo(2);
        assertThat(m.falsePositives().byCategory().get("phishing_mail")).isEqualTo(new ResponseMetrics.Share(2, 1, 0.5));
        assertThat(m.csf().get("RS.MA")).isEqualTo(new ResponseMetrics.CsfCount(1, 0, 1));
        assertThat(m.csf().get("RC.CO")).isEqualTo(new ResponseMetrics.CsfCount(0, 0, 0));
        TimeSummary ack = ResponseMetrics.timeToAcknowledge(reports, r -> "drill".equals(r.closingReason()));
        assertThat(ack.n()).isEqualTo(3);
        assertThat(ack.medianSeconds()).isEqualTo(1800L);
    }

    private static Incident incident(String id, Severity severity, Instant beganAt) {
        return IncidentMetricsTests.withPhases(id, severity, ReportCategory.OTHER, beganAt,
                IncidentMetricsTests.phases(List.of(IncidentStatus.TRIAGE), 1));
    }

    private static Report report(String id, ReportStatus status, ReportCategory category, int minutesToTriage,
                                 String reason) {
        return new Report(id, "U1", category, "d", null, null, List.of(), status, T0,
                "C1", "1.0", null, null, reason, status == ReportStatus.OPEN ? null : T0.plusSeconds(60L * minutesToTriage));
    }

    private static void add(List<LogEntry> log, double hoursAfterT0, String kind, Map<String, Object> data) {
        log.add(new LogEntry("X", log.size() + 1, hours(hoursAfterT0), "U1", kind, data, null, null));
    }
}
