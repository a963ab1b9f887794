package org.csirtbot.storage.partners;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A request to or from an outside organisation, logged on an incident: its ID ({@code REQ-2026-0001}), the form's
 * fields, where it stands, and the message showing it in the incident's room (null until posted). {@code dueOn} is an
 * ISO date ({@code 2026-12-08}), null when no reply is due; {@code submissionKey} makes a form sent twice one request.
 */
@Document("outside_requests")
public record OutsideRequestDocument(@Id String id, String incidentId, String submissionKey, String direction,
                                     String partnerId, String subject, String ourRef, String theirRef, String tlp,
                                     String dueOn, String status, String decisionId, String createdBy,
                                     Instant createdAt, String changedBy, Instant changedAt, String channel,
                                     String ts) {
}
