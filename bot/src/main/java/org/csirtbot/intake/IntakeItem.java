package org.csirtbot.intake;

import java.time.Instant;

import org.csirtbot.report.Notifier;

/**
 * A notification or advisory as received, with the directory entry its sender is ({@code partnerId}, or null when
 * unknown: unverified), the API client that posted it, the report a notification became, and for an advisory its
 * status, who decided it (a Slack user ID), when and why, and where it was posted in the triage channel.
 */
public record IntakeItem(String id, IntakeKind kind, String from, String partnerId, String fromContact, String subject,
                         String body, Instant receivedAt, String reference, String url, String tlp, String client,
                         Instant storedAt, String reportId, AdvisoryStatus status, String decidedBy, Instant decidedAt,
                         String reason, String channel, String ts) {

    public boolean knownNotifier() {
        return partnerId != null;
    }

    /** Who sent it, as a report from it records them. */
    public Notifier notifier() {
        return new Notifier(id, from, fromContact, partnerId, reference, url, tlp);
    }
}
