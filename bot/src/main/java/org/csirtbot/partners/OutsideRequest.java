package org.csirtbot.partners;

import java.time.Instant;
import java.time.LocalDate;

import org.csirtbot.incident.Tlp;

/**
 * A request to or from an outside organisation as it is stored: its ID ({@code REQ-2026-0001}), its incident, what the
 * form said, who logged it and when, who changed it last and when (the logger until then), and the message showing it
 * in the room ({@code channel} and {@code ts}, null until posted).
 */
public record OutsideRequest(String id, String incidentId, RequestDirection direction, String partnerId,
                             String subject, String ourRef, String theirRef, Tlp tlp, LocalDate dueOn,
                             RequestStatus status, String decisionId, String createdBy, Instant createdAt,
                             String changedBy, Instant changedAt, String channel, String ts) {
}
