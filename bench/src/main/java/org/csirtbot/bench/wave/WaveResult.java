package org.csirtbot.bench.wave;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.csirtbot.bench.harness.Percentiles;

/**
 * What a wave measured.
 *
 * @param submitted        submissions sent
 * @param acknowledged     answered 200 naming a report ID
 * @param failed           not answered 200 with a report ID (error, other status, time-out)
 * @param stillRecording   of those, answered that the report is still being recorded (its ID to follow)
 * @param toldWithin3s     answered 200 naming a report ID within 3 s of being due
 * @param members          campaign members (not noise) acknowledged
 * @param toldKnown        campaign members told at once it is already known (the wave's first report of each
 *                         campaign is not: it was alone when it came)
 * @param waveSeconds      from the first submission due to the last answer
 * @param latency          acknowledgement latency, from when each submission was due
 * @param lost             acknowledged report IDs the API does not know
 * @param campaigns        campaigns the wave's reports are in (the API's campaignId)
 * @param incidents        incidents in the bot after the wave
 * @param rateLimited      HTTP 429s the fake Slack answered, by method (warm-up included)
 * @param campaignsUsed    the campaigns the harness sent reports of
 * @param triagePosts      messages posted to the triage channel during the wave
 * @param triagePostLimit  one per campaign plus one per noise report
 * @param chatUpdates      chat.update calls during the wave
 * @param callsByMethod    every Web API call during the wave and after it, by method
 * @param reflectedAfter   from the last submission until the triage channel showed every report; null: not within
 *                         {@code reflectWithin}
 * @param botReadyIn       from {@code java -jar} to health UP
 * @param rssAtRestMb      the bot's resident memory before the wave (after the warm-up), in MiB
 * @param rssPeakMb        the highest resident memory sampled during and after the wave, in MiB
 * @param timeline         the wave over time
 */
public record WaveResult(WaveSettings settings, int submitted, int acknowledged, int failed, int stillRecording,
                         int toldWithin3s, int members, int toldKnown, double waveSeconds, Percentiles latency,
                         int lost, int campaigns, int incidents, Map<String, Long> rateLimited, int campaignsUsed,
                         int triagePosts, int triagePostLimit, long chatUpdates, Map<String, Long> callsByMethod,
                         Duration reflectedAfter, Duration botReadyIn, long rssAtRestMb, long rssPeakMb,
                         List<Sample> timeline, List<String> problems) {

    /** One moment: seconds from the first submission due; submitted, acknowledged and shown in triage so far. */
    record Sample(double seconds, int submitted, int acknowledged, int reflected) {
    }

    double throughput() {
        return waveSeconds <= 0 ? 0 : acknowledged / waveSeconds;
    }

    long rateLimitedTotal() {
        return rateLimited.values().stream().mapToLong(Long::longValue).sum();
    }
}
