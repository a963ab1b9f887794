package org.csirtbot.storage;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A decision taken on an incident, as stored: {@code id} is {@code <incidentId>/<decisionId>} ({@code decisionId}
 * like {@code DEC-3}, numbered per incident); {@code submissionKey} makes a retried submission land once.
 * {@code approval} is {@code none}, {@code approver} or {@code executive}, {@code approverId} whom it was sent to
 * when someone was named; {@code status} is {@code recorded} (no approval needed), {@code pending}, {@code approved}
 * or {@code rejected}, and only ever moves from {@code pending}. {@code requests} are the messages that asked for
 * the approval, so their buttons can be taken away once it is decided. The incident log is the record; this is
 * the state the buttons need.
 */
@Document("decisions")
public record DecisionDocument(
        @Id String id,
        @Indexed(unique = true) String submissionKey,
        String incidentId,
        String decisionId,
        String question,
        List<String> options,
        String chosen,
        String rationale,
        String approval,
        String approverId,
        String proposedBy,
        Instant proposedAt,
        String status,
        String decidedBy,
        Instant decidedAt,
        String reason,
        List<Request> requests) {

    public static final String RECORDED = "recorded";
    public static final String PENDING = "pending";
    public static final String APPROVED = "approved";
    public static final String REJECTED = "rejected";

    /**
     * A message asking for the approval: whom it was sent to (a user ID, or a channel ID), the conversation it
     * landed in (for a user, their direct message channel) and its ts.
     */
    public record Request(String recipient, String channel, String ts) {
    }

    public static String id(String incidentId, String decisionId) {
        return incidentId + "/" + decisionId;
    }
}
