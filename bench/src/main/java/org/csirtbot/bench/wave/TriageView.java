package org.csirtbot.bench.wave;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the triage channel shows, read from the fake Slack's stats: a campaign's message ("Campaign CMP-…: N reports",
 * showing what its reports share) counts N reports for the group whose mail it names ({@link WaveMix#groupIn}); a
 * report's own message ("New report RPT-…", showing its observables) counts one for a group that has no campaign
 * message (a noise report, or a campaign of one).
 *
 * @param messages  messages in the channel
 * @param campaigns campaign messages in the channel
 * @param largest   the highest count of a campaign message
 * @param shown     reports shown, by group (as the harness named the groups)
 */
record TriageView(int messages, int campaigns, int largest, Map<String, Integer> shown) {

    static final Pattern REPORT_ID = Pattern.compile("RPT-\\d{4}-\\d{6}");
    private static final Pattern CAMPAIGN = Pattern.compile("^Campaign (CMP-\\d{4}-\\d{4}): ([\\d,]+) reports");
    private static final Pattern OWN = Pattern.compile("^New report (RPT-\\d{4}-\\d{6})");

    /** Reads the channel; messages that name no group's mail are counted as messages only. */
    static TriageView of(JsonNode stats, String channel) {
        JsonNode messages = stats.path("channels").path(channel).path("messages");
        Map<String, Integer> fromCampaigns = new HashMap<>();
        Map<String, Integer> alone = new HashMap<>();
        int campaigns = 0;
        int largest = 0;
        for (JsonNode message : messages) {
            String text = message.path("text").asText();
            Matcher campaign = CAMPAIGN.matcher(text);
            if (campaign.find()) {
                campaigns++;
                int count = Integer.parseInt(campaign.group(2).replace(",", ""));
                largest = Math.max(largest, count);
                String group = WaveMix.groupIn(message.path("blocks").toString());
                if (group != null) {
                    fromCampaigns.merge(group, count, Integer::sum);
                }
                continue;
            }
            String group = OWN.matcher(text).find() ? WaveMix.groupIn(message.path("blocks").toString()) : null;
            if (group != null) {
                alone.merge(group, 1, Integer::sum);
            }
        }
        Map<String, Integer> shown = new HashMap<>(fromCampaigns);
        alone.forEach(shown::putIfAbsent);
        return new TriageView(messages.size(), campaigns, largest, Map.copyOf(shown));
    }

    /** Whether every group shows exactly as many reports as expected. */
    boolean reflects(Map<String, Integer> expected) {
        return expected.entrySet().stream().allMatch(e -> e.getValue().equals(shown.getOrDefault(e.getKey(), 0)));
    }

    /** How many of the expected reports are shown (a group showing more counts as its expected number). */
    int reflected(Map<String, Integer> expected) {
        return expected.entrySet().stream().mapToInt(e -> Math.min(e.getValue(), shown.getOrDefault(e.getKey(), 0)))
                .sum();
    }
}
