package org.csirtbot.playbooks.engine;

import java.util.Set;

/**
 * Who acts: a user id and the roles they hold, as playbook role keys (handler, im, …) and/or incident roles
 * (commander, approver, …). A playbook role with {@code incident_role} is held by whoever holds that incident role.
 */
public record Actor(String id, Set<String> roles) {

    /** Stands for the engine in events it causes itself (a parallel step, a wait that ran out). */
    public static final Actor ENGINE = new Actor("engine", Set.of());

    public Actor {
        roles = Set.copyOf(roles);
    }

    public static Actor of(String id, String... roles) {
        return new Actor(id, Set.of(roles));
    }
}
