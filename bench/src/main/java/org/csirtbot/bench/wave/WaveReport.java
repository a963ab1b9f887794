package org.csirtbot.bench.wave;

import static org.csirtbot.bench.harness.BenchmarksDoc.fmt;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.csirtbot.bench.harness.Machine;
import org.csirtbot.bench.harness.Percentiles;

/** The "Phishing wave" section of docs/benchmarks.md, from one run's result. */
public final class WaveReport {

    static final String COMMAND = "./mvnw -q -pl bench -am package -DskipTests && java -jar bench/target/bench.jar wave";

    private WaveReport() {
    }

    public static String markdown(WaveResult r, Machine before, String loadAfter, String chart) {
        WaveSettings s = r.settings();
        StringBuilder md = new StringBuilder();
        md.append("## Phishing wave\n\n");
        md.append(fmt("%,d report form submissions at a fixed %.0f a second (%.1f s) across %d campaigns, one in %d an "
                        + "unrelated report with observables of its own, from %,d different people; run %s.%n%n",
                s.reports(), s.perSecond(), s.waveLength().toMillis() / 1000.0, r.campaignsUsed(), s.noiseEvery(),
                s.reports(), Instant.now().truncatedTo(ChronoUnit.SECONDS)));
        md.append("| what | target | measured | met |\n|---|---|---|---|\n");
        for (WaveTargets.Check check : WaveTargets.of(r)) {
            md.append("| ").append(check.what()).append(" | ").append(check.target()).append(" | ")
                    .append(check.measured()).append(" | ").append(check.met() ? "yes" : "**no**").append(" |\n");
        }
        md.append("\n**Acknowledgement latency** (from when each submission was due, so a bot that falls behind is "
                + "charged for the wait):\n\n| submissions | p50 | p95 | p99 | max |\n|---|---|---|---|---|\n");
        Percentiles p = r.latency();
        md.append(fmt("| %,d | %.1f ms | %.1f ms | %.1f ms | %.1f ms |%n%n", p.count(), p.p50(), p.p95(), p.p99(),
                p.max()));
        md.append(fmt("**Slack.** The triage channel got %d new messages and %d `chat.update` calls; the fake Slack "
                        + "answered %d HTTP 429s%s. Web API calls from the wave's start to the end of the run: %s.%n%n",
                r.triagePosts(), r.chatUpdates(), r.rateLimitedTotal(),
                r.rateLimited().isEmpty() ? "" : " " + calls(r.rateLimited()), calls(r.callsByMethod())));
        md.append(fmt("**Footprint.** The bot was ready (health UP) %.1f s after `java -jar`; resident memory %s MiB "
                        + "after the warm-up, at most %s MiB during the wave.%n%n", r.botReadyIn().toMillis() / 1000.0,
                r.rssAtRestMb(), r.rssPeakMb()));
        if (!r.problems().isEmpty()) {
            md.append("**Problems seen** (at most 20):\n\n");
            r.problems().forEach(problem -> md.append("- ").append(problem.replace("|", "\\|")).append('\n'));
            md.append('\n');
        }
        md.append("![Reports submitted, acknowledged and shown in the triage channel over time](").append(chart)
                .append(")\n\n");
        md.append("**Machine.** ").append(before.cpu()).append(", ").append(before.cores()).append(" cores, ")
                .append(fmt("%,d", before.memoryMb())).append(" MiB; ").append(before.jdk()).append("; ")
                .append(before.os()).append(". Load average (1, 5, 15 min) ").append(before.loadAverage())
                .append(" before the run, ").append(loadAfter).append(" after it. The harness, the fake Slack and the "
                        + "bot share the machine.\n\n");
        md.append("**How.** The bot runs as `java ").append(String.join(" ", s.botJvmFlags()))
                .append(" -jar bot/target/csirtbot.jar` (the heap the Helm chart's defaults give it: 75 % of 768 MiB) "
                        + "in HTTP mode on its embedded store, configured only by environment variables. Slack is "
                        + "`StandaloneSlack` from the same jar: Slack's rate tiers enforced (429 with `Retry-After` "
                        + "beyond them), every answer sent ").append(s.latencyMs()).append(" ms after the request "
                        + "(uniform, seeded), the tier counted when the request arrives. ")
                .append(fmt("A warm-up of %,d reports of one other mail at %.0f/s, then %d s of quiet, comes first and "
                        + "is not counted. ", s.warmups(), s.warmupPerSecond(), s.settle().toSeconds()))
                .append("Each submission is a signed `view_submission` of the report form, sent at its due time "
                        + "whatever the earlier ones await (open loop, JDK HttpClient). A submission counts as told "
                        + "when the answer is HTTP 200 with `response_action: update` naming its report ID. The triage "
                        + "channel shows a report when its campaign's message counts it, or, for a noise report, when "
                        + "its own message is there. Afterwards each acknowledged report is read with "
                        + "`GET /api/reports/{id}`.\n\n");
        md.append("Reproduce: `").append(COMMAND).append("` (about five minutes; `--help` lists the options).\n");
        return md.toString();
    }

    private static String calls(Map<String, Long> calls) {
        StringBuilder text = new StringBuilder();
        calls.forEach((method, count) -> text.append(text.isEmpty() ? "" : ", ").append('`').append(method)
                .append("` ").append(count));
        return text.isEmpty() ? "none" : text.toString();
    }
}
