package org.csirtbot.decision;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A decision taken on an incident ({@code /incident decide}): the question, the options considered, the one chosen
 * and why, and whether it needs someone's approval and what became of that.
 *
 * @param decisionId {@code DEC-<n>}, numbered per incident from 1
 * @param approverId whom the approval was asked of, when the proposer named someone; else null
 * @param decidedBy  who approved or rejected it; null while it is not
 * @param reason     the approver's reason; empty when they gave none, null while not decided
 * @param requests   the messages that ask for the approval
 */
public record IncidentDecision(
        String incidentId,
        String decisionId,
        String question,
        List<String> options,
        String chosen,
        String rationale,
        Approval approval,
        String approverId,
        String proposedBy,
        Instant proposedAt,
        Status status,
        String decidedBy,
        Instant decidedAt,
        String reason,
        List<Request> requests) {

    /** Whose approval a decision needs. */
    public enum Approval {
        NONE,
        /** One of the incident's approvers ({@link IncidentRole#APPROVER}). */
        APPROVER,
        /** An executive ({@code CSIRTBOT_EXECUTIVES}). */
        EXECUTIVE;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Approval> ofCode(String code) {
            for (Approval approval : values()) {
                if (approval.code().equals(code)) {
                    return Optional.of(approval);
                }
            }
            return Optional.empty();
        }
    }

    /** Where a decision stands: recorded (needed no approval), pending, approved or rejected. */
    public enum Status {
        RECORDED, PENDING, APPROVED, REJECTED;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A message asking for the approval: whom it went to (a user or channel ID), the conversation it is in, its ts. */
    public record Request(String recipient, String channel, String ts) {
    }

    public boolean pending() {
        return status == Status.PENDING;
    }

    public boolean needsExecutive() {
        return approval == Approval.EXECUTIVE;
    }

    /**
     * The approval as the log records it: {@code none}, {@code approver} or {@code executive}, followed by
     * {@code :<userId>} when the proposer named whom to ask.
     */
    public String approvalCode() {
        return approverId == null || approval == Approval.NONE ? approval.code() : approval.code() + ":" + approverId;
    }
}
