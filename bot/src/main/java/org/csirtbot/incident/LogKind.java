package org.csirtbot.incident;

/** What an incident log entry records. */
public enum LogKind {
    REPORTED, DECLARED, REPORT_ATTACHED, CHANNEL_CREATED, MEMBERS_INVITED, TOPIC_SET, SUMMARY_POSTED, SUMMARY_PINNED,
    /** The lifecycle phase changed ({@code /incident status}); data {@code {from, to}}. */
    STATUS_CHANGED,
    /** A responder's note ({@code /incident note}); data {@code {text}}. */
    NOTE_ADDED,
    /**
     * A message of the room captured into the timeline (the capture reaction); the actor captured it. Data
     * {@code {channel, ts, author, text, postedAt, permalink}}, and {@code threadTs} for a thread reply: the
     * message's Slack channel and timestamp, its author's user (or bot) ID, its text exactly as Slack holds it,
     * when it was posted (ISO-8601 UTC, from {@code ts}) and its link; {@code permalink} is absent when Slack
     * gave none.
     */
    MESSAGE_CAPTURED,
    /**
     * A captured message was edited; the actor edited it. Data {@code {channel, ts, text, editedAt}}: the
     * message, its new text as Slack holds it, when it was edited (ISO-8601 UTC).
     */
    CAPTURED_MESSAGE_EDITED,
    /**
     * A captured message was deleted; the actor is the bot, since Slack does not say who deleted it. Data
     * {@code {channel, ts, deletedAt}} (ISO-8601 UTC).
     */
    CAPTURED_MESSAGE_DELETED;

    public String code() {
        return name().toLowerCase();
    }
}
