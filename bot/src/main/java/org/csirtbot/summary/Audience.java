package org.csirtbot.summary;

/** Who reads a summary outside the incident's room. The room itself sees everything. */
public enum Audience {
    /** The executive channel: its pinned summaries and the daily digest. */
    EXECUTIVES,
    /** The employees whose reports are attached, thanked when the incident closes. */
    REPORTERS
}
