package org.csirtbot.bench.ack;

import static org.csirtbot.bench.harness.BenchmarksDoc.fmt;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.csirtbot.bench.harness.BenchmarksDoc;
import org.csirtbot.bench.harness.Machine;
import org.csirtbot.bench.harness.MachineNote;
import org.csirtbot.bench.harness.Percentiles;

/** The "Acknowledgement latency" section of docs/benchmarks.md (one per store), from one run's result. */
public final class AckReport {

    private AckReport() {
    }

    public static String markdown(AckResult r, Machine before, String loadAfter, String chart) {
        AckSettings s = r.settings();
        String store = s.separateMongo() ? "a separate mongo-java-server process (`MONGODB_URI`)" : "its embedded store";
        StringBuilder md = new StringBuilder();
        md.append("## Acknowledgement latency").append(s.separateMongo() ? " (MONGODB_URI)" : "").append("\n\n");
        md.append(fmt("The bot on %s against a bare Bolt for Java app (ack only: same Bolt, Spring Boot and Tomcat, "
                + "its own process), the same run; at each rate %d s of `/report`, a triage click (Dismiss), the report "
                + "form and a message event in turn, open loop, after %d s of warm-up (not counted); run %s. Target: "
                + "the bot's p99 within 1.2x the bare app's and under 100 ms, every answer HTTP 200.%n%n", store,
                s.length().toSeconds(), s.warmup().toSeconds(), Instant.now().truncatedTo(ChronoUnit.SECONDS)));
        md.append("| rate | kind | csirtbot p50 / p95 / p99 / max (ms) | bare Bolt p50 / p95 / p99 / max (ms) "
                + "| p99 ratio | not 200 | met |\n|---|---|---|---|---|---|---|\n");
        for (double rate : s.perSecond()) {
            for (AckMix.Kind kind : AckMix.Kind.values()) {
                AckResult.Row bot = r.row(rate, AckResult.BOT, kind);
                AckResult.Row bare = r.row(rate, AckResult.BARE, kind);
                md.append(fmt("| %.0f/s | %s | %s | %s | %.2fx | %d | %s |%n", rate, kind.label, cells(bot.latency()),
                        cells(bare.latency()), r.ratio(rate, kind), bot.failed(), r.met(rate, kind) ? "yes" : "**no**"));
            }
        }
        md.append(fmt("%n**Footprint in this run.** The bot was ready %.1f s after `java -jar`; at most %d MiB "
                + "resident.%n%n", r.readySeconds(), r.rssPeakMb()));
        if (!r.problems().isEmpty()) {
            md.append("**Problems seen** (at most 3 per rate and target):\n\n");
            r.problems().stream().limit(20)
                    .forEach(problem -> md.append("- ").append(problem.replace("|", "\\|")).append('\n'));
            md.append('\n');
        }
        md.append("![Acknowledgement latency percentiles against the request rate](").append(chart).append(")\n\n");
        md.append(MachineNote.of(before, loadAfter)).append("\n\n");
        md.append("**How.** Both apps run with `java ").append(String.join(" ", s.jvmFlags()))
                .append("`, their Web API the fake Slack (").append(s.latencyMs()).append(" ms a call). Each request is "
                        + "signed and sent at its due time whatever the earlier ones await (JDK HttpClient); its latency "
                        + "counts from when it was due. The bare app runs first at each rate, then the bot gets the same "
                        + "requests; each request is a delivery new to the app (its own trigger, action time, view or "
                        + "event ID). The forms `/report` and the clicks ask the bot to open come after the ack and fail (the "
                        + "fake Slack knows none of the harness's triggers, and `views.open` is Tier 4). Reproduce: `")
                .append(BenchmarksDoc.COMMAND).append(" ack").append(s.separateMongo() ? " --store=mongo" : "")
                .append("`.\n");
        return md.toString();
    }

    private static String cells(Percentiles p) {
        return fmt("%.1f / %.1f / %.1f / %.1f", p.p50(), p.p95(), p.p99(), p.max());
    }
}
