package org.csirtbot.incident;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.csirtbot.report.Report;
import org.csirtbot.report.ReportIntake;
import org.csirtbot.report.ReportStatus;
import org.csirtbot.storage.Counters;
import org.csirtbot.storage.IncidentStore;
import org.csirtbot.storage.PendingLogStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/** Declares incidents, once per request, and attaches reports to them ({@link ReportAttached} follows each). */
@Service
public class IncidentDeclaration {

    private final IncidentStore store;
    private final Counters counters;
    private final ReportIntake reports;
    private final IncidentLog log;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    IncidentDeclaration(IncidentStore store, Counters counters, ReportIntake reports, IncidentLog log, Clock clock,
                        ApplicationEventPublisher events) {
        this.store = store;
        this.counters = counters;
        this.reports = reports;
        this.log = log;
        this.clock = clock;
        this.events = events;
    }

    /**
     * A report became part of an incident: attached from triage, or the one it was declared from; published once the
     * attachment and its log entry are stored, so what follows from the report's contents (its observables becoming the
     * incident's indicators) may start. Listeners run in the attaching thread: quick, idempotent, never failing it.
     */
    public record ReportAttached(Incident incident, Report report) {
    }

    /** The outcome of a declaration: the incident, and whether this request created it. */
    public record Declared(Incident incident, boolean created) {
    }

    /**
     * Declares the incident unless this request (or this report) already did.
     *
     * @throws ReportAlreadyHandled when declaring from a report that was dismissed
     */
    public Declared declare(DeclareIncident command) {
        Optional<Incident> earlier = store.findByDeclarationKey(command.key()).map(IncidentDocuments::toIncident);
        if (earlier.isPresent()) {
            return new Declared(earlier.get(), false);
        }
        Report report = command.reportId() == null ? null : openReport(command.reportId());
        if (report != null && report.status() == ReportStatus.ATTACHED && store.findById(report.incidentId()).isPresent()) {
            return new Declared(IncidentDocuments.existing(store, report.incidentId()), false);
        }
        Instant now = clock.instant();
        int year = now.atZone(ZoneOffset.UTC).getYear();
        String id = "INC-%d-%04d".formatted(year, counters.next("incident-" + year));
        if (report != null) {
            // the report is claimed before the incident exists, so an attach to another incident cannot slip in
            Optional<String> claimed = reports.claimForDeclaration(report.id(), id, command.key(), command.declaredBy());
            if (claimed.isEmpty()) {
                return handledMeanwhile(report.id());
            }
            id = claimed.get();
        }
        String incidentId = id;
        // its first log entries are promised in the insert itself, so no incident exists without them
        List<PendingLogStore.Entry> first = firstEntries(IncidentDocuments.declared(id, command, now), command, report);
        var inserted = store.insertOnce(IncidentDocuments.toDocument(id, command, now), first);
        if (inserted.created()) {
            first.forEach(promised -> log.settle(incidentId, promised));
        }
        Incident incident = IncidentDocuments.toIncident(inserted.incident());
        if (inserted.created() && report != null) {
            events.publishEvent(new ReportAttached(incident, report));
        }
        return new Declared(incident, inserted.created());
    }

    /** The report was attached or dismissed by someone else: its incident, or why it cannot be declared. */
    private Declared handledMeanwhile(String reportId) {
        Report now = reports.find(reportId).orElseThrow();
        return Optional.ofNullable(now.incidentId()).flatMap(store::findById).map(IncidentDocuments::toIncident)
                .map(incident -> new Declared(incident, false)).orElseThrow(() -> new ReportAlreadyHandled(now));
    }

    /**
     * Attaches an open report to an open incident and logs it.
     *
     * @throws ReportAlreadyHandled when the report was dismissed or attached before
     */
    public Incident attachReport(String reportId, String incidentId, String by) {
        Incident incident = IncidentDocuments.existing(store, incidentId);
        Report report = reports.attach(reportId, incidentId, by)
                .orElseThrow(() -> new ReportAlreadyHandled(reports.find(reportId).orElseThrow()));
        var promised = IncidentLog.promise(by, LogKind.REPORT_ATTACHED, reportData(report));
        store.addReport(incidentId, reportId, promised);
        log.settle(incidentId, promised);
        Incident attached = IncidentDocuments.existing(store, incidentId);
        events.publishEvent(new ReportAttached(attached, report));
        return attached;
    }

    /**
     * Moves a report of one incident to another (a merge) and logs it in the other as {@link LogKind#REPORT_ATTACHED};
     * the first keeps it in its list and its log. False when the report is not attached to {@code fromIncident}.
     */
    public boolean moveReport(String reportId, String fromIncident, String toIncident, String by) {
        Optional<Report> moved = reports.move(reportId, fromIncident, toIncident);
        if (moved.isEmpty()) {
            return false;
        }
        var promised = IncidentLog.promise(by, LogKind.REPORT_ATTACHED, reportData(moved.get()));
        store.addReport(toIncident, reportId, promised);
        log.settle(toIncident, promised);
        return true;
    }

    private Report openReport(String reportId) {
        Report report = reports.find(reportId)
                .orElseThrow(() -> new IllegalArgumentException("no report " + reportId));
        if (report.status() == ReportStatus.DISMISSED) {
            throw new ReportAlreadyHandled(report);
        }
        return report;
    }

    private static List<PendingLogStore.Entry> firstEntries(Incident incident, DeclareIncident command, Report report) {
        List<PendingLogStore.Entry> first = new ArrayList<>();
        if (report != null) {
            String reporter = report.notifier() == null ? report.reporterId() : "external:" + report.notifier().from();
            first.add(IncidentLog.promise(reporter, LogKind.REPORTED, reportData(report)));
        }
        Map<String, Object> declared = new LinkedHashMap<>();
        declared.put("title", incident.title());
        declared.put("severity", incident.severity().name());
        declared.put("category", incident.category().code());
        declared.put("tlp", incident.tlp().label());
        declared.put("confidential", incident.confidential());
        declared.put("commander", incident.commanderId());
        if (incident.beganAt() != null) {
            declared.put("beganAt", incident.beganAt().toString());
        }
        if (incident.isExercise()) {
            declared.put("exercise", incident.exercise().scenarioId());
        }
        first.add(IncidentLog.promise(command.declaredBy(), LogKind.DECLARED, declared));
        if (incident.isExercise()) {
            first.add(IncidentLog.promise(command.declaredBy(), LogKind.EXERCISE_STARTED, Map.of(
                    "scenario", incident.exercise().scenarioId(), "pace", incident.exercise().pace())));
        }
        return first;
    }

    private static Map<String, Object> reportData(Report report) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("reportId", report.id());
        data.put("category", report.category().code());
        data.put("reportedAt", report.reportedAt().toString());
        if (report.notifier() != null) {
            data.put("source", report.source());
            data.put("notifier", report.notifier().from());
            data.put("partner", report.notifier().partnerId());
        }
        return data;
    }
}
