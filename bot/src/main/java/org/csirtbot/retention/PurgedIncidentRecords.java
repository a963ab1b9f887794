package org.csirtbot.retention;

import java.util.ArrayList;
import java.util.List;

import org.csirtbot.incident.Incident;
import org.csirtbot.report.ReportIntake;
import org.csirtbot.storage.DecisionStore;
import org.csirtbot.storage.ExecSummaryStore;
import org.csirtbot.storage.IncidentLogStore;
import org.csirtbot.storage.IncidentRetentionStore;
import org.csirtbot.storage.OutboxStore;
import org.csirtbot.storage.PlaybookRunStore;
import org.csirtbot.storage.RoomMoveStore;
import org.csirtbot.storage.partners.OutsideRequestStore;
import org.csirtbot.storage.indicators.IndicatorStore;
import org.csirtbot.storage.intake.IntakeStore;
import org.csirtbot.storage.links.IncidentLinkStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Removes what a purged incident leaves besides its tombstone: its log, its reports' details and their triage posts
 * in Slack, what outside notifiers sent about it through the web intake, its playbook runs, its decisions, its links to
 * other incidents (their reasons), its requests to and from outside organisations, and the outbox's copies
 * of everything sent about it (its room's posts, and those of the public room it left if it moved, direct messages,
 * approval requests). Its indicators stay, kept by their own retention: their sightings in it keep its ID and lose who
 * added them. Each step may run again, so a purge cut short is finished by the next run.
 */
@Component
class PurgedIncidentRecords {

    private final IncidentRetentionStore incidents;
    private final IncidentLogStore logs;
    private final ReportIntake reports;
    private final PlaybookRunStore playbookRuns;
    private final DecisionStore decisions;
    private final OutboxStore outbox;
    private final ExecSummaryStore execSummaries;
    private final RoomMoveStore moves;
    private final OutsideRequestStore outsideRequests;
    private final IndicatorStore indicators;
    private final IncidentLinkStore links;
    private final ObjectProvider<PurgedReportPosts> posts;
    private final IntakeStore intake;

    PurgedIncidentRecords(IncidentRetentionStore incidents, IncidentLogStore logs, ReportIntake reports,
                          PlaybookRunStore playbookRuns, DecisionStore decisions, OutboxStore outbox,
                          ExecSummaryStore execSummaries, RoomMoveStore moves, OutsideRequestStore outsideRequests,
                          IndicatorStore indicators, IncidentLinkStore links,
                          ObjectProvider<PurgedReportPosts> posts, IntakeStore intake) {
        this.intake = intake;
        this.links = links;
        this.incidents = incidents;
        this.logs = logs;
        this.reports = reports;
        this.playbookRuns = playbookRuns;
        this.decisions = decisions;
        this.outbox = outbox;
        this.execSummaries = execSummaries;
        this.moves = moves;
        this.outsideRequests = outsideRequests;
        this.indicators = indicators;
        this.posts = posts;
    }

    Removed remove(Incident incident) {
        String id = incident.id();
        Removed removed = new Removed(logs.purgeLog(id), reports.purgeDetailsOf(id));
        // what outside notifiers sent through the web intake (issue 15), kept beside their reports
        intake.purgeNotificationsOf(incident.reportIds());
        // a run's state holds the fields its steps recorded; a decision its question, rationale and names
        playbookRuns.removeForIncident(id);
        decisions.removeForIncident(id);
        // its requests to and from outside organisations (issue 14): subjects and references
        outsideRequests.removeForIncident(id);
        indicators.forgetSourcesOf(id);
        execSummaries.forget(id);
        links.forget(id);
        // reports it still holds: one merged into another incident (issue 15) passed its reports on
        List<String> own = incident.reportIds().stream().filter(r -> reports.find(r)
                .map(report -> report.incidentId() == null || id.equals(report.incidentId())).orElse(true)).toList();
        List<String> named = new ArrayList<>(own);
        named.add(id);
        outbox.removeNaming(named, incident.room() == null ? null : incident.room().channelId());
        // the public room it left for a private one (issue 13) had posts of its own
        moves.find(id).ifPresent(move -> outbox.removeNaming(List.of(), move.from()));
        // after the outbox is cleared, so the tombstone's own entry stays until it is sent
        for (String reportId : own) {
            reports.find(reportId).ifPresent(report -> posts.ifAvailable(
                    p -> p.replaceWithTombstone(reportId, report.triageChannel(), report.triageTs())));
        }
        incidents.recordPurgeDone(id);
        return removed;
    }

    record Removed(long logEntries, long reports) {
    }
}
