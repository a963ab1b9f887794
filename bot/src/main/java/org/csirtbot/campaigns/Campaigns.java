package org.csirtbot.campaigns;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.csirtbot.campaigns.CampaignIndex.TargetKind;
import org.csirtbot.campaigns.CampaignIndex.Target;
import org.csirtbot.incident.IncidentDeclaration;
import org.csirtbot.incident.IncidentStatus;
import org.csirtbot.incident.Incidents;
import org.csirtbot.incident.ReportAlreadyHandled;
import org.csirtbot.report.Report;
import org.csirtbot.report.ReportGrouping;
import org.csirtbot.report.ReportIntake;
import org.csirtbot.report.ReportStatus;
import org.csirtbot.storage.Counters;
import org.csirtbot.storage.campaigns.CampaignStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Groups each new report, while its reporter waits: a drill is thanked; a report sharing a key with an open incident
 * is attached to it, with an open campaign joins it, with an open report founds a campaign with it. One report at a
 * time, so that two reports of a wave never found two campaigns.
 */
@Service
public class Campaigns implements ReportGrouping {

    /** The dismissal reason of a drill's report; metrics count them. */
    public static final String SIMULATION_REASON = "phishing-simulation";
    static final String BOT = "csirtbot";

    private final CampaignStore store;
    private final ReportIntake reports;
    private final IncidentDeclaration declaration;
    private final Incidents incidents;
    private final Counters counters;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final CampaignProperties properties;
    private final GroupingKeys keys;
    private final PhishingSimulations simulations;
    private final CampaignIndex index = new CampaignIndex();
    /** Open reports the index took in at start: some perhaps not yet grouped, and taken into a campaign before it. */
    private final Set<String> claimedAtStart = new java.util.HashSet<>();
    private volatile boolean loaded;

    Campaigns(CampaignStore store, ReportIntake reports, IncidentDeclaration declaration, Incidents incidents,
              Counters counters, Clock clock, ApplicationEventPublisher events, CampaignProperties properties) {
        this.store = store;
        this.reports = reports;
        this.declaration = declaration;
        this.incidents = incidents;
        this.counters = counters;
        this.clock = clock;
        this.events = events;
        this.properties = properties;
        this.keys = new GroupingKeys(properties.ignoredDomains());
        this.simulations = new PhishingSimulations(properties.simulation());
    }

    @Override
    public synchronized Grouped group(Report submitted) {
        load();
        Report report = claimedAtStart.remove(submitted.id())
                ? reports.find(submitted.id()).orElse(submitted) : submitted; // its campaign, if it was taken in
        if (report.campaignId() != null) {
            return new Grouped(ReportGrouping.Kind.CAMPAIGN, report.campaignId());
        }
        if (!report.isOpen()) {
            return handledBefore(report);
        }
        if (simulations.recognise(report)) {
            reports.dismiss(report.id(), SIMULATION_REASON, BOT);
            return new Grouped(ReportGrouping.Kind.SIMULATION, null);
        }
        if (properties.grouping() == CampaignProperties.Grouping.OFF) {
            return Grouped.ALONE;
        }
        Set<String> reportKeys = keys.of(report);
        Optional<Target> hit = index.match(reportKeys, report.id()).filter(this::stillOpen);
        index.claim(reportKeys, new Target(TargetKind.REPORT, report.id(), null));
        if (hit.isEmpty()) {
            return Grouped.ALONE;
        }
        if (properties.grouping() == CampaignProperties.Grouping.SUGGEST) {
            return new Grouped(ReportGrouping.Kind.SUGGESTED, hit.get().id());
        }
        return place(report, hit.get(), reportKeys, BOT);
    }

    /** A suggestion taken by {@code by}: the open report grouped as automatic grouping would; ALONE when it cannot be. */
    synchronized Grouped groupAsSuggested(String reportId, String by) {
        Optional<Report> report = reports.find(reportId).filter(r -> r.isOpen() && r.campaignId() == null);
        Set<String> reportKeys = report.map(keys::of).orElse(Set.of());
        return report.flatMap(r -> index.match(reportKeys, r.id()).filter(this::stillOpen)
                .map(hit -> place(r, hit, reportKeys, by))).orElse(Grouped.ALONE);
    }

    private Grouped place(Report report, Target hit, Set<String> reportKeys, String by) {
        return switch (hit.kind()) {
            case INCIDENT -> attachToIncident(report, hit, reportKeys, by);
            case CAMPAIGN -> join(hit.id(), report, reportKeys);
            case REPORT -> found(report, hit.id(), reportKeys);
        };
    }

    /** A report seen before (a repeated delivery), or handled meanwhile: what became of it. */
    private Grouped handledBefore(Report report) {
        if (report.status() == ReportStatus.ATTACHED) {
            return new Grouped(ReportGrouping.Kind.INCIDENT, report.incidentId());
        }
        return SIMULATION_REASON.equals(report.closingReason()) ? new Grouped(ReportGrouping.Kind.SIMULATION, null)
                : Grouped.ALONE;
    }

    private Grouped attachToIncident(Report report, Target incident, Set<String> reportKeys, String by) {
        try {
            declaration.attachReport(report.id(), incident.id(), by);
        } catch (ReportAlreadyHandled handled) {
            return handledBefore(handled.report());
        }
        if (incident.campaignId() != null) {
            reports.setCampaign(report.id(), incident.campaignId());
            store.addReport(incident.campaignId(), report.id(), report.reporterId(), report.reportedAt(), reportKeys);
            events.publishEvent(new CampaignChanged(incident.campaignId()));
        }
        index.move(new Target(TargetKind.REPORT, report.id(), null), reportKeys, incident);
        return new Grouped(ReportGrouping.Kind.INCIDENT, incident.id());
    }

    private Grouped join(String campaignId, Report report, Set<String> reportKeys) {
        reports.setCampaign(report.id(), campaignId);
        store.addReport(campaignId, report.id(), report.reporterId(), report.reportedAt(), reportKeys);
        Target campaign = new Target(TargetKind.CAMPAIGN, campaignId, null);
        index.move(new Target(TargetKind.REPORT, report.id(), null), reportKeys, campaign);
        events.publishEvent(new CampaignChanged(campaignId));
        return new Grouped(ReportGrouping.Kind.CAMPAIGN, campaignId);
    }

    /** A second report like an open one: the two become a campaign, the first one's triage message its message. */
    private Grouped found(Report report, String firstId, Set<String> reportKeys) {
        Report first = reports.find(firstId).orElseThrow();
        int year = clock.instant().atZone(ZoneOffset.UTC).getYear();
        String id = "CMP-%d-%04d".formatted(year, counters.next("campaign-" + year));
        Set<String> shared = new java.util.LinkedHashSet<>(keys.of(first));
        shared.retainAll(reportKeys);
        store.insert(CampaignDocuments.founded(id, first, shared, clock.instant()));
        reports.setCampaign(first.id(), id);
        index.move(new Target(TargetKind.REPORT, first.id(), null), keys.of(first), new Target(TargetKind.CAMPAIGN, id, null));
        return join(id, report, reportKeys);
    }

    /** A target found in the index may have ended since: an incident closed, a report triaged. */
    private boolean stillOpen(Target target) {
        boolean open = switch (target.kind()) {
            case INCIDENT -> incidents.find(target.id()).filter(i -> i.status() != IncidentStatus.CLOSED).isPresent();
            case CAMPAIGN -> true;
            case REPORT -> reports.find(target.id()).filter(r -> r.isOpen() && r.campaignId() == null).isPresent();
        };
        if (!open) {
            index.forget(target);
        }
        return open;
    }

    /** Fills the index from the store, once, before the first report is grouped. */
    private void load() {
        if (!loaded) {
            index.fill(reports.openOutsideCampaigns(), all(), keys, claimedAtStart);
            loaded = true;
        }
    }

    // ---- reading, for the triage channel and the metrics ----------------------------------------------------------

    public Optional<Campaign> find(String id) {
        return store.find(id).map(CampaignDocuments::toCampaign);
    }

    public List<Campaign> all() {
        return store.findAll().stream().map(CampaignDocuments::toCampaign).toList();
    }

    CampaignIndex index() {
        return index;
    }

    CampaignStore store() {
        return store;
    }

    Clock clock() {
        return clock;
    }
}
