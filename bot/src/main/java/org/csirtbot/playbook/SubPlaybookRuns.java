package org.csirtbot.playbook;

import org.csirtbot.incident.IncidentLog;
import org.csirtbot.playbooks.engine.Action;
import org.csirtbot.playbooks.engine.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sub-playbooks wired: a step that runs another playbook ({@code type: subplaybook}) has the bot start it on the same
 * incident at once (a playbook runs once per incident, so one started already is the one); a step that waits for it
 * is done when that run ends, or at once when it had ended already.
 */
@Component
class SubPlaybookRuns {

    private static final Logger log = LoggerFactory.getLogger(SubPlaybookRuns.class);
    /** The mode of a request made by a sub-playbook step (not a spawn). */
    static final String SUB = "sub";

    private final PlaybookRuns runs;
    private final RunActions actions;

    SubPlaybookRuns(PlaybookRuns runs, RunActions actions) {
        this.runs = runs;
        this.actions = actions;
    }

    @EventListener
    void advanced(RunAdvanced advanced) {
        PlaybookRun run = advanced.run();
        for (Event event : advanced.events()) {
            try {
                if (event instanceof Event.PlaybookRequested requested && SUB.equals(requested.mode())) {
                    requested(run, requested);
                } else if (event instanceof Event.RunFinished) {
                    ended(run);
                }
            } catch (RuntimeException e) {
                log.warn("Could not follow up {} of the run {}: {}", event.getClass().getSimpleName(), run.id(),
                        e.toString());
            }
        }
    }

    private void requested(PlaybookRun run, Event.PlaybookRequested requested) {
        var started = runs.start(run.incidentId(), requested.playbook(), IncidentLog.BOT);
        if (started.outcome() == PlaybookRuns.Outcome.ALREADY_RUNNING && started.run().finished()
                && requested.stepWaitsForIt()) {
            actions.act(run.id(), null, actor -> new Action.SubRunEnded(requested.playbook()));
        }
    }

    /** The run ended: the steps of the incident's other runs waiting for it are done. */
    private void ended(PlaybookRun finished) {
        for (PlaybookRun other : runs.ofIncident(finished.incidentId())) {
            if (!other.finished() && !other.id().equals(finished.id())) {
                actions.act(other.id(), null, actor -> new Action.SubRunEnded(finished.playbook().id()));
            }
        }
    }
}
