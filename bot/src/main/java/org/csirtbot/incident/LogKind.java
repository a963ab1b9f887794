package org.csirtbot.incident;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What an incident log entry records. The entries of state changes (declaration, severity, status, roles, attached
 * reports, legal hold, lessons, closing) also carry {@code op} in their data: the change's ID, which makes its entry
 * written exactly once however often it is settled ({@link IncidentLog#promise}).
 */
public enum LogKind {
    REPORTED,
    /** Declared; data {@code {title, severity, category, tlp, confidential, commander}}, {@code beganAt} when said. */
    DECLARED,
    REPORT_ATTACHED, CHANNEL_CREATED, MEMBERS_INVITED, TOPIC_SET, SUMMARY_POSTED, SUMMARY_PINNED,
    /** The lifecycle phase changed ({@code /incident status}); data {@code {from, to}}. */
    STATUS_CHANGED,
    /** A responder's note ({@code /incident note}); data {@code {text}}. */
    NOTE_ADDED,
    /** Severity changed ({@code /incident severity}); data {@code {from, to, reason}}. */
    SEVERITY_CHANGED,
    /** A role given ({@code /incident role}); data {@code {role, userId, previous}}: whom they took over from, if any. */
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
    /** Legal hold set or released; data {@code {hold, reason}}. A release's actor approved a release requested before. */
    LEGAL_HOLD_CHANGED,
    /**
     * Someone asked to release the legal hold; data {@code {reason}}. Someone else releases it
     * ({@link #LEGAL_HOLD_CHANGED}) by asking too, within a day (retention's {@code HoldReleases}).
     */
    LEGAL_HOLD_RELEASE_REQUESTED,
    /** An exercise started (after {@link #DECLARED}); data {@code {scenario, pace}}: scenario minutes per real minute. */
    EXERCISE_STARTED,
    /** An inject posted, once; data {@code {inject, kind, expects, at, ts}} (at: its scenario time, ts: the message). */
    EXERCISE_INJECT_DELIVERED,
    /** Someone answered an inject with its Respond button; data {@code {inject, text}}; the actor answered. */
    EXERCISE_RESPONSE,
    /** An improvement item ({@code /incident exercise improve}); data {@code {owner, text}}. */
    EXERCISE_IMPROVEMENT,
    /** The exercise ended; data {@code {by}}: {@code command} or {@code closed}. */
    EXERCISE_ENDED,
    /**
     * A message of the room captured into the timeline (the capture reaction); the actor captured it. Data
     * {@code {channel, ts, author, text, postedAt, permalink}}, and {@code threadTs} for a thread reply: the
     * message's Slack channel and timestamp, its author's user (or bot) ID, its text exactly as Slack holds it,
     * when it was posted (ISO-8601 UTC, from {@code ts}) and its link; {@code permalink} is absent when Slack
     * gave none.
     */
    MESSAGE_CAPTURED,
    /** A captured message edited, by the actor; data {@code {channel, ts, text, editedAt}}: its new text, and when. */
    CAPTURED_MESSAGE_EDITED,
    /** A captured message deleted (actor: the bot; Slack does not say who); data {@code {channel, ts, deletedAt}}. */
    CAPTURED_MESSAGE_DELETED,
    /**
     * A status update was posted ({@code /incident update}); data {@code {status, impact, actions, next, needs,
     * nextUpdateAt}}: what the form said, {@code nextUpdateAt} (ISO-8601 UTC) when the next one is promised.
     */
    STATUS_UPDATE_POSTED,
    /** A status update was due and the commander and comms were reminded in the room; data {@code {dueAt}}. */
    STATUS_UPDATE_REMINDED,
    /** Someone posted the incident's summary in its room ({@code /incident summary post}); data {@code {channel, ts}}. */
    SUMMARY_PUBLISHED,
    /**
     * A communication was drafted or edited into a new version; data {@code {comms, template, locale, version, subject,
     * text, hash}}, {@code hash} the SHA-256 (lowercase hex) of the version's subject, a line feed and its text, in
     * UTF-8 ({@code comms.CommsText#hash}). The actor drafted it; {@code comms} is {@code COMMS-<n>}, numbered per incident.
     */
    COMMS_DRAFTED,
    /** A version of a communication was approved; data {@code {comms, version, hash}}; never by its drafter. */
    COMMS_APPROVED,
    /** A version of a communication was rejected; data {@code {comms, version, hash, reason}}. */
    COMMS_REJECTED,
    /** An approved version sent outside Slack by the actor; data {@code {comms, version, hash, where}}, one per place. */
    COMMS_SENT,
    /** The TLP changed ({@code /incident tlp}); data {@code {from, to, reason}}. */
    TLP_CHANGED,
    /** Confidentiality changed ({@code /incident confidential}); data {@code {from, to, reason}}. */
    CONFIDENTIAL_CHANGED,
    /** The incident moved to a private room as it became restricted; data {@code {from, to}} (channel IDs). */
    ROOM_MOVED,
    /** The reporters of the incident's reports were thanked as it closed; data {@code {reporters}} (how many). */
    REPORTERS_THANKED,

    // playbooks (issue 5): what happens in a playbook run. Every entry's data has {@code playbook}, the playbook's ID;
    // {@code step} is a step ID of it. The actor is whoever acted, or the bot for what time or the engine did.

    /** A playbook was started on the incident; data {@code {playbook, version, severity}} (the run's severity, S1–S4). */
    PLAYBOOK_STARTED,
    /**
     * A step was done; data {@code {playbook, step, fields}}: {@code fields} maps each field the step collected or
     * recorded (its variable, such as {@code __peak_gbps__}) to its value as text, one value a line for a multiple field.
     */
    PLAYBOOK_STEP_COMPLETED,
    /** A step skipped, or waived (mandatory, by its waiving role); data {@code {playbook, step, reason, waived}}. */
    PLAYBOOK_STEP_SKIPPED,
    /**
     * A decision step was answered; data {@code {playbook, step, option, rationale, fields}}: the option's ID, why, and
     * the variables it set (its {@code record_as}, the option's {@code set} values and the fields recorded with it).
     */
    PLAYBOOK_DECISION,
    /**
     * An approval step, or a notification needing approval, was approved or rejected; data {@code {playbook, step,
     * verdict, comment}}, {@code verdict} {@code approved} or {@code rejected}, {@code comment} the approver’s comment or
     * the reason for rejecting (empty when none); when approved also {@code approvals} and {@code needed}, how many
     * distinct approvers have approved and how many it takes.
     */
    PLAYBOOK_APPROVAL,
    /** The playbook’s inputs were given; data {@code {playbook, values}} (input variable to value). */
    PLAYBOOK_INPUTS,
    /** A step past its due time escalated; data {@code {playbook, step, dueAt, escalateTo}} (the role, if any). */
    PLAYBOOK_ESCALATION,
    /** A step still open past due reminded again; data {@code {playbook, step, number, escalateTo}}, number 1, 2, … */
    PLAYBOOK_REMINDER,
    /** Every step of the run is done, skipped or passed over; data {@code {playbook}}. */
    PLAYBOOK_FINISHED,
    /**
     * A regulatory or SLA clock of a playbook started; data {@code {playbook, clock, startedAt, deadline}} and
     * {@code hardDeadline} when it has one (ISO-8601 UTC): it counts from {@code startedAt}, the event it starts on.
     */
    CLOCK_STARTED,
    /** A clock’s deadline is near; data {@code {playbook, clock, deadline, before}}, {@code before} an ISO duration such as {@code PT24H}. */
    CLOCK_WARNING,
    /**
     * A clock’s deadline passed before it stopped; data {@code {playbook, clock, deadline, hard}}, {@code hard} true
     * for the hard deadline (APPI’s five days), false for the target.
     */
    CLOCK_BREACHED,
    /** A clock stopped (its stop event happened); data {@code {playbook, clock, metDeadline}}. */
    CLOCK_STOPPED,
    /** A campaign's reports attached to the incident it became; data {@code {campaign, reports}} (how many). */
    CAMPAIGN_ATTACHED,
    /** Outside requests (issue 14, {@code partners.OutsideRequests}): logged {@code {request, direction, partner,
     * partnerName, subject, ourRef, theirRef, tlp, dueOn, status, decision}}; status changed {@code {request, from,
     * to}}; a reply due and the liaison (else the commander) reminded, once a day {@code {request, dueOn, day}}. */
    OUTSIDE_REQUEST_LOGGED, OUTSIDE_REQUEST_CHANGED, OUTSIDE_REQUEST_REMINDED,
    /** An indicator added ({@code /incident ioc add}); data {@code {type, value, tlp, pap, new}} (new: not here before). */
    INDICATOR_ADDED,
    /** An improvement item recorded in the room ({@code /incident improve}); data {@code {improvement, text, owner, dueOn, playbook, version}}. */
    IMPROVEMENT_RECORDED,
    /** Recovery declared complete against its criteria ({@code /incident recovered}); data {@code {criteria, evidence}}. */
    RECOVERY_COMPLETED,
    /** A playbook decision would lower the severity: proposed to the commander, unchanged; data {@code {playbook, step, option, from, to}}. */
    SEVERITY_LOWERING_PROPOSED,
    /** A closed incident reopened ({@code /incident reopen}); data {@code {reason, fromStatus, toStatus}}. */
    INCIDENT_REOPENED,
    /** Linked to another incident, in both logs ({@code /incident link}); data {@code {other, reason}}. */
    INCIDENT_LINKED,
    /** Unlinked from another incident, in both logs ({@code /incident unlink}); data {@code {other}}. */
    INCIDENT_UNLINKED,
    /** Merged into another incident and closed ({@code /incident merge} in the other's room); data {@code {into, from}}. */
    INCIDENT_MERGED_INTO,
    /** Another incident merged into this one, its reports attached here; data {@code {merged, reports}}. */
    INCIDENT_MERGED;

    /** The kinds the playbook module writes through {@link IncidentLog#appendPlaybookEntry}. */
    public static final Set<LogKind> PLAYBOOK_KINDS = Collections.unmodifiableSet(
            EnumSet.range(PLAYBOOK_STARTED, CLOCK_STOPPED)); // new kinds go after CLOCK_STOPPED, outside this range

    public String code() {
        return name().toLowerCase();
    }
}
