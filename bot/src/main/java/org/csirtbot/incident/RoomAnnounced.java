package org.csirtbot.incident;

/**
 * A declared incident's room is open and its declarer told so (again, when recovery finishes a room): what follows a
 * declaration, such as suggesting playbooks, may start. Whatever listens must be idempotent.
 */
public record RoomAnnounced(Incident incident) {
}
