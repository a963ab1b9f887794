package org.csirtbot.indicators;

import org.csirtbot.incident.IncidentDeclaration.ReportAttached;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.csirtbot.campaigns.CampaignAttached;
import org.csirtbot.incident.Incidents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A report attached to an incident (or the one it was declared from) gives the incident its observables as indicators
 * ({@link IndicatorRegistry#fromReport}). The attachment stands whatever becomes of this: a failure is only logged.
 */
@Component
class ReportIndicators {

    private static final Logger log = LoggerFactory.getLogger(ReportIndicators.class);

    private final IndicatorRegistry registry;

    private final Incidents incidents;

    ReportIndicators(IndicatorRegistry registry, Incidents incidents) {
        this.registry = registry;
        this.incidents = incidents;
    }

    /** A campaign's reports attached at once: the observables seen in them, as the incident's indicators. */
    @EventListener
    void on(CampaignAttached attached) {
        incidents.find(attached.incidentId()).ifPresent(incident -> {
            try {
                registry.fromCampaign(incident, attached.campaignId(), attached.observables());
            } catch (RuntimeException e) {
                log.error("The observables of {} did not become indicators of {}", attached.campaignId(),
                        incident.id(), e);
            }
        });
    }

    @EventListener
    void on(ReportAttached attached) {
        try {
            registry.fromReport(attached.incident(), attached.report().id(), attached.report().foundObservables());
        } catch (RuntimeException e) {
            log.error("The observables of {} did not become indicators of {}", attached.report().id(),
                    attached.incident().id(), e);
        }
    }
}
