package org.csirtbot.closing;

import java.util.List;

/**
 * What an incident's playbooks still hold open, beyond their mandatory steps ({@link OpenMandatorySteps}): closure
 * criteria not met, deadlines (regulatory clocks) still running, and playbooks a step asked for that nobody started.
 * Closing waits for them. A port the playbook module provides; while there is none, {@link #NONE} applies.
 */
@FunctionalInterface
public interface PlaybookObligations {

    /** No playbooks: nothing is open. */
    PlaybookObligations NONE = incidentId -> Open.NOTHING;

    /** What is open, each item named as people read it. */
    Open of(String incidentId);

    /** Criteria not met, clocks running and playbooks not started, each as people read them. */
    record Open(List<String> criteria, List<String> clocks, List<String> notStarted) {

        public static final Open NOTHING = new Open(List.of(), List.of(), List.of());

        public Open {
            criteria = List.copyOf(criteria);
            clocks = List.copyOf(clocks);
            notStarted = List.copyOf(notStarted);
        }
    }
}
