package org.csirtbot.campaigns;

import java.util.List;

import org.csirtbot.observables.Observable;

/**
 * A campaign's reports were attached to an incident in one go: {@code observables} are those seen in its reports (at
 * most {@value #MOST}), for the incident's indicators.
 */
public record CampaignAttached(String campaignId, String incidentId, List<Observable> observables) {

    static final int MOST = 1000;
}
