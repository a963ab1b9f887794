package org.csirtbot.metrics;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentStatus;
import org.csirtbot.incident.Severity;
import org.csirtbot.report.ReportCategory;

/**
 * Metrics of the incidents declared from {@code from} to {@code to} (UTC days, both included): how many, by severity,
 * category, RSIT class and type ({@link RsitType}: class to type to count) and current status (every value listed, 0
 * included), and the {@link TimeSummary} of each time
 * ({@link IncidentTimes}): {@code timeToReport}, {@code timeToDeclare}, {@code timeToContain} (from detection),
 * {@code timeToContainFromDeclaration}, {@code timeToRecover}, {@code total} and {@code timeToFirstUpdate}. Tabletop exercises are left out (a rehearsal says nothing of how the CSIRT
 * responds to real incidents); {@code exercisesLeftOut} says how many were declared in the period.
 * {@code campaigns}: the campaigns whose first report came in the period ({@link CampaignMetrics}); {@code reports}:
 * the reports made in it, by department ({@link ReportMetrics}). {@code times} has also {@code timeToAcknowledge}
 * (from a report to its triage, over the period's reports), {@code dwellTime} and {@code timeToFirstExecutiveBriefing}
 * ({@link IncidentFacts}); {@code response}: regulator timeliness, SLA breaches and waived steps by playbook, the
 * false-positive rate, severity at declaration versus now, and steps by CSF 2.0 outcome ({@link ResponseMetrics});
 * {@code recurrence}: the period's incidents that repeat an earlier one ({@link RecurrenceMetrics});
 * {@code improvements}: the register's items due in the period, done on time or not ({@link ImprovementMetrics}).
 */
public record MetricsReport(LocalDate from, LocalDate to, int incidents, Map<String, Long> bySeverity,
                            Map<String, Long> byCategory, Map<String, Map<String, Long>> byRsit,
                            Map<String, Long> byStatus, Map<String, TimeSummary> times,
                            String percentileMethod, int exercisesLeftOut, CampaignMetrics campaigns,
                            ReportMetrics reports, ResponseMetrics response, RecurrenceMetrics recurrence,
                            ImprovementMetrics improvements) {

    static final String NEAREST_RANK = "nearest-rank";

    /** Pure: as {@link #of(LocalDate, LocalDate, Collection, Map, Map, Map)} with no moment of awareness recorded. */
    static MetricsReport of(LocalDate from, LocalDate to, Collection<Incident> declared,
                            Map<String, Instant> earliestReports, Map<String, Instant> firstUpdates) {
        return of(from, to, declared, earliestReports, Map.of(), firstUpdates);
    }

    /**
     * Pure: the metrics of {@code incidents}, given each one's earliest report time, recorded moment of awareness and
     * first status update time by incident ID (if any).
     */
    static MetricsReport of(LocalDate from, LocalDate to, Collection<Incident> declared,
                            Map<String, Instant> earliestReports, Map<String, Instant> awareAts,
                            Map<String, Instant> firstUpdates) {
        List<Incident> incidents = declared.stream().filter(i -> !i.isExercise()).toList();
        List<IncidentTimes> times = incidents.stream().map(i -> IncidentTimes.of(i, earliestReports.get(i.id()),
                awareAts.get(i.id()), firstUpdates.get(i.id()))).toList();
        Map<String, TimeSummary> summaries = new LinkedHashMap<>();
        summaries.put("timeToReport", summary(times, IncidentTimes::toReport));
        summaries.put("timeToDeclare", summary(times, IncidentTimes::toDeclare));
        summaries.put("timeToContain", summary(times, IncidentTimes::toContain));
        summaries.put("timeToContainFromDeclaration", summary(times, IncidentTimes::toContainFromDeclaration));
        summaries.put("timeToRecover", summary(times, IncidentTimes::toRecover));
        summaries.put("total", summary(times, IncidentTimes::total));
        summaries.put("timeToFirstUpdate", summary(times, IncidentTimes::toFirstUpdate));
        return new MetricsReport(from, to, incidents.size(),
                count(incidents, Severity.values(), Incident::severity, Severity::name),
                count(incidents, ReportCategory.values(), Incident::category, ReportCategory::code),
                RsitType.count(incidents),
                count(incidents, IncidentStatus.values(), Incident::status, IncidentStatus::code),
                summaries, NEAREST_RANK, declared.size() - incidents.size(), null, null, null, null, null);
    }

    /** These metrics with the period's campaigns and reports. */
    MetricsReport with(CampaignMetrics campaignMetrics, ReportMetrics reportMetrics) {
        return new MetricsReport(from, to, incidents, bySeverity, byCategory, byRsit, byStatus, times, percentileMethod,
                exercisesLeftOut, campaignMetrics, reportMetrics, response, recurrence, improvements);
    }

    /** These metrics with the response's quality, and its further times added to {@link #times}. */
    MetricsReport with(ResponseMetrics responseMetrics, Map<String, TimeSummary> moreTimes) {
        Map<String, TimeSummary> all = new LinkedHashMap<>(times);
        all.putAll(moreTimes);
        return new MetricsReport(from, to, incidents, bySeverity, byCategory, byRsit, byStatus, all, percentileMethod,
                exercisesLeftOut, campaigns, reports, responseMetrics, recurrence, improvements);
    }

    /** These metrics with the period's recurrence and the register's improvements due in it. */
    MetricsReport with(RecurrenceMetrics recurrenceMetrics, ImprovementMetrics improvementMetrics) {
        return new MetricsReport(from, to, incidents, bySeverity, byCategory, byRsit, byStatus, times, percentileMethod,
                exercisesLeftOut, campaigns, reports, response, recurrenceMetrics, improvementMetrics);
    }

    private static TimeSummary summary(List<IncidentTimes> times, Function<IncidentTimes, Duration> time) {
        return TimeSummary.of(times.stream().map(time).toList());
    }

    private static <T> Map<String, Long> count(Collection<Incident> incidents, T[] values,
                                               Function<Incident, T> of, Function<T, String> name) {
        Map<String, Long> counts = new LinkedHashMap<>();
        Arrays.stream(values).forEach(v -> counts.put(name.apply(v), 0L));
        incidents.forEach(i -> counts.merge(name.apply(of.apply(i)), 1L, Long::sum));
        return counts;
    }
}
