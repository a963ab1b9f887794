package org.csirtbot.campaigns;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How reports are grouped ({@code csirtbot.campaigns.*}).
 *
 * @param grouping {@code automatic}: a report like an open campaign, incident or report joins it and its reporter is
 *                 told at once it is known; {@code suggest}: it is posted on its own, naming what it looks like;
 *                 {@code off}: every report on its own
 * @param ignoredDomains the organisation's own domains (and their subdomains): URLs, addresses and domains in them
 *                       never group reports, or every report quoting the intranet would be one campaign
 * @param simulation the organisation's phishing drills, recognised so that reporters are thanked and no incident is
 *                   opened
 */
@ConfigurationProperties("csirtbot.campaigns")
public record CampaignProperties(
        @DefaultValue("automatic") Grouping grouping,
        @DefaultValue List<String> ignoredDomains,
        @DefaultValue Simulation simulation) {

    public enum Grouping { AUTOMATIC, SUGGEST, OFF }

    /**
     * A drill mail is recognised by any of these.
     *
     * @param senders the drill's sender addresses (compared lower-case)
     * @param headers header names the drill tool adds (for example {@code X-PhishSim}), found in pasted headers
     * @param urlPatterns regular expressions matched against each URL in the report
     */
    public record Simulation(@DefaultValue List<String> senders, @DefaultValue List<String> headers,
                             @DefaultValue List<String> urlPatterns) {

        boolean configured() {
            return !senders.isEmpty() || !headers.isEmpty() || !urlPatterns.isEmpty();
        }
    }
}
