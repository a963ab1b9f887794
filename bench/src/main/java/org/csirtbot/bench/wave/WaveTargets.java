package org.csirtbot.bench.wave;

import java.time.Duration;
import java.util.List;

import org.csirtbot.bench.harness.BenchmarksDoc;

/**
 * The wave's targets (issues 14 and 16) and whether a run met them. A timing target depends on the machine; the others
 * hold on any machine, and the smoke run checks them.
 */
public final class WaveTargets {

    static final double MIN_PER_SECOND = 170;
    static final Duration REFLECTED_WITHIN = Duration.ofSeconds(60);

    /** One target: what, the target, what was measured, whether it was met, whether it is a timing. */
    public record Check(String what, String target, String measured, boolean met, boolean timing) {
    }

    private WaveTargets() {
    }

    public static List<Check> of(WaveResult r) {
        return List.of(
                new Check("throughput (acknowledged per second)", "≥ " + (int) MIN_PER_SECOND + "/s",
                        BenchmarksDoc.fmt("%.1f/s", r.throughput()), r.throughput() >= MIN_PER_SECOND, true),
                new Check("every submission answered with its report ID", r.submitted() + " of " + r.submitted(),
                        r.acknowledged() + (r.failed() == 0 ? "" : " (" + r.failed() + " not: " + r.stillRecording()
                                + " told it is still being recorded)"), r.failed() == 0, false),
                new Check("every reporter told within 3 s", r.submitted() + " of " + r.submitted(),
                        r.toldWithin3s() + " (p99 " + BenchmarksDoc.fmt("%.0f ms", r.latency().p99()) + ")",
                        r.toldWithin3s() == r.submitted(), true),
                new Check("campaign members told \"already known\" at once", "all but each campaign's first",
                        r.toldKnown() + " of " + r.members(), r.toldKnown() >= r.members() - r.campaignsUsed(), false),
                new Check("reports lost (acknowledged, unknown to the API)", "0", String.valueOf(r.lost()),
                        r.lost() == 0, false),
                new Check("campaigns and incidents created", "≤ " + r.settings().campaigns(),
                        r.campaigns() + " campaigns, " + r.incidents() + " incidents",
                        r.campaigns() + r.incidents() <= r.settings().campaigns(), false),
                new Check("HTTP 429 from the fake Slack", "0", String.valueOf(r.rateLimitedTotal()),
                        r.rateLimitedTotal() == 0, false),
                new Check("triage messages posted", "≤ " + r.triagePostLimit() + " (one per campaign and noise report)",
                        String.valueOf(r.triagePosts()), r.triagePosts() <= r.triagePostLimit(), false),
                new Check("triage channel shows every report", "within " + r.settings().reflectWithin().toSeconds()
                        + " s of the last submission", r.reflectedAfter() == null ? "not within "
                        + r.settings().reflectWithin().toSeconds() + " s" : "yes", r.reflectedAfter() != null, false),
                new Check("… and how soon", "≤ " + REFLECTED_WITHIN.toSeconds() + " s",
                        r.reflectedAfter() == null ? "—"
                                : BenchmarksDoc.fmt("%.1f s", r.reflectedAfter().toMillis() / 1000.0),
                        r.reflectedAfter() != null && r.reflectedAfter().compareTo(REFLECTED_WITHIN) <= 0, true));
    }
}
