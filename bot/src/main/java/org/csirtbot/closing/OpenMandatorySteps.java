package org.csirtbot.closing;

import java.util.List;

/**
 * The mandatory playbook steps of an incident that are neither done nor skipped: closing waits for them. A port:
 * the playbooks module provides the bean (wired by the playbooks issue); while there is none, {@link #NONE} applies
 * and no step holds closing up.
 */
@FunctionalInterface
public interface OpenMandatorySteps {

    /** No playbooks: nothing is open. */
    OpenMandatorySteps NONE = incidentId -> List.of();

    /** The open steps' names, as people read them; empty when none is open. */
    List<String> of(String incidentId);
}
