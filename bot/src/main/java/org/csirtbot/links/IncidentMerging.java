package org.csirtbot.links;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentDeclaration;
import org.csirtbot.incident.IncidentDocuments;
import org.csirtbot.incident.IncidentLog;
import org.csirtbot.incident.IncidentStatus;
import org.csirtbot.incident.LogKind;
import org.csirtbot.storage.IncidentStore;
import org.springframework.stereotype.Service;

/**
 * Merges one incident into another: the merged one is closed (whatever its closure criteria, since its work goes on in
 * the other), logged {@link LogKind#INCIDENT_MERGED_INTO}, its reports attached to the other, which logs
 * {@link LogKind#INCIDENT_MERGED}. Nothing is removed from the merged incident: its log, report list and room stay.
 * Who may is the caller's check.
 */
@Service
public class IncidentMerging {

    /** Why a merge is refused; nothing changed. */
    public enum Refusal {
        ITSELF, CLOSED, RESTRICTED_MISMATCH, LEGAL_HOLD_MISMATCH, EXERCISE_MISMATCH,
        /** Someone changed the merged incident at the same moment. */
        CONTENDED
    }

    /** @param refusal null when merged; {@code reports} the report IDs attached to the incident merged into */
    public record Merged(Refusal refusal, List<String> reports) {
    }

    private final IncidentStore store;
    private final IncidentDeclaration declaration;
    private final IncidentLog log;
    private final Clock clock;

    IncidentMerging(IncidentStore store, IncidentDeclaration declaration, IncidentLog log, Clock clock) {
        this.store = store;
        this.declaration = declaration;
        this.log = log;
        this.clock = clock;
    }

    /** Why {@code merged} may not be merged into {@code into}; null when it may. */
    public static Refusal refusal(Incident into, Incident merged) {
        if (into.id().equals(merged.id())) {
            return Refusal.ITSELF;
        }
        if (merged.status() == IncidentStatus.CLOSED || into.status() == IncidentStatus.CLOSED) {
            return Refusal.CLOSED;
        }
        if (into.restricted() != merged.restricted()) {
            return Refusal.RESTRICTED_MISMATCH;
        }
        if (held(into) != held(merged)) {
            return Refusal.LEGAL_HOLD_MISMATCH;
        }
        return into.isExercise() != merged.isExercise() ? Refusal.EXERCISE_MISMATCH : null;
    }

    /** Merges {@code merged} into {@code into} as {@code actor}, unless {@link #refusal} refuses it. */
    public Merged merge(Incident into, Incident merged, String actor) {
        Refusal refused = refusal(into, merged);
        if (refused != null) {
            return new Merged(refused, List.of());
        }
        Map<String, Object> closing = new LinkedHashMap<>();
        closing.put("into", into.id());
        closing.put("from", merged.status().code());
        var promised = IncidentLog.promise(actor, LogKind.INCIDENT_MERGED_INTO, closing);
        if (!store.changeStatus(merged.id(), merged.status().code(),
                merged.phases().stream().map(IncidentDocuments::toDocument).toList(), IncidentStatus.CLOSED.code(),
                clock.instant(), promised)) {
            return new Merged(Refusal.CONTENDED, List.of());
        }
        log.settle(merged.id(), promised);
        List<String> moved = new ArrayList<>();
        for (String reportId : merged.reportIds() == null ? List.<String>of() : merged.reportIds()) {
            if (declaration.moveReport(reportId, merged.id(), into.id(), actor)) {
                moved.add(reportId);
            }
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("merged", merged.id());
        data.put("reports", moved);
        log.append(into.id(), actor, LogKind.INCIDENT_MERGED, data);
        return new Merged(null, moved);
    }

    private static boolean held(Incident incident) {
        return incident.retention() != null && incident.retention().legalHold();
    }
}
