package org.csirtbot.incident;

/** The roles people hold on one incident. */
public enum IncidentRole {
    COMMANDER, DEPUTY, SCRIBE, COMMS,
    /** Liaison with outside organisations. */
    LIAISON,
    APPROVER
}
