package org.csirtbot.classification;

/**
 * An incident's move from a public room to a private one, as far as it got: the room it leaves and that room's pinned
 * summary (null if none), the private room made for it and its summary (null until made), whether the incident's room
 * is the new one yet, and whether everything is done.
 */
public record RoomMove(String incidentId, String from, String fromSummaryTs, String to, String toName,
                       String summaryTs, boolean switched, boolean finished) {
}
