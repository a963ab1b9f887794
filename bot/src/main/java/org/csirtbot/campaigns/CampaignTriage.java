package org.csirtbot.campaigns;

import java.util.Map;
import java.util.Optional;

import org.csirtbot.campaigns.CampaignIndex.TargetKind;
import org.csirtbot.campaigns.CampaignIndex.Target;
import org.csirtbot.incident.IncidentLog;
import org.csirtbot.incident.LogKind;
import org.csirtbot.observables.Observable;
import org.csirtbot.observables.ObservableType;
import org.csirtbot.report.Report;
import org.csirtbot.report.ReportGrouping;
import org.csirtbot.report.ReportIntake;
import org.csirtbot.storage.campaigns.CampaignStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * What responders do to campaigns: a campaign follows the triage of its report (declared or attached: all its reports
 * attached; dismissed: all dismissed), a report is split out, two campaigns are merged. Under the same lock as
 * grouping, so no report joins a campaign while it ends.
 */
@Service
public class CampaignTriage {

    private final Campaigns campaigns;
    private final ReportIntake reports;
    private final IncidentLog log;
    private final ApplicationEventPublisher events;

    CampaignTriage(Campaigns campaigns, ReportIntake reports, IncidentLog log, ApplicationEventPublisher events) {
        this.campaigns = campaigns;
        this.reports = reports;
        this.log = log;
        this.events = events;
    }

    /** The report was attached to an incident (declared from, or attached to): its campaign's reports follow it. */
    public void attached(Report report, String incidentId, String by) {
        openCampaignOf(report).ifPresent(campaign -> {
            synchronized (campaigns) {
                if (!store().end(campaign.id(), CampaignStatus.DECLARED.code(), incidentId, null, by, now())) {
                    return;
                }
                reports.attachCampaign(campaign.id(), incidentId, by);
                campaigns.index().move(open(campaign.id()), campaign.keys(),
                        new Target(TargetKind.INCIDENT, incidentId, campaign.id()));
                log.append(incidentId, by, LogKind.CAMPAIGN_ATTACHED, Map.of("campaign", campaign.id(),
                        "reports", campaign.reportCount()));
                changed(campaign.id());
                events.publishEvent(new CampaignAttached(campaign.id(), incidentId, observables(campaign)));
            }
        });
    }

    /** The report was dismissed: so is every open report of its campaign, for the same reason. */
    public void dismissed(Report report, String reason, String by) {
        openCampaignOf(report).ifPresent(campaign -> {
            synchronized (campaigns) {
                if (store().end(campaign.id(), CampaignStatus.DISMISSED.code(), null, null, by, now())) {
                    reports.dismissCampaign(campaign.id(), reason, by);
                    campaigns.index().forget(open(campaign.id()));
                    changed(campaign.id());
                }
            }
        });
    }

    /** Takes an open report out of its open campaign; the report, now on its own, or empty when it cannot be. */
    public Optional<Report> split(String reportId) {
        synchronized (campaigns) {
            Optional<Report> report = reports.find(reportId).filter(Report::isOpen);
            if (report.isEmpty() || openCampaignOf(report.get()).isEmpty()) {
                return Optional.empty();
            }
            String campaignId = report.get().campaignId();
            reports.setCampaign(reportId, null);
            store().count(campaignId, -1);
            changed(campaignId);
            return reports.find(reportId);
        }
    }

    /** Merges open campaign {@code from} into open campaign {@code into}; false when either is not open or they are one. */
    public boolean merge(String from, String into, String by) {
        synchronized (campaigns) {
            Optional<Campaign> source = campaigns.find(from).filter(Campaign::isOpen);
            Optional<Campaign> target = campaigns.find(into).filter(Campaign::isOpen);
            if (source.isEmpty() || target.isEmpty() || from.equals(into)
                    || !store().end(from, CampaignStatus.MERGED.code(), null, into, by, now())) {
                return false;
            }
            long moved = reports.moveCampaign(from, into);
            store().count(into, (int) moved);
            campaigns.index().move(open(from), source.get().keys(), open(into));
            changed(from);
            changed(into);
            return true;
        }
    }

    /** A responder took the suggestion on a report's own post: grouped as automatic grouping would, else ALONE. */
    public ReportGrouping.Grouped takeSuggestion(String reportId, String by) {
        return campaigns.groupAsSuggested(reportId, by);
    }

    /**
     * The campaign's first report: read by its ID while it is still in the campaign, else (split out) the oldest report
     * left in it. Not a search of every report for each drawing of the campaign's message: the embedded store has no
     * index on the campaign, and a search holds the reports' collection while a wave's reports wait to be stored.
     */
    public Optional<Report> firstReportOf(Campaign campaign) {
        return reports.find(campaign.firstReportId()).filter(r -> campaign.id().equals(r.campaignId()))
                .or(() -> reports.inCampaign(campaign.id(), 1).stream().findFirst());
    }

    public void recordTriagePost(String campaignId, String channel, String ts) {
        store().recordTriagePost(campaignId, channel, ts);
    }

    /** The observables its keys name (a subject key is the subject as compared: trimmed, lower-cased). */
    private static java.util.List<Observable> observables(Campaign campaign) {
        return campaign.keys().stream().limit(CampaignAttached.MOST).flatMap(key -> {
            int colon = key.indexOf(':');
            return ObservableType.fromCode(key.substring(0, Math.max(colon, 0))).stream()
                    .map(type -> new Observable(type, key.substring(colon + 1)));
        }).toList();
    }

    private Optional<Campaign> openCampaignOf(Report report) {
        return Optional.ofNullable(report.campaignId()).flatMap(campaigns::find).filter(Campaign::isOpen);
    }

    private static Target open(String campaignId) {
        return new Target(TargetKind.CAMPAIGN, campaignId, null);
    }

    private void changed(String campaignId) {
        events.publishEvent(new CampaignChanged(campaignId));
    }

    private CampaignStore store() {
        return campaigns.store();
    }

    private java.time.Instant now() {
        return java.time.Instant.now(campaigns.clock());
    }
}
