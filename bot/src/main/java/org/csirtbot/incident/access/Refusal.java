package org.csirtbot.incident.access;

/** Why {@link Authorization} refused; the Slack layer turns it into a polite sentence in the user's language. */
public enum Refusal {
    /** Only CSIRT responders may do this. */
    NOT_A_RESPONDER,
    /** Only the incident's commander or deputy may do this. */
    NOT_COMMANDER_OR_DEPUTY,
    /** Only the incident's approvers (or, for decisions that need one, an executive) approve. */
    NOT_AN_APPROVER,
    /** This decision needs an executive's approval. */
    NOT_AN_EXECUTIVE,
    /** Nobody approves a decision they proposed themselves. */
    OWN_PROPOSAL,
    /** The incident is closed: it can only be read. */
    INCIDENT_CLOSED,
    /** The incident is confidential or TLP AMBER+STRICT/RED: only its room and its commander or deputy see it. */
    CONFIDENTIAL,
    /** Only the incident's commander, deputy or comms role speak for it. */
    NOT_COMMS,
    /** This needs an incident, and none was given. */
    NO_INCIDENT
}
