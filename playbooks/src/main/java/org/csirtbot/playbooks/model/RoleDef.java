package org.csirtbot.playbooks.model;

/**
 * A playbook role. {@code incidentRole} names the bot's incident role (commander, deputy, scribe, comms,
 * liaison, approver) whose holder also holds this role.
 */
public record RoleDef(LText label, LText description, String kind, String incidentRole, String defaultAssignee,
        String escalatesTo) {
}
