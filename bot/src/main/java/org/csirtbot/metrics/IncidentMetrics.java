package org.csirtbot.metrics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.csirtbot.campaigns.Campaigns;
import org.csirtbot.improvements.Improvements;
import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentDocuments;
import org.csirtbot.incident.IncidentLog;
import org.csirtbot.incident.LogEntry;
import org.csirtbot.indicators.Sighting;
import org.csirtbot.indicators.IndicatorRegistry;
import org.csirtbot.report.Report;
import org.csirtbot.report.ReportCategory;
import org.csirtbot.report.ReportIntake;
import org.csirtbot.storage.IncidentStore;
import org.csirtbot.time.ReadableTimes;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Metrics of the incidents declared over a period ({@link MetricsReport}), with the times of their reports and of their
 * first status updates, their recurrence (by the indicator registry and the reports' affected systems) and the
 * improvement register's items due in the period.
 */
@Component
public class IncidentMetrics {

    private final Campaigns campaigns;
    private final IncidentStore store;
    private final ReportIntake reports;
    private final IncidentLog log;

    private final ObjectProvider<CsfTags> tags;
    private final IndicatorRegistry indicators;
    private final Improvements improvements;
    private final ReadableTimes times;

    IncidentMetrics(IncidentStore store, ReportIntake reports, IncidentLog log, Campaigns campaigns,
                    ObjectProvider<CsfTags> tags, IndicatorRegistry indicators, Improvements improvements,
                    ReadableTimes times) {
        this.indicators = indicators;
        this.improvements = improvements;
        this.times = times;
        this.campaigns = campaigns;
        this.tags = tags;
        this.store = store;
        this.reports = reports;
        this.log = log;
    }

    /** Metrics of the incidents declared from the start of {@code from} to the end of {@code to}, in UTC. */
    public MetricsReport over(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
        Instant start = from.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<Incident> incidents = store.findDeclaredBetween(start, end).stream()
                .map(IncidentDocuments::toIncident).toList();
        Map<String, Instant> earliestReports = new HashMap<>();
        incidents.forEach(i -> i.reportIds().stream().map(reports::find).flatMap(Optional::stream)
                .map(Report::reportedAt).filter(Objects::nonNull).min(Instant::compareTo)
                .ifPresent(at -> earliestReports.put(i.id(), at)));
        Map<String, Instant> firstUpdates = new HashMap<>();
        Map<String, Instant> awareAts = new HashMap<>();
        Map<String, IncidentFacts> facts = new HashMap<>();
        Map<String, CsfRollup> csf = new HashMap<>();
        CsfTags csfTags = tags.getIfAvailable(() -> CsfTags.NONE);
        List<Incident> real = incidents.stream().filter(i -> !i.isExercise()).toList();
        real.forEach(i -> {
            List<LogEntry> entries = log.entries(i.id());
            Instant firstUpdate = IncidentTimes.firstUpdate(entries);
            if (firstUpdate != null) {
                firstUpdates.put(i.id(), firstUpdate);
            }
            Instant aware = IncidentTimes.awareAt(entries);
            if (aware != null) {
                awareAts.put(i.id(), aware);
            }
            facts.put(i.id(), IncidentFacts.of(i, entries, earliestReports.get(i.id())));
            csf.put(i.id(), CsfRollup.of(entries, csfTags));
        });
        Predicate<Report> drill = r -> Campaigns.SIMULATION_REASON.equals(r.closingReason());
        List<Report> reported = reports.reportedBetween(start, end);
        Map<String, TimeSummary> moreTimes = new LinkedHashMap<>();
        moreTimes.put("timeToAcknowledge", ResponseMetrics.timeToAcknowledge(reported, drill));
        moreTimes.put("dwellTime", TimeSummary.of(facts.values().stream().map(IncidentFacts::dwell).toList()));
        moreTimes.put("timeToFirstExecutiveBriefing",
                TimeSummary.of(facts.values().stream().map(IncidentFacts::toExecutiveBriefing).toList()));
        return MetricsReport.of(from, to, incidents, earliestReports, awareAts, firstUpdates)
                .with(CampaignMetrics.of(campaigns.all(), start, end), ReportMetrics.of(reported, drill))
                .with(ResponseMetrics.of(real, facts, csf, reported, drill), moreTimes)
                .with(recurrence(real, end), ImprovementMetrics.of(improvements.all(), from, to,
                        improvements.today(), times.timeZone()));
    }

    /** The recurrence of {@code real}, against every real incident declared before {@code end}. */
    private RecurrenceMetrics recurrence(List<Incident> real, Instant end) {
        Set<ReportCategory> categories = real.stream().map(Incident::category).collect(Collectors.toSet());
        List<Incident> known = store.findDeclaredBetween(Instant.EPOCH, end).stream()
                .map(IncidentDocuments::toIncident).filter(i -> !i.isExercise()).toList();
        Map<String, List<String>> systems = new HashMap<>();
        known.stream().filter(i -> categories.contains(i.category())).forEach(i -> systems.put(i.id(),
                i.reportIds().stream().map(reports::find).flatMap(Optional::stream).map(Report::affectedSystem)
                        .filter(Objects::nonNull).toList()));
        Map<String, List<Sighting>> sightings = new HashMap<>();
        real.forEach(i -> sightings.put(i.id(), indicators.seenIn(i.id()).stream()
                .flatMap(indicator -> indicator.sightings().stream()).toList()));
        return RecurrenceMetrics.of(real, known, systems, sightings);
    }
}
