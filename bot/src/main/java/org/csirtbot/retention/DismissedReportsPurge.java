package org.csirtbot.retention;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.csirtbot.report.Report;
import org.csirtbot.report.ReportIntake;
import org.csirtbot.storage.OutboxStore;
import org.csirtbot.storage.intake.IntakeStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Purges reports that never reached an incident once {@link RetentionProperties#dismissedReports()} has passed since
 * their dismissal (or, never triaged, since they were reported): who reported, what they wrote and why it was
 * dismissed (and what an outside notifier sent, kept by the web intake); the outbox's copies of what was posted about them; and their triage post, replaced by a tombstone line.
 * The ID, category, status and times stay. Counted as {@code csirtbot.retention.reports.purged}.
 */
@Component
class DismissedReportsPurge {

    private static final Logger log = LoggerFactory.getLogger(DismissedReportsPurge.class);

    private final ReportIntake reports;
    private final OutboxStore outbox;
    private final ObjectProvider<PurgedReportPosts> posts;
    private final RetentionProperties retention;
    private final Clock clock;
    private final MeterRegistry meters;
    private final IntakeStore intake;

    DismissedReportsPurge(ReportIntake reports, OutboxStore outbox, ObjectProvider<PurgedReportPosts> posts,
                          RetentionProperties retention, Clock clock, MeterRegistry meters, IntakeStore intake) {
        this.intake = intake;
        this.reports = reports;
        this.outbox = outbox;
        this.posts = posts;
        this.retention = retention;
        this.clock = clock;
        this.meters = meters;
    }

    /** Purges every such report due now; returns their IDs. */
    List<String> purgeDue() {
        Optional<Instant> before = RetentionRule.before(clock.instant(), retention.dismissedReports());
        List<String> purged = new ArrayList<>();
        for (Report report : before.map(reports::unattachedBefore).orElse(List.of())) {
            // traces first: once the details are gone the report is no longer found, so nothing would finish them
            outbox.removeNaming(List.of(report.id()), null);
            posts.ifAvailable(p -> p.replaceWithTombstone(report.id(), report.triageChannel(), report.triageTs()));
            if (reports.purgeUnattached(report.id())) {
                intake.purgeNotificationsOf(List.of(report.id()));
                meters.counter("csirtbot.retention.reports.purged").increment();
                purged.add(report.id());
            }
        }
        if (!purged.isEmpty()) {
            log.info("Purged {} reports that never reached an incident, after {}", purged.size(),
                    retention.dismissedReports());
        }
        return purged;
    }
}
