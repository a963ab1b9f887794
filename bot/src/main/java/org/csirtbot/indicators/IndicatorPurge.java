package org.csirtbot.indicators;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.csirtbot.incident.Incidents;
import org.csirtbot.observables.Observable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes indicators whose last sighting is older than their retention period ({@link IndicatorProperties#retention}),
 * checked as often as incidents' retention ({@code csirtbot.retention.purge-interval}). Purging an incident leaves its
 * indicators (its sightings lose their words only); an indicator seen in an incident under legal hold is kept, as
 * nothing of a held incident is purged. An indicator seen again while the purge runs is kept.
 */
@Component
public class IndicatorPurge {

    private static final Logger log = LoggerFactory.getLogger(IndicatorPurge.class);

    private final IndicatorRegistry registry;
    private final Incidents incidents;
    private final IndicatorProperties properties;
    private final Clock clock;

    IndicatorPurge(IndicatorRegistry registry, Incidents incidents, IndicatorProperties properties, Clock clock) {
        this.registry = registry;
        this.incidents = incidents;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${csirtbot.retention.purge-interval:1h}",
            fixedDelayString = "${csirtbot.retention.purge-interval:1h}")
    void onSchedule() {
        try {
            purgeDue();
        } catch (RuntimeException e) {
            log.warn("Indicator purge will try again: {}", e.getMessage());
        }
    }

    /** Removes every indicator due now; returns those removed by this call. */
    public List<Observable> purgeDue() {
        Instant cutoff;
        try {
            cutoff = clock.instant().atZone(ZoneOffset.UTC).minus(properties.retention()).toInstant();
        } catch (DateTimeException beyondTheCalendar) {
            return List.of();
        }
        List<Observable> removed = new ArrayList<>();
        for (Indicator due : registry.lastSeenBefore(cutoff)) {
            if (!held(due) && registry.remove(due)) {
                removed.add(due.observable());
            }
        }
        if (!removed.isEmpty()) {
            log.info("Purged {} indicators last seen before {} (retention {})", removed.size(), cutoff,
                    properties.retention());
        }
        return removed;
    }

    private boolean held(Indicator indicator) {
        return indicator.sightings().stream().filter(s -> !s.imported())
                .anyMatch(s -> incidents.find(s.incidentId()).map(i -> i.retention().legalHold()).orElse(false));
    }
}
