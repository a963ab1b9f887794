package org.csirtbot.campaigns;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.csirtbot.report.Report;

/**
 * In memory, which open report, campaign or incident each key belongs to: the first to claim a key keeps it. Built
 * from the store at start; guarded by its owner, {@link Campaigns}.
 */
final class CampaignIndex {

    enum TargetKind { REPORT, CAMPAIGN, INCIDENT }

    /** A report, campaign or incident; an incident's {@code campaignId} is the campaign declared as it, if any. */
    record Target(TargetKind kind, String id, String campaignId) {
    }

    private final Map<String, Target> byKey = new HashMap<>();

    /** What a stored campaign's keys belong to: the campaign while open, its incident once declared, else nothing. */
    static Target targetOf(Campaign campaign) {
        return switch (campaign.status()) {
            case OPEN -> new Target(TargetKind.CAMPAIGN, campaign.id(), null);
            case DECLARED -> new Target(TargetKind.INCIDENT, campaign.incidentId(), campaign.id());
            default -> null;
        };
    }

    /** The first target that holds one of the keys, skipping the report itself; incidents first, then campaigns. */
    Optional<Target> match(Collection<String> keys, String reportId) {
        Target best = null;
        for (String key : keys) {
            Target target = byKey.get(key);
            if (target != null && !(target.kind() == TargetKind.REPORT && target.id().equals(reportId))
                    && (best == null || target.kind().ordinal() > best.kind().ordinal())) {
                best = target;
            }
        }
        return Optional.ofNullable(best);
    }

    void claim(Collection<String> keys, Target target) {
        keys.forEach(key -> byKey.putIfAbsent(key, target));
    }

    /**
     * The given keys now belong to {@code to}: those {@code from} held, and those nobody held. Only the given keys are
     * looked at, so a report joining a campaign of ten thousand costs what its own keys cost.
     */
    void move(Target from, Collection<String> keys, Target to) {
        keys.forEach(key -> byKey.compute(key, (k, target) -> target == null || target.equals(from) ? to : target));
    }

    void forget(Target target) {
        byKey.values().removeIf(target::equals);
    }

    int size() {
        return byKey.size();
    }

    /** Takes in the open reports outside campaigns (their IDs into {@code claimed}) and the campaigns. */
    void fill(List<Report> openReports, List<Campaign> campaigns, GroupingKeys keys, Set<String> claimed) {
        for (Report report : openReports) {
            claim(keys.of(report), new Target(TargetKind.REPORT, report.id(), null));
            claimed.add(report.id());
        }
        for (Campaign campaign : campaigns) {
            Target target = targetOf(campaign);
            if (target != null) {
                claim(campaign.keys(), target);
            }
        }
    }
}
