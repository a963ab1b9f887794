package org.csirtbot.incident;

/** What an incident log entry records. */
public enum LogKind {
    REPORTED, DECLARED, REPORT_ATTACHED, CHANNEL_CREATED, MEMBERS_INVITED, TOPIC_SET, SUMMARY_POSTED, SUMMARY_PINNED, STATUS_CHANGED;

    public String code() {
        return name().toLowerCase();
    }
}
