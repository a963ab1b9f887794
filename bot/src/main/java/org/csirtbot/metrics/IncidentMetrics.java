package org.csirtbot.metrics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.csirtbot.campaigns.Campaigns;
import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentDocuments;
import org.csirtbot.incident.IncidentLog;
import org.csirtbot.incident.LogEntry;
import org.csirtbot.incident.LogKind;
import org.csirtbot.report.Report;
import org.csirtbot.report.ReportIntake;
import org.csirtbot.storage.IncidentStore;
import org.springframework.stereotype.Component;

/**
 * Metrics of the incidents declared over a period ({@link MetricsReport}), with the times of their reports and of their
 * first status updates.
 */
@Component
public class IncidentMetrics {

    private final Campaigns campaigns;
    private final IncidentStore store;
    private final ReportIntake reports;
    private final IncidentLog log;

    IncidentMetrics(IncidentStore store, ReportIntake reports, IncidentLog log, Campaigns campaigns) {
        this.campaigns = campaigns;
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
        incidents.stream().filter(i -> !i.isExercise()).forEach(i -> log.entries(i.id(),
                        List.of(LogKind.STATUS_UPDATE_POSTED), Map.of()).stream().findFirst().map(LogEntry::at)
                .ifPresent(at -> firstUpdates.put(i.id(), at)));
        return MetricsReport.of(from, to, incidents, earliestReports, firstUpdates)
                .with(CampaignMetrics.of(campaigns.all(), start, end), ReportMetrics.of(reports.reportedBetween(start, end),
                        r -> Campaigns.SIMULATION_REASON.equals(r.closingReason())));
    }
}
