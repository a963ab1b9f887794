package org.csirtbot.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.csirtbot.campaigns.Campaign;

/**
 * The campaigns begun in the period: how many reports each gathered, and how long from its first report until a
 * responder triaged it (declared, attached, dismissed or merged it). Pure.
 *
 * @param reportsPerCampaign reports by campaign ID, in the order the campaigns began
 * @param timeToTriage from a campaign's first report to its triage, over the campaigns triaged
 */
public record CampaignMetrics(int campaigns, Map<String, Integer> reportsPerCampaign, TimeSummary timeToTriage) {

    static CampaignMetrics of(Collection<Campaign> all, Instant start, Instant end) {
        List<Campaign> begun = all.stream().filter(c -> c.firstAt() != null && !c.firstAt().isBefore(start)
                && c.firstAt().isBefore(end)).sorted(java.util.Comparator.comparing(Campaign::firstAt)).toList();
        Map<String, Integer> reports = new LinkedHashMap<>();
        begun.forEach(c -> reports.put(c.id(), c.reportCount()));
        List<Duration> toTriage = begun.stream().filter(c -> c.triagedAt() != null)
                .map(c -> Duration.between(c.firstAt(), c.triagedAt())).filter(Objects::nonNull).toList();
        return new CampaignMetrics(begun.size(), reports, TimeSummary.of(toTriage));
    }
}
