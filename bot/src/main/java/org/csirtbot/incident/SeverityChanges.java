package org.csirtbot.incident;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.csirtbot.storage.IncidentStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Changes an incident's severity, always with a reason, and logs it ({@link LogKind#SEVERITY_CHANGED}); every change
 * is then published as {@link Changed}, a raise also as {@link SeverityRaised}, whoever made it. Who may is the caller's check
 * ({@link CsirtAction#CHANGE_SEVERITY}).
 */
@Service
public class SeverityChanges {

    /** The longest reason, in characters (code points); details belong in notes. */
    public static final int REASON_MAX = 500;
    /** How often a change is checked again when someone else changed the severity meanwhile. */
    private static final int ATTEMPTS = 3;

    private final IncidentStore store;
    private final IncidentLog log;
    private final ApplicationEventPublisher events;

    SeverityChanges(IncidentStore store, IncidentLog log, ApplicationEventPublisher events) {
        this.store = store;
        this.log = log;
        this.events = events;
    }

    /** What became of a severity change. */
    public enum Outcome {
        CHANGED,
        /** The incident has that severity already. */
        UNCHANGED,
        /** Others kept changing the severity at the same time; nothing changed. */
        CONTENDED
    }

    /**
     * @param incident the incident as this change left it (a later change is its own to tell); as read if unchanged
     * @param from     the severity it had when checked
     * @param entry    the log entry of the change; null unless changed
     */
    public record SeverityChange(Outcome outcome, Incident incident, Severity from, LogEntry entry) {

        /** Raised to S1 or S2 from a lower severity: the approvers and executives must hear of it. */
        public boolean raisedToUrgent() {
            Severity to = incident.severity();
            return outcome == Outcome.CHANGED && to.ordinal() < from.ordinal() && to.ordinal() <= Severity.S2.ordinal();
        }
    }

    /**
     * An incident's severity changed, raised or lowered, and was logged: published once per change, whoever made it,
     * so that what follows the severity (playbook runs) follows.
     *
     * @param incident the incident as the change left it
     * @param from     the severity it had
     */
    public record Changed(Incident incident, Severity from) {
    }

    /** Whether {@code reason} can be a reason: not blank, at most {@link #REASON_MAX} characters. */
    public static boolean fits(String reason) {
        return reason != null && !reason.isBlank() && reason.codePointCount(0, reason.length()) <= REASON_MAX;
    }

    /**
     * Gives the incident severity {@code to}; stored only if the severity is still the one checked.
     *
     * @throws IllegalArgumentException when there is no such incident, or the reason does not {@link #fits fit}
     */
    public SeverityChange change(String incidentId, String actor, Severity to, String reason) {
        Objects.requireNonNull(to, "to");
        if (!fits(reason)) {
            throw new IllegalArgumentException("a severity change needs a reason of 1 to " + REASON_MAX + " characters");
        }
        for (int attempt = 1; ; attempt++) {
            Incident incident = IncidentDocuments.existing(store, incidentId);
            Severity from = incident.severity();
            if (from == to || attempt > ATTEMPTS) {
                return new SeverityChange(from == to ? Outcome.UNCHANGED : Outcome.CONTENDED, incident, from, null);
            }
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("from", from.name());
            data.put("to", to.name());
            data.put("reason", reason);
            var promised = IncidentLog.promise(actor, LogKind.SEVERITY_CHANGED, data);
            if (store.changeSeverity(incidentId, from.name(), to.name(), promised)) {
                LogEntry entry = log.settle(incidentId, promised);
                // as this change left it: a change by someone else just after is theirs to tell
                SeverityChange change = new SeverityChange(Outcome.CHANGED, incident.withSeverity(to), from, entry);
                events.publishEvent(new Changed(change.incident(), from));
                if (to.ordinal() < from.ordinal()) {
                    events.publishEvent(new SeverityRaised(change.incident(), from, entry));
                }
                return change;
            }
        }
    }
}
