package org.csirtbot.summary;

/** One thing a summary of an incident can show; the {@link DisplayPolicy} says which, to whom. */
public enum SummaryField {
    ID, TITLE, SEVERITY, STATUS, COMMANDER, TLP, CATEGORY,
    /** The latest status update. */
    UPDATE,
    /** The latest decisions, question and choice. */
    DECISIONS,
    /** The regulatory and SLA clocks running, with their deadlines. */
    CLOCKS,
    /** When the next status update is due. */
    NEXT_UPDATE,
    /** How it ended: when it closed, after how long, and what happened as the lessons learned say. */
    OUTCOME,
    /** A link to its room. */
    ROOM
}
