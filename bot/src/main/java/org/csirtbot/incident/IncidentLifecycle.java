package org.csirtbot.incident;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.csirtbot.storage.IncidentStore;
import org.springframework.stereotype.Service;

/**
 * Moves incidents through their lifecycle ({@link StatusTransitions}), records when each phase started and ended,
 * and logs each change. Who may change the status is the caller's check ({@link CsirtAction#CHANGE_STATUS}).
 */
@Service
public class IncidentLifecycle {

    /** How often a change is checked again when someone else changed the status meanwhile. */
    private static final int ATTEMPTS = 3;

    private final IncidentStore store;
    private final IncidentLog log;
    private final Clock clock;

    IncidentLifecycle(IncidentStore store, IncidentLog log, Clock clock) {
        this.store = store;
        this.log = log;
        this.clock = clock;
    }

    /** What became of a status change. */
    public enum Outcome {
        CHANGED,
        /** The incident is in that phase already. */
        UNCHANGED,
        /** The lifecycle does not lead there from the current phase. */
        NOT_ALLOWED,
        /** Closing is {@code /incident close}, not a status change. */
        CLOSE_INSTEAD,
        /** Others kept changing the status at the same time; nothing changed. */
        CONTENDED
    }

    /**
     * @param incident the incident after the attempt
     * @param from     the phase it was in when checked
     * @param next     the phases that may follow {@code from}
     */
    public record StatusChange(Outcome outcome, Incident incident, IncidentStatus from, Set<IncidentStatus> next) {
    }

    /**
     * Moves the incident to {@code to} if its lifecycle allows that from its current phase. The check and the change
     * go together: the change is stored only if the incident is still as checked, otherwise it is checked again.
     *
     * @throws IllegalArgumentException when there is no such incident
     */
    public StatusChange changeStatus(String incidentId, String actor, IncidentStatus to) {
        for (int attempt = 1; ; attempt++) {
            Incident incident = IncidentDocuments.existing(store, incidentId);
            IncidentStatus from = incident.status();
            Outcome refused = refusal(from, to);
            if (refused != null || attempt > ATTEMPTS) {
                return new StatusChange(refused == null ? Outcome.CONTENDED : refused, incident, from,
                        StatusTransitions.next(from));
            }
            Instant now = clock.instant();
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("from", from.code());
            data.put("to", to.code());
            var promised = IncidentLog.promise(actor, LogKind.STATUS_CHANGED, data);
            if (store.changeStatus(incidentId, from.code(),
                    incident.phases().stream().map(IncidentDocuments::toDocument).toList(), to.code(), now, promised)) {
                log.settle(incidentId, promised);
                return new StatusChange(Outcome.CHANGED, IncidentDocuments.existing(store, incidentId), from, StatusTransitions.next(from));
            }
        }
    }

    private static Outcome refusal(IncidentStatus from, IncidentStatus to) {
        if (from == to) {
            return Outcome.UNCHANGED;
        }
        if (to == IncidentStatus.CLOSED) {
            return Outcome.CLOSE_INSTEAD;
        }
        return StatusTransitions.allows(from, to) ? null : Outcome.NOT_ALLOWED;
    }
}
