package org.csirtbot.playbooks.engine;

import org.csirtbot.playbooks.model.Playbook;
import org.csirtbot.playbooks.model.RoleDef;
import org.csirtbot.playbooks.model.Step;

/** Who holds which playbook role, and who may act on a step. */
final class Roles {

    /** The incident commander may work any step (not approve: approvals need the named role). */
    static final String COMMANDER = "commander";

    private Roles() {
    }

    static boolean holds(Playbook playbook, Actor actor, String role) {
        if (role == null) {
            return false;
        }
        if (actor.roles().contains(role)) {
            return true;
        }
        RoleDef def = playbook.roles().get(role);
        return def != null && def.incidentRole() != null && actor.roles().contains(def.incidentRole());
    }

    /** The owner, an assignee or the commander. */
    static boolean mayWork(Playbook playbook, Actor actor, Step step) {
        return holds(playbook, actor, step.owner()) || actor.roles().contains(COMMANDER)
                || step.assignees().stream().anyMatch(role -> holds(playbook, actor, role));
    }
}
