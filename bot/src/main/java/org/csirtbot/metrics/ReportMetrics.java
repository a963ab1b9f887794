package org.csirtbot.metrics;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.csirtbot.report.Report;

/**
 * The reports made in the period and {@code reporters}, how many people made them (distinct Slack users: the reporter
 * volume), and the organisation's phishing drills among them, by the reporter's department (from
 * the Slack profile field {@code csirtbot.reports.department-field}; reports whose department was not known are counted
 * as {@value #UNKNOWN}), and the notifications outside parties sent through the web intake by notifier (a directory ID
 * or the name they gave; they are among {@code reports}, with no reporter). A drill's report rate is these counts over the mails sent, which only the drill's tool knows.
 * Pure.
 */
public record ReportMetrics(int reports, int reporters, int drillReports, Map<String, Long> byDepartment,
                            Map<String, Long> drillReportsByDepartment, Map<String, Long> externalByNotifier) {

    static final String UNKNOWN = "(unknown)";

    static ReportMetrics of(Collection<Report> reports, Predicate<Report> drill) {
        int reporters = (int) reports.stream().map(Report::reporterId).filter(Objects::nonNull).distinct()
                .count();
        return new ReportMetrics(reports.size(), reporters, (int) reports.stream().filter(drill).count(),
                byDepartment(reports, r -> true), byDepartment(reports, drill), byNotifier(reports));
    }

    private static Map<String, Long> byNotifier(Collection<Report> reports) {
        Map<String, Long> counts = new TreeMap<>();
        reports.stream().filter(r -> r.notifier() != null).forEach(r -> counts.merge(
                r.notifier().partnerId() == null ? r.notifier().from() : r.notifier().partnerId(), 1L, Long::sum));
        return counts;
    }

    private static Map<String, Long> byDepartment(Collection<Report> reports, Predicate<Report> which) {
        Map<String, Long> counts = new TreeMap<>();
        reports.stream().filter(which).forEach(r -> counts.merge(
                r.department() == null ? UNKNOWN : r.department(), 1L, Long::sum));
        return counts;
    }
}
