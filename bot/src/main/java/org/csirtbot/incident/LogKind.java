package org.csirtbot.incident;

/** What an incident log entry records. */
public enum LogKind {
    REPORTED, DECLARED, REPORT_ATTACHED, CHANNEL_CREATED, MEMBERS_INVITED, TOPIC_SET, SUMMARY_POSTED, SUMMARY_PINNED,
    /** The lifecycle phase changed ({@code /incident status}); data {@code {from, to}}. */
    STATUS_CHANGED,
    /** A responder's note ({@code /incident note}); data {@code {text}}. */
    NOTE_ADDED;

    public String code() {
        return name().toLowerCase();
    }
}
