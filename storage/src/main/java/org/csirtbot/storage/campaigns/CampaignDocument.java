package org.csirtbot.storage.campaigns;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A campaign as stored: {@code keys} are the observables (and subject) its reports share; the report count and the
 * first and latest reports are kept here so the triage message is drawn without reading every report.
 */
@Document("campaigns")
public record CampaignDocument(
        @Id String id,
        String status,
        List<String> keys,
        int reportCount,
        String firstReportId,
        String firstReporterId,
        Instant firstAt,
        String latestReportId,
        String latestReporterId,
        Instant latestAt,
        String triageChannel,
        String triageTs,
        String incidentId,
        String mergedInto,
        Instant createdAt,
        Instant triagedAt,
        String triagedBy) {
}
