package org.csirtbot.playbook;

import org.csirtbot.incident.SeverityChanges;
import org.csirtbot.playbooks.engine.Action;
import org.csirtbot.playbooks.model.Severity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs follow their incident's severity: whenever it changes (a raise, a lowering the commander confirmed, a
 * decision's raise), each run not finished takes it and its {@code __incident_severity__} holds it, so SLAs by
 * severity and conditions on it (core-close's lessons) read the incident's severity.
 */
@Component
class RunSeverities {

    private static final Logger log = LoggerFactory.getLogger(RunSeverities.class);

    private final PlaybookRuns runs;
    private final RunActions actions;

    RunSeverities(PlaybookRuns runs, RunActions actions) {
        this.runs = runs;
        this.actions = actions;
    }

    @EventListener
    void changed(SeverityChanges.Changed changed) {
        Severity to = Severity.valueOf(changed.incident().severity().name());
        for (PlaybookRun run : runs.ofIncident(changed.incident().id())) {
            if (!run.finished()) {
                try {
                    actions.act(run.id(), null, actor -> new Action.IncidentRated(to));
                } catch (RuntimeException e) {
                    log.warn("The run {} could not take the severity {}: {}", run.id(), to, e.toString());
                }
            }
        }
    }
}
