package org.csirtbot.playbook;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentStatus;
import org.csirtbot.incident.Incidents;
import org.csirtbot.playbooks.engine.Action;
import org.csirtbot.playbooks.engine.Actor;
import org.csirtbot.playbooks.engine.Engine;
import org.csirtbot.playbooks.engine.Event;
import org.csirtbot.playbooks.engine.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * What people and time do to runs. The engine computes the new state from the stored one; it is stored only onto the
 * version it was computed from, so of two clicks at once one applies and the other is computed again from the new
 * state (and usually refused: the step is done). Each change is logged, then published as {@link RunAdvanced}. Who
 * may act on a run's steps at all ({@code WORK_PLAYBOOK}) is the caller's check; the engine checks the step's role.
 */
@Service
public class RunActions {

    private static final Logger log = LoggerFactory.getLogger(RunActions.class);
    /** How often an action is computed again when someone changed the run meanwhile. */
    private static final int ATTEMPTS = 4;

    private final PlaybookRunDocuments store;
    private final PlaybookCatalog catalog;
    private final Incidents incidents;
    private final PlaybookRoles roles;
    private final Engine engine;
    private final RunRecords records;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RunActions(PlaybookRunDocuments store, PlaybookCatalog catalog, Incidents incidents, PlaybookRoles roles,
               Engine engine, RunRecords records, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.catalog = catalog;
        this.incidents = incidents;
        this.roles = roles;
        this.engine = engine;
        this.records = records;
        this.events = events;
        this.clock = clock;
    }

    /** What became of an action. */
    public enum Result {
        APPLIED,
        /** The engine refused it; nothing changed. */
        REFUSED,
        NO_RUN,
        /** The run's playbook is no longer in force. */
        UNAVAILABLE,
        /** Others kept changing the run at the same moment; nothing changed. */
        CONTENDED
    }

    /** The result, the run as it is now (null without one), the engine's refusal (when refused) and what happened. */
    public record Acted(Result result, PlaybookRun run, Event.Refused refusal, List<Event> events) {
        static Acted of(Result result) {
            return new Acted(result, null, null, List.of());
        }
    }

    /** Applies what {@code userId} does, the action made for them as the engine sees them (their roles). */
    public Acted act(String runId, String userId, Function<Actor, Action> action) {
        return apply(runId, userId, action, clock.instant());
    }

    /**
     * What the engine would say to the action now, without storing anything: its refusal, or empty when it would
     * apply. For checking a click before a form opens (the form's own values are checked when it is sent).
     */
    public Optional<Event.Refused> wouldRefuse(String runId, String userId, Function<Actor, Action> action) {
        Optional<PlaybookRun> run = store.find(runId).flatMap(stored -> stored.with(catalog));
        if (run.isEmpty()) {
            return Optional.empty();
        }
        Outcome outcome = engine.apply(run.get().playbook(), run.get().state(), action.apply(actor(run.get(), userId)),
                clock.instant());
        return outcome.events().stream().filter(e -> e instanceof Event.Refused).map(e -> (Event.Refused) e).findFirst();
    }

    /**
     * Lets time pass on every run not finished, of incidents not closed: steps past their due time are escalated
     * and reminded, clocks warn and pass their deadlines, waits end. Returns how many runs changed.
     */
    public int tick(Instant now) {
        int changed = 0;
        for (StoredRun run : store.active()) {
            try {
                if (incidentOpen(run.incidentId())
                        && !apply(run.id(), null, actor -> new Action.TimePasses(), now).events().isEmpty()) {
                    changed++;
                }
            } catch (RuntimeException e) {
                log.warn("Time could not act on the run {}: {}", run.id(), e.toString());
            }
        }
        return changed;
    }

    private Acted apply(String runId, String userId, Function<Actor, Action> action, Instant now) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            StoredRun stored = store.find(runId).orElse(null);
            if (stored == null) {
                return Acted.of(Result.NO_RUN);
            }
            Optional<PlaybookRun> run = stored.with(catalog);
            if (run.isEmpty()) {
                return Acted.of(Result.UNAVAILABLE);
            }
            Outcome outcome = engine.apply(run.get().playbook(), run.get().state(),
                    action.apply(actor(run.get(), userId)), now);
            if (outcome.refused()) {
                Event.Refused refusal = (Event.Refused) outcome.events().get(0);
                return new Acted(Result.REFUSED, run.get(), refusal, outcome.events());
            }
            if (outcome.events().isEmpty()) {
                return new Acted(Result.APPLIED, run.get(), null, List.of());
            }
            if (store.advance(runId, stored.version(), outcome.state())) {
                return recorded(stored, outcome, userId);
            }
        }
        return Acted.of(Result.CONTENDED);
    }

    /** Logs the stored change and tells others of it; a change that cannot be logged is taken back. */
    private Acted recorded(StoredRun before, Outcome outcome, String userId) {
        try {
            records.record(before.incidentId(), before.playbookId(), outcome.events(), userId);
        } catch (RuntimeException e) {
            store.advance(before.id(), before.version() + 1, before.state(), before.finished(), clock.instant());
            throw e;
        }
        PlaybookRun after = store.find(before.id()).flatMap(d -> d.with(catalog)).orElseThrow();
        events.publishEvent(new RunAdvanced(after, outcome.events()));
        return new Acted(Result.APPLIED, after, null, outcome.events());
    }

    private Actor actor(PlaybookRun run, String userId) {
        if (userId == null) {
            return Actor.ENGINE;
        }
        Incident incident = incidents.find(run.incidentId()).orElseThrow();
        return roles.actor(incident, run.playbook(), userId);
    }

    private boolean incidentOpen(String incidentId) {
        return incidents.find(incidentId).map(i -> i.status() != IncidentStatus.CLOSED).orElse(false);
    }
}
