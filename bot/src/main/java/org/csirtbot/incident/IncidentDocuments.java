package org.csirtbot.incident;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.csirtbot.report.ReportCategory;
import org.csirtbot.storage.IncidentDocument;
import org.csirtbot.storage.IncidentLogStore;
import org.csirtbot.storage.IncidentStore;
import org.csirtbot.storage.LogAnchor;
import org.csirtbot.storage.LogAudit;
import org.csirtbot.storage.LogEntryDocument;

/** Maps incidents to and from their stored form. */
public final class IncidentDocuments {

    private IncidentDocuments() {
    }

    /**
     * The stored incident of an ID the caller was handed by the bot itself, so its absence is a mistake.
     *
     * @throws IllegalArgumentException when there is no such incident
     */
    public static Incident existing(IncidentStore store, String incidentId) {
        return store.findById(incidentId).map(IncidentDocuments::toIncident)
                .orElseThrow(() -> new IllegalArgumentException("no incident " + incidentId));
    }

    public static Incident toIncident(IncidentDocument d) {
        IncidentDocument.Room r = d.room() == null ? IncidentDocument.Room.notOpened() : d.room();
        return new Incident(d.id(), d.title(), Severity.valueOf(d.severity()),
                ReportCategory.fromCode(d.category()).orElse(ReportCategory.OTHER),
                Tlp.fromLabel(d.tlp()).orElse(Tlp.AMBER), d.confidential(), IncidentStatus.fromCode(d.status()),
                d.commanderId(), d.declaredBy(), d.declaredAt(), d.beganAt(), d.reportIds() == null ? List.of() : d.reportIds(),
                d.inviteReporters(), new Incident.Room(r.channelId(), r.channelName(), r.isPrivate(), r.invited(),
                        r.topicSet(), r.summaryTs(), r.summaryPinned()),
                d.phases() == null ? List.of() : d.phases().stream().map(IncidentDocuments::toPhase).toList(),
                roles(d.roles()), closure(d.closure()), retention(d.retention()), exercise(d.exercise()));
    }

    private static Incident.Exercise exercise(IncidentDocument.Exercise e) {
        return e == null ? null : new Incident.Exercise(e.scenarioId(), e.pace(), e.startedAt(), e.endedAt(),
                e.execChannel());
    }

    private static List<Incident.RoleHolder> roles(List<IncidentDocument.RoleHolder> stored) {
        if (stored == null) {
            return List.of();
        }
        // A role this version does not know (stored by a newer one) is left out rather than failing the read.
        return stored.stream().flatMap(r -> IncidentRole.ofCode(r.role()).stream()
                .map(role -> new Incident.RoleHolder(role, r.userId(), r.since()))).toList();
    }

    private static Incident.Closure closure(IncidentDocument.Closure c) {
        return c == null ? Incident.Closure.NONE
                : new Incident.Closure(c.lessons() == null ? Map.of() : Map.copyOf(c.lessons()), c.archivedAt());
    }

    private static Incident.Retention retention(IncidentDocument.Retention r) {
        return r == null ? Incident.Retention.NONE
                : new Incident.Retention(r.legalHold(), r.holdReason(), r.holdBy(), r.holdSince(), r.purgedAt(),
                        r.purgeRule());
    }

    static IncidentDocument.RoleHolder toDocument(Incident.RoleHolder r) {
        return new IncidentDocument.RoleHolder(r.role().code(), r.userId(), r.since());
    }

    static Incident.Phase toPhase(IncidentDocument.Phase p) {
        return new Incident.Phase(IncidentStatus.fromCode(p.phase()), p.startedAt(), p.endedAt());
    }

    public static IncidentDocument.Phase toDocument(Incident.Phase p) {
        return new IncidentDocument.Phase(p.phase().code(), p.startedAt(), p.endedAt());
    }

    /** The incident a declaration makes, before it is stored. */
    static Incident declared(String id, DeclareIncident d, Instant at) {
        return toIncident(toDocument(id, d, at));
    }

    static IncidentDocument toDocument(String id, DeclareIncident d, Instant at) {
        List<String> reports = new ArrayList<>();
        if (d.reportId() != null) {
            reports.add(d.reportId());
        }
        return new IncidentDocument(id, d.key(), d.title(), d.severity().name(), d.category().code(),
                d.tlp().label(), d.confidential(), IncidentStatus.TRIAGE.code(), d.declaredBy(), d.declaredBy(), at,
                d.beganAt(),
                reports, d.inviteReporter(), IncidentDocument.Room.notOpened(),
                List.of(new IncidentDocument.Phase(IncidentStatus.TRIAGE.code(), at, null)), List.of(),
                IncidentDocument.Closure.none(), IncidentDocument.Retention.none(), d.exercise() == null ? null
                        : new IncidentDocument.Exercise(d.exercise().scenarioId(), d.exercise().pace(), at, null,
                                d.exercise().execChannel()));
    }

    static LogEntry toLogEntry(LogEntryDocument d) {
        return new LogEntry(d.incidentId(), d.seq(), d.at(), d.actor(), d.kind(), d.data(), d.prevHash(), d.hash());
    }

    static IncidentLog.Appended toAppended(IncidentLogStore.Appended a) {
        return new IncidentLog.Appended(toLogEntry(a.entry()), a.added());
    }

    static LogVerification toVerification(LogAudit a) {
        LogAnchor anchor = a.anchor();
        return new LogVerification(a.valid(), a.entries(), a.firstInvalidSeq(), a.reason(),
                anchor == null ? null : new LogVerification.Anchor(anchor.entries(), anchor.headHash(), anchor.at()));
    }

    static IncidentDocument.Room toDocument(Incident.Room r) {
        return new IncidentDocument.Room(r.channelId(), r.channelName(), r.isPrivate(), r.invited(), r.topicSet(),
                r.summaryTs(), r.summaryPinned());
    }
}
