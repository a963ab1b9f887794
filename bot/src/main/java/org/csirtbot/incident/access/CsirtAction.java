package org.csirtbot.incident.access;

/** What someone may try to do with csirtbot; {@link Authorization} says who may do which. */
public enum CsirtAction {
    /** Report something suspicious ({@code /report}). */
    REPORT,
    /** Handle a report: open an incident from it, attach it to an incident, or dismiss it. */
    TRIAGE,
    /** Declare a new incident. */
    DECLARE,
    CHANGE_SEVERITY,
    CHANGE_STATUS,
    /** Give someone a role on the incident. */
    ASSIGN_ROLE,
    ADD_NOTE,
    /** Record a decision (question, option, rationale). */
    DECIDE,
    /** Approve a decision someone else proposed. */
    APPROVE,
    CLOSE,
    /** See an incident's details outside its room. */
    READ_INCIDENT,
    /** Set or release a legal hold (nothing of the incident is purged while held); closed incidents too. */
    LEGAL_HOLD,
    /** Start a playbook on the incident ({@code /incident playbook <id>}, or Start on a suggestion). */
    RUN_PLAYBOOK,
    /**
     * Act on a step of a playbook run (complete, skip, choose, approve, reject). The matrix lets in those who could
     * hold a step's role; the playbook then says whose step it is.
     */
    WORK_PLAYBOOK,
    /** Give a status update ({@code /incident update}). */
    POST_UPDATE,
    /** Draft or edit a communication to people outside the CSIRT ({@code /incident comms}), or mark it sent. */
    DRAFT_COMMS,
    /** Approve or reject a version of a communication; never one's own draft. */
    APPROVE_COMMS,
    /** Change the incident's TLP or confidentiality ({@code /incident tlp}, {@code /incident confidential}). */
    CLASSIFY,
    /** Add indicators to the registry, list them, import a partner's bundle ({@code /incident ioc}). */
    TRACK_INDICATORS,
    /** Log and follow requests to and from outside organisations ({@code /incident request}). */
    LIAISE
}
