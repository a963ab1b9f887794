package org.csirtbot.campaigns;

/** A campaign was founded, grew, shrank, merged or ended: its triage message is due to be drawn again. */
public record CampaignChanged(String campaignId) {
}
