package org.csirtbot.classification;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentDocuments;
import org.csirtbot.incident.IncidentLog;
import org.csirtbot.incident.LogEntry;
import org.csirtbot.incident.LogKind;
import org.csirtbot.incident.SeverityChanges;
import org.csirtbot.incident.Tlp;
import org.csirtbot.storage.ClassificationStore;
import org.csirtbot.storage.IncidentStore;
import org.csirtbot.storage.PendingLogStore;
import org.springframework.stereotype.Service;

/**
 * Changes an incident's TLP or confidentiality, always with a reason (the same rule as a severity change's), each
 * stored with its log entry ({@link LogKind#TLP_CHANGED}, {@link LogKind#CONFIDENTIAL_CHANGED}: from, to, reason) and
 * only onto the value checked. Who may is the caller's check ({@code CsirtAction.CLASSIFY}); moving the room when the
 * incident becomes restricted is {@link RoomMoves}'.
 */
@Service
public class ClassificationChanges {

    /** How often a change is checked again when someone else changed the value meanwhile. */
    private static final int ATTEMPTS = 3;

    private final IncidentStore incidents;
    private final ClassificationStore store;
    private final IncidentLog log;

    ClassificationChanges(IncidentStore incidents, ClassificationStore store, IncidentLog log) {
        this.incidents = incidents;
        this.store = store;
        this.log = log;
    }

    /** What became of a change. */
    public enum Outcome {
        CHANGED,
        /** The incident has that value already. */
        UNCHANGED,
        /** Others kept changing it at the same time; nothing changed. */
        CONTENDED
    }

    /**
     * @param incident      the incident as stored after the change; as read when unchanged
     * @param wasRestricted whether it was restricted before
     * @param entry         the log entry of the change; null unless changed
     */
    public record ClassificationChange(Outcome outcome, Incident incident, boolean wasRestricted, LogEntry entry) {

        /** Changed, and restricted now in a public room: the room must move to a private one. */
        public boolean movesRoom() {
            return outcome == Outcome.CHANGED && RoomMoves.needed(incident);
        }

        /** Changed, restricted no more, in a private room: which stays private (a room is never made public). */
        public boolean staysPrivate() {
            return outcome == Outcome.CHANGED && wasRestricted && !incident.restricted() && incident.room().isPrivate();
        }
    }

    /** Gives the incident TLP {@code to}; logged as the labels, e.g. {@code AMBER+STRICT}. */
    public ClassificationChange tlp(String incidentId, String actor, Tlp to, String reason) {
        return change(incidentId, actor, reason, LogKind.TLP_CHANGED, i -> i.tlp().label(), to.label(),
                (from, promised) -> store.changeTlp(incidentId, (String) from, to.label(), promised));
    }

    /** Makes the incident confidential, or not; logged as {@code true} or {@code false}. */
    public ClassificationChange confidential(String incidentId, String actor, boolean to, String reason) {
        return change(incidentId, actor, reason, LogKind.CONFIDENTIAL_CHANGED, Incident::confidential, to,
                (from, promised) -> store.changeConfidential(incidentId, (Boolean) from, to, promised));
    }

    /** A TLP level as people type it ({@link Tlp#named}). */
    public static Optional<Tlp> tlpNamed(String typed) {
        return Tlp.named(typed);
    }

    /** Whether {@code reason} can be a reason: as for a severity change ({@link SeverityChanges#fits}). */
    public static boolean fits(String reason) {
        return SeverityChanges.fits(reason);
    }

    private interface Store {
        boolean change(Object from, PendingLogStore.Entry promised);
    }

    private ClassificationChange change(String incidentId, String actor, String reason, LogKind kind,
                                        Function<Incident, Object> value, Object to, Store change) {
        if (!fits(reason)) {
            throw new IllegalArgumentException("a classification change needs a reason of 1 to "
                    + SeverityChanges.REASON_MAX + " characters");
        }
        for (int attempt = 1; ; attempt++) {
            Incident incident = IncidentDocuments.existing(incidents, incidentId);
            Object from = value.apply(incident);
            if (from.equals(to) || attempt > ATTEMPTS) {
                Outcome outcome = from.equals(to) ? Outcome.UNCHANGED : Outcome.CONTENDED;
                return new ClassificationChange(outcome, incident, incident.restricted(), null);
            }
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("from", from);
            data.put("to", to);
            data.put("reason", reason);
            var promised = IncidentLog.promise(actor, kind, data);
            if (change.change(from, promised)) {
                LogEntry entry = log.settle(incidentId, promised);
                return new ClassificationChange(Outcome.CHANGED, IncidentDocuments.existing(incidents, incidentId),
                        incident.restricted(), entry);
            }
        }
    }
}
