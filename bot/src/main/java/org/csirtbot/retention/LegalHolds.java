package org.csirtbot.retention;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentDocuments;
import org.csirtbot.incident.IncidentLog;
import org.csirtbot.incident.LogEntry;
import org.csirtbot.incident.LogKind;
import org.csirtbot.storage.IncidentRetentionStore;
import org.csirtbot.storage.IncidentStore;
import org.springframework.stereotype.Service;

/**
 * Sets and releases legal hold: while an incident is held, nothing of it is purged, whatever its retention period
 * says. Each change is logged ({@link LogKind#LEGAL_HOLD_CHANGED}). Who may is the caller's check
 * ({@link CsirtAction#LEGAL_HOLD}).
 */
@Service
public class LegalHolds {

    /** The longest reason, in characters (code points). */
    public static final int REASON_MAX = 1000;

    private final IncidentStore store;
    private final IncidentRetentionStore retention;
    private final IncidentLog log;
    private final Clock clock;

    LegalHolds(IncidentStore store, IncidentRetentionStore retention, IncidentLog log, Clock clock) {
        this.store = store;
        this.retention = retention;
        this.log = log;
        this.clock = clock;
    }

    public enum Outcome {
        CHANGED,
        /** It was held (or not held) already; nothing changed. */
        ALREADY,
        /** Its retention period ran out and its details were purged; there is nothing left to hold. */
        PURGED
    }

    /** What became of a change, the incident after it, and the log entry when one was written (else null). */
    public record HoldChange(Outcome outcome, Incident incident, LogEntry entry) {
    }

    /**
     * Sets ({@code hold}) or releases the hold for {@code reason}, by {@code actor}.
     *
     * @throws IllegalArgumentException when there is no such incident, or the reason does not {@link #fits fit}
     */
    public HoldChange change(String incidentId, boolean hold, String reason, String actor) {
        Objects.requireNonNull(actor, "actor");
        if (!fits(reason)) {
            throw new IllegalArgumentException("a reason of 1 to " + REASON_MAX + " characters is required");
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("hold", hold);
        data.put("reason", reason);
        var promised = IncidentLog.promise(actor, LogKind.LEGAL_HOLD_CHANGED, data);
        if (retention.changeLegalHold(incidentId, hold, reason, actor, clock.instant(), promised)) {
            LogEntry entry = log.settle(incidentId, promised);
            return new HoldChange(Outcome.CHANGED, IncidentDocuments.existing(store, incidentId), entry);
        }
        Incident incident = IncidentDocuments.existing(store, incidentId);
        return new HoldChange(incident.retention().purged() ? Outcome.PURGED : Outcome.ALREADY, incident, null);
    }

    /** Whether {@code reason} can be a hold's reason: not blank, at most {@link #REASON_MAX} characters. */
    public static boolean fits(String reason) {
        return reason != null && !reason.isBlank() && reason.codePointCount(0, reason.length()) <= REASON_MAX;
    }
}
