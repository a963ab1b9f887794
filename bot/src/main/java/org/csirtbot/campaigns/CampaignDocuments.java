package org.csirtbot.campaigns;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.csirtbot.report.Report;
import org.csirtbot.storage.campaigns.CampaignDocument;

/** Maps campaigns to and from their stored form. */
final class CampaignDocuments {

    private CampaignDocuments() {
    }

    static Campaign toCampaign(CampaignDocument d) {
        return new Campaign(d.id(), CampaignStatus.fromCode(d.status()), d.keys() == null ? List.of() : d.keys(),
                d.reportCount(), d.firstReportId(), d.firstReporterId(), d.firstAt(), d.latestReportId(),
                d.latestReporterId(), d.latestAt(), d.triageChannel(), d.triageTs(), d.incidentId(), d.mergedInto(),
                d.createdAt(), d.triagedAt());
    }

    /** A new campaign of one report so far (the next is added as it joins), its message the report's, if posted. */
    static CampaignDocument founded(String id, Report first, Collection<String> shared, Instant at) {
        return new CampaignDocument(id, CampaignStatus.OPEN.code(), List.copyOf(shared), 1, first.id(),
                first.reporterId(), first.reportedAt(), first.id(), first.reporterId(), first.reportedAt(),
                first.triageChannel(), first.triageTs(), null, null, at, null, null);
    }
}
