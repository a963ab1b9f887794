package org.csirtbot.classification;

import org.csirtbot.incident.Incident;

/**
 * The incident's room is now a private one ({@code incident.room()}), replacing the public room {@code from}, which is
 * still open: published before the old room is archived, to the features whose work shows in the room, so they show it
 * in the new one (a playbook's open steps, whose buttons work only in the incident's room). Listeners run in the
 * publisher's thread; one that throws stops the move, which is resumed and publishes this again, so they must be
 * idempotent (key every effect by the move).
 */
public record RoomMoved(Incident incident, String from) {
}
