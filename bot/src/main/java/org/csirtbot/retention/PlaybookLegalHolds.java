package org.csirtbot.retention;

import java.util.Map;

import org.csirtbot.incident.IncidentDocuments;
import org.csirtbot.incident.IncidentLog;
import org.csirtbot.playbook.RunAdvanced;
import org.csirtbot.playbooks.engine.Actor;
import org.csirtbot.playbooks.engine.Event;
import org.csirtbot.storage.IncidentStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A playbook step that records {@value #HOLD} {@code = true} (core-close {@code z5.retention}) puts the incident under
 * legal hold as {@code /incident hold} does, by whoever completed the step, logged with the reason
 * {@code <playbook> <step's phase>} ({@code core-close z5}). Recording {@code false} releases nothing: a release
 * takes {@code /incident release} (and a second person). A tabletop exercise is not held: a rehearsal's answer keeps nothing.
 */
@Component
class PlaybookLegalHolds {

    /** The run value a playbook records the legal hold in. */
    static final String HOLD = "__legal_hold__";

    private static final Logger log = LoggerFactory.getLogger(PlaybookLegalHolds.class);

    private final LegalHolds holds;
    private final IncidentStore incidents;

    PlaybookLegalHolds(LegalHolds holds, IncidentStore incidents) {
        this.holds = holds;
        this.incidents = incidents;
    }

    @EventListener
    void advanced(RunAdvanced advanced) {
        for (Event event : advanced.events()) {
            if (event instanceof Event.StepCompleted done && holds(done.fields())) {
                hold(advanced, done.step(), done.actor());
            } else if (event instanceof Event.DecisionTaken taken && holds(taken.fields())) {
                hold(advanced, taken.step(), taken.actor());
            }
        }
    }

    private static boolean holds(Map<String, String> fields) {
        return fields != null && "true".equalsIgnoreCase(String.valueOf(fields.get(HOLD)).strip());
    }

    private void hold(RunAdvanced advanced, String step, String actor) {
        String incidentId = advanced.run().incidentId();
        String reason = advanced.run().playbook().id() + " "
                + (step.contains(".") ? step.substring(0, step.indexOf('.')) : step);
        try {
            if (!IncidentDocuments.existing(incidents, incidentId).isExercise()) {
                holds.change(incidentId, true, reason,
                        actor == null || Actor.ENGINE.id().equals(actor) ? IncidentLog.BOT : actor);
            }
        } catch (RuntimeException e) {
            log.warn("Could not put {} under legal hold after {}: {}", incidentId, reason, e.toString());
        }
    }
}
