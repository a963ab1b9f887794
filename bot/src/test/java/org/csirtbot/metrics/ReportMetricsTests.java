package org.csirtbot.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.csirtbot.report.Report;
import org.csirtbot.report.ReportCategory;
import org.csirtbot.report.ReportStatus;
import org.junit.jupiter.api.Test;

/** Reports and drill reports counted by the reporter's department; an unknown department counted as such. */
class ReportMetricsTests {

    @Test
    void countsReportsAndDrillReportsByDepartment() {
        List<Report> reports = List.of(report("Sales", "phishing-simulation"), report("Sales", null),
                report("U2", "Accounting", "phishing-simulation"), report(null, "phishing-simulation"));

        ReportMetrics metrics = ReportMetrics.of(reports, r -> "phishing-simulation".equals(r.closingReason()));

        assertThat(metrics.reports()).isEqualTo(4);
        assertThat(metrics.reporters()).as("U1 and U2").isEqualTo(2);
        assertThat(metrics.drillReports()).isEqualTo(3);
        assertThat(metrics.byDepartment()).containsExactly(Map.entry("(unknown)", 1L), Map.entry("Accounting", 1L),
                Map.entry("Sales", 2L));
        assertThat(metrics.drillReportsByDepartment()).containsOnly(Map.entry("(unknown)", 1L),
                Map.entry("Accounting", 1L), Map.entry("Sales", 1L));
    }

    private static Report report(String department, String closingReason) {
        return report("U1", department, closingReason);
    }

    private static Report report(String reporter, String department, String closingReason) {
        return new Report("RPT-2026-000001", reporter, ReportCategory.PHISHING_MAIL, "", "", "", List.of(),
                ReportStatus.DISMISSED, Instant.EPOCH, null, null, null, null, closingReason, null, null, List.of(),
                null, department, null);
    }
}
