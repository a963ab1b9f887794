package org.csirtbot.retention;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentDocuments;
import org.csirtbot.storage.IncidentRetentionStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Purges closed incidents whose retention period ({@link RetentionProperties}, or the longer one a playbook recorded:
 * {@link RecordedRetention}) has run out and that are not under legal hold. What goes: the incident's log, its title,
 * commander, declarer, other roles, lessons learned, room name and invitees, who reported and what they wrote in its reports (their triage posts in Slack become a tombstone line),
 * its playbook runs, its decisions, and the outbox's copies of what was sent about it ({@link PurgedIncidentRecords}).
 * Reports that never reached an incident go by their own period ({@link DismissedReportsPurge}). What stays, as a
 * tombstone: its ID (never reused), severity, category, TLP, status, times, phases and report IDs (so metrics still count it), its hold
 * history, and when and under which rule it was purged. Each purge is logged and counted
 * ({@code csirtbot.retention.purged} by severity).
 */
@Component
public class RetentionPurge {

    private static final Logger log = LoggerFactory.getLogger(RetentionPurge.class);

    private final IncidentRetentionStore incidents;
    private final PurgedIncidentRecords records;
    private final DismissedReportsPurge dismissedReports;
    private final RetentionProperties retention;
    private final RecordedRetention recorded;
    private final Clock clock;
    private final MeterRegistry meters;

    RetentionPurge(IncidentRetentionStore incidents, PurgedIncidentRecords records,
                   DismissedReportsPurge dismissedReports, RetentionProperties retention,
                   RecordedRetention recorded, Clock clock, MeterRegistry meters) {
        this.recorded = recorded;
        this.incidents = incidents;
        this.records = records;
        this.dismissedReports = dismissedReports;
        this.retention = retention;
        this.clock = clock;
        this.meters = meters;
    }

    @Scheduled(initialDelayString = "${csirtbot.retention.purge-interval:1h}",
            fixedDelayString = "${csirtbot.retention.purge-interval:1h}")
    void onSchedule() {
        try {
            purgeDue();
            dismissedReports.purgeDue();
        } catch (RuntimeException e) {
            log.warn("Retention purge will try again: {}", e.getMessage());
        }
    }

    /**
     * Purges every incident due now, after finishing any purge that was cut short. The check that the incident is
     * still closed and not held is made again in the same step as the purge, so a hold set meanwhile wins.
     *
     * @return the IDs purged by this call
     */
    public List<String> purgeDue() {
        incidents.findPurgeUnfinished().stream().map(IncidentDocuments::toIncident).forEach(records::remove);
        Instant now = clock.instant();
        List<String> purged = new ArrayList<>();
        for (Incident incident : incidents.findPurgeable().stream().map(IncidentDocuments::toIncident).toList()) {
            Optional<String> rule = RetentionRule.due(incident, retention, now);
            if (rule.isPresent()) { // due by its severity: a period a playbook recorded may keep it longer
                rule = RetentionRule.due(incident, retention, recorded.of(incident.id()).orElse(null), now);
            }
            if (rule.isPresent() && incidents.purgeDetails(incident.id(), now, rule.get())) {
                PurgedIncidentRecords.Removed removed = records.remove(incident);
                meters.counter("csirtbot.retention.purged", "severity", incident.severity().name()).increment();
                log.info("Purged {} under retention rule {}: {} log entries, details of {} reports", incident.id(),
                        rule.get(), removed.logEntries(), removed.reports());
                purged.add(incident.id());
            }
        }
        return purged;
    }

    /** The purge runs whether or not Slack is configured. */
    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    static class Schedule {
    }
}
