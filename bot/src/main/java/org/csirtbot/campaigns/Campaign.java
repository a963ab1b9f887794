package org.csirtbot.campaigns;

import java.time.Instant;
import java.util.List;

/**
 * Reports of one wave: the keys (observables, subject) they share, how many, the first and the latest, and where its
 * message in the triage channel is. Open until declared as an incident, merged into another, or dismissed.
 */
public record Campaign(String id, CampaignStatus status, List<String> keys, int reportCount, String firstReportId,
                       String firstReporterId, Instant firstAt, String latestReportId, String latestReporterId,
                       Instant latestAt, String triageChannel, String triageTs, String incidentId, String mergedInto,
                       Instant createdAt, Instant triagedAt) {

    public boolean isOpen() {
        return status == CampaignStatus.OPEN;
    }
}
