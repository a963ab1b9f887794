package org.csirtbot.storage.improvements;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An item of the improvement register ({@code IMP-2026-0001}): what to improve, who owns it, the day it is due (ISO
 * date, {@code 2026-12-08}), its status ({@code open}, {@code in_progress}, {@code done}, {@code dropped}), the incident
 * and the playbook (and its version) it came from (null when none), and whether the incident was restricted or an
 * exercise when it was recorded. {@code remindedOn} is the day its owner was reminded that it is due (null before).
 * Kept after the incident is purged, by the register's own retention.
 */
@Document("improvements")
public record ImprovementDocument(@Id String id, String text, String owner, String dueOn, String status,
                                  String incidentId, String playbookId, Integer playbookVersion, boolean restricted,
                                  boolean exercise, String createdBy, Instant createdAt, String changedBy,
                                  Instant changedAt, String note, String remindedOn) {
}
