package org.csirtbot.improvements;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An item of the improvement register: what to improve, its owner (a Slack user ID), the day it is due, where it
 * stands, and where it came from: the incident, and the playbook with its version (null when none ran). Kept when the
 * incident is purged; {@code restricted} and {@code exercise} say what the incident was when the item was recorded.
 */
public record Improvement(String id, String text, String owner, LocalDate dueOn, ImprovementStatus status,
                          String incidentId, String playbookId, Integer playbookVersion, boolean restricted,
                          boolean exercise, String createdBy, Instant createdAt, String changedBy, Instant changedAt,
                          String note) {

    /** Whether it is still owed after {@code day}, the day it was due. */
    public boolean overdueOn(LocalDate day) {
        return !status.settled() && dueOn != null && day.isAfter(dueOn);
    }
}
