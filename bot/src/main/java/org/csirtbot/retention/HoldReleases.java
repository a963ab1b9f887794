package org.csirtbot.retention;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentLog;
import org.csirtbot.incident.Incidents;
import org.csirtbot.incident.LogEntry;
import org.csirtbot.incident.LogKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Releasing a legal hold takes two people: the first to ask logs a request
 * ({@link LogKind#LEGAL_HOLD_RELEASE_REQUESTED}); someone else asking within {@link #REQUEST_VALID} approves it, and
 * the hold is released under their name and reason ({@link LogKind#LEGAL_HOLD_CHANGED}). "Someone" is a Slack user or
 * an API client ({@code api:<name>}), each its own person. The pending request is the log's last hold entry, so
 * nothing besides the log holds it. A request and a release are published ({@link Release}) to be announced in the
 * incident's room. Who may ask is the caller's check.
 */
@Service
public class HoldReleases {

    /** How long a request waits for its approval: a stale one is not approved by surprise months later. */
    public static final Duration REQUEST_VALID = Duration.ofDays(1);
    private static final List<LogKind> HOLD_KINDS = List.of(LogKind.LEGAL_HOLD_CHANGED,
            LogKind.LEGAL_HOLD_RELEASE_REQUESTED);

    private final Incidents incidents;
    private final LegalHolds holds;
    private final IncidentLog log;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    HoldReleases(Incidents incidents, LegalHolds holds, IncidentLog log, Clock clock, ApplicationEventPublisher events) {
        this.incidents = incidents;
        this.holds = holds;
        this.log = log;
        this.clock = clock;
        this.events = events;
    }

    public enum Step {
        /** The release is asked for; it waits for someone else. */
        REQUESTED,
        /** This very person asked already: someone else must approve. */
        ASKED_BY_YOU,
        /** Someone else had asked: the hold is released. */
        RELEASED,
        NOT_HELD,
        PURGED
    }

    /**
     * What a release came to, the incident after it, the request (the pending one, or the one approved now; null when
     * not held or purged) and the release's own entry (null unless {@link Step#RELEASED}).
     */
    public record Release(Step step, Incident incident, LogEntry request, LogEntry release) {
    }

    /**
     * {@code actor} asks to release the hold on the incident, for {@code reason}.
     *
     * @throws IllegalArgumentException when there is no such incident, or the reason does not {@link LegalHolds#fits fit}
     */
    public Release release(String incidentId, String reason, String actor) {
        if (!LegalHolds.fits(reason)) {
            throw new IllegalArgumentException("a reason of 1 to " + LegalHolds.REASON_MAX + " characters is required");
        }
        Incident incident = incidents.find(incidentId)
                .orElseThrow(() -> new IllegalArgumentException("no incident " + incidentId));
        if (incident.retention().purged() || !incident.retention().legalHold()) {
            return new Release(incident.retention().purged() ? Step.PURGED : Step.NOT_HELD, incident, null, null);
        }
        Optional<LogEntry> pending = pending(incidentId);
        if (pending.isEmpty()) {
            LogEntry request = log.append(incidentId, actor, LogKind.LEGAL_HOLD_RELEASE_REQUESTED,
                    Map.of("reason", reason));
            return published(new Release(Step.REQUESTED, incident, request, null));
        }
        if (pending.get().actor().equals(actor)) {
            return new Release(Step.ASKED_BY_YOU, incident, pending.get(), null);
        }
        LegalHolds.HoldChange change = holds.change(incidentId, false, reason, actor);
        return switch (change.outcome()) {
            case CHANGED -> published(new Release(Step.RELEASED, change.incident(), pending.get(), change.entry()));
            case ALREADY -> new Release(Step.NOT_HELD, change.incident(), null, null);
            case PURGED -> new Release(Step.PURGED, change.incident(), null, null);
        };
    }

    /** The request waiting for its approval: the last hold entry, when it is a request younger than a day. */
    private Optional<LogEntry> pending(String incidentId) {
        List<LogEntry> entries = log.entries(incidentId, HOLD_KINDS, Map.of());
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(entries.size() - 1))
                .filter(e -> LogKind.LEGAL_HOLD_RELEASE_REQUESTED.code().equals(e.kind()))
                .filter(e -> e.at().plus(REQUEST_VALID).isAfter(clock.instant()));
    }

    private Release published(Release release) {
        events.publishEvent(release);
        return release;
    }
}
