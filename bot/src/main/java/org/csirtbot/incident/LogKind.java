package org.csirtbot.incident;

/** What an incident log entry records. */
public enum LogKind {
    REPORTED,
    /**
     * The incident was declared; data {@code {title, severity, category, tlp, confidential, commander}}, and
     * {@code beganAt} (ISO-8601) when the declarer said when it began.
     */
    DECLARED,
    REPORT_ATTACHED, CHANNEL_CREATED, MEMBERS_INVITED, TOPIC_SET, SUMMARY_POSTED, SUMMARY_PINNED,
    /** The lifecycle phase changed ({@code /incident status}); data {@code {from, to}}. */
    STATUS_CHANGED,
    /** A responder's note ({@code /incident note}); data {@code {text}}. */
    NOTE_ADDED,
    /** Severity changed ({@code /incident severity}); data {@code {from, to, reason}}. */
    SEVERITY_CHANGED,
    /**
     * Someone was given a role ({@code /incident role}); data {@code {role, userId, previous}}, {@code previous}
     * being whom they took over from (a handover), absent when nobody held it.
     */
    ROLE_ASSIGNED,
    /** A role was taken from someone; data {@code {role, userId}}. */
    ROLE_REMOVED,
    /**
     * A decision was taken ({@code /incident decide}); data {@code {decisionId, question, options, chosen, rationale,
     * approval}}; {@code decisionId} is {@code DEC-<n>} (numbered per incident), {@code options} a list of strings,
     * {@code approval} {@code none}, or whom it waits for: {@code approver} (the incident's approvers) or
     * {@code executive} (the executives), followed by {@code :<userId>} when the proposer named the person to ask.
     * The entry's actor is the proposer.
     */
    DECISION_RECORDED,
    /** A decision waiting for approval was approved; data {@code {decisionId, reason}}, reason empty when none given. */
    DECISION_APPROVED,
    /** A decision waiting for approval was rejected; data {@code {decisionId, reason}}; the actor is the approver. */
    DECISION_REJECTED,
    /** The lessons-learned questions were answered ({@code /incident resolve}); data {@code {answers}}. */
    LESSONS_RECORDED,
    /** The incident was closed ({@code /incident close}); data {@code {from}}. */
    CLOSED,
    /** The post-incident report was posted to the room; data {@code {ts}}. */
    REPORT_POSTED,
    /** The room's channel was archived after closing; data {@code {channelId}}. */
    CHANNEL_ARCHIVED,
    /** Legal hold set or released; data {@code {hold, reason}}. */
    LEGAL_HOLD_CHANGED,
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
