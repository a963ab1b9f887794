package org.csirtbot.playbook;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.Incidents;
import org.csirtbot.playbooks.engine.Engine;
import org.csirtbot.playbooks.model.Playbook;
import org.csirtbot.playbooks.model.Severity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Starts playbooks on incidents and reads their runs. A playbook runs once per incident; a run starts at the higher
 * of the incident's severity and the playbook's default, holding what the bot gives it ({@link IncidentValues}), with
 * its first step ready, and is logged ({@code playbook_started}) before anyone hears of it.
 * Who may start one ({@code RUN_PLAYBOOK}) is the caller's check.
 */
@Service
public class PlaybookRuns {

    private static final Logger log = LoggerFactory.getLogger(PlaybookRuns.class);

    private final PlaybookRunDocuments store;
    private final PlaybookCatalog catalog;
    private final Incidents incidents;
    private final Engine engine;
    private final RunRecords records;
    private final IncidentValues values;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlaybookRuns(PlaybookRunDocuments store, PlaybookCatalog catalog, Incidents incidents, Engine engine,
                 RunRecords records, IncidentValues values, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.catalog = catalog;
        this.incidents = incidents;
        this.engine = engine;
        this.records = records;
        this.values = values;
        this.events = events;
        this.clock = clock;
    }

    /** What became of a start. */
    public enum Outcome { STARTED, ALREADY_RUNNING, UNKNOWN_PLAYBOOK, NO_INCIDENT }

    /** The outcome, and the run (null for an unknown playbook or incident). */
    public record Started(Outcome outcome, PlaybookRun run) {
    }

    public Started start(String incidentId, String playbookId, String userId) {
        Optional<Playbook> playbook = catalog.find(playbookId);
        if (playbook.isEmpty()) {
            return new Started(Outcome.UNKNOWN_PLAYBOOK, null);
        }
        Incident incident = incidents.find(incidentId).orElse(null);
        if (incident == null) {
            return new Started(Outcome.NO_INCIDENT, null);
        }
        Instant now = clock.instant();
        Severity severity = incident.severity() == null ? null : Severity.valueOf(incident.severity().name());
        var outcome = engine.start(playbook.get(), severity, values.of(incident), now);
        var inserted = store.insertOnce(incidentId, playbook.get(), outcome.state(), userId, now);
        PlaybookRun run = toRun(inserted.run()).orElseThrow();
        if (!inserted.created()) {
            return new Started(Outcome.ALREADY_RUNNING, run);
        }
        logStart(run, outcome, userId);
        events.publishEvent(new RunAdvanced(run, outcome.events()));
        return new Started(Outcome.STARTED, run);
    }

    private void logStart(PlaybookRun run, org.csirtbot.playbooks.engine.Outcome outcome, String userId) {
        try {
            records.record(run.incidentId(), run.playbook().id(), outcome.events(), userId);
        } catch (RuntimeException e) {
            // not in the log, so not started: taken back, so that starting again starts it
            store.remove(run.id());
            throw e;
        }
    }

    public Optional<PlaybookRun> find(String runId) {
        return store.find(runId).flatMap(this::toRun);
    }

    /** The incident's runs whose playbook is still known, oldest first. */
    public List<PlaybookRun> ofIncident(String incidentId) {
        return store.ofIncident(incidentId).stream().map(this::toRun).flatMap(Optional::stream).toList();
    }

    /** Remembers a message showing a step, so it can be updated when the step is done. */
    public void rememberMessage(String runId, StepMessage message) {
        store.addMessage(runId, message);
    }

    /** Replaces a remembered message by the one showing the same step in the incident's new room. */
    public void moveMessage(String runId, StepMessage from, StepMessage to) {
        store.moveMessage(runId, from, to);
    }

    private Optional<PlaybookRun> toRun(StoredRun d) {
        Optional<PlaybookRun> run = d.with(catalog);
        if (run.isEmpty()) {
            log.warn("The run {} follows playbook {} v{}, which is no longer in force", d.id(), d.playbookId(),
                    d.playbookVersion());
        }
        return run;
    }
}
