package org.csirtbot.storage.intake;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A notification or an advisory as received. {@code key} (the sender and their reference, or a fresh one when they gave
 * none) makes a repeated delivery land once; {@code intakeId} is the ID shown ({@code NTF-2026-000001},
 * {@code ADV-2026-000001}); {@code partnerId} the directory entry the sender is, null when unknown. {@code reportId}: the report a notification became. {@code status}, {@code decidedBy},
 * {@code decidedAt}, {@code reason}: what was decided on an advisory, by whom (a Slack user ID); {@code channel} and
 * {@code ts}: where it was posted.
 */
@Document("intake")
public record IntakeDocument(
        @Id String key,
        String intakeId,
        String kind,
        String from,
        String partnerId,
        String fromContact,
        String subject,
        String body,
        Instant receivedAt,
        String reference,
        String url,
        String tlp,
        String client,
        Instant storedAt,
        String reportId,
        String status,
        String decidedBy,
        Instant decidedAt,
        String reason,
        String channel,
        String ts) {
}
