package org.csirtbot.bench.log;

import static org.csirtbot.bench.harness.BenchmarksDoc.fmt;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.csirtbot.bench.harness.BenchmarksDoc;
import org.csirtbot.bench.harness.Machine;
import org.csirtbot.bench.harness.MachineNote;
import org.csirtbot.bench.harness.Percentiles;

/** The "Incident log" section of docs/benchmarks.md (one per store), from one run's result. */
public final class LogReport {

    private LogReport() {
    }

    public static String markdown(LogResult r, Machine before, String loadAfter) {
        LogSettings s = r.settings();
        StringBuilder md = new StringBuilder();
        md.append("## Incident log").append(s.separateMongo() ? " (MONGODB_URI)" : "").append("\n\n");
        md.append(fmt("One incident's log appended to %,d entries one at a time (notes and captured messages, about "
                + "200 bytes of data each), through the bot's own store code (`IncidentLogStore.append`: read the last "
                + "entry, hash, insert) on %s; then the packaged bot started on that store: the log verified through "
                + "`GET /api/incidents/{id}/log/verify`, and another incident's log of %,d entries read through "
                + "`/api/incidents/{id}/log` and `report.md`, each %d times; run %s.%n%n", s.entries(),
                s.separateMongo() ? "a separate mongo-java-server process" : "the embedded store", s.readEntries(),
                s.reads(), Instant.now().truncatedTo(ChronoUnit.SECONDS)));
        md.append("| what | target | measured | met |\n|---|---|---|---|\n");
        Percentiles a = r.appends();
        md.append(fmt("| append, p99 (p50 / p95 / max) | < %.0f ms | %.1f ms (%.1f / %.1f / %.1f ms) | %s |%n",
                LogResult.APPEND_P99_MS, a.p99(), a.p50(), a.p95(), a.max(), r.appendMet() ? "yes" : "**no**"));
        md.append(fmt("| append throughput, one writer | — | %.0f a second (%,d in %.1f s) | — |%n",
                r.appendsPerSecond(), a.count(), r.appendSeconds()));
        md.append(fmt("| verification of %,d entries, median of %d | < %.0f ms | %s ms (%s) | %s |%n", s.entries(),
                r.verifyMs().size(), LogResult.VERIFY_MS, fmt("%.0f", Percentiles.median(r.verifyMs())),
                r.verifiedValid() ? r.verifiedEntries() + " entries, intact" : "**not intact**",
                r.verifyMet() ? "yes" : "**no**"));
        md.append(fmt("| … of which the store (in the harness: read all, then read and check) | — | %s ms | — |%n",
                tries(r.inProcessMs())));
        md.append(fmt("| `/api/incidents/{id}/log` of %,d entries | — | %s ms (%,d entries) | — |%n", s.readEntries(),
                tries(r.logMs()), r.logBytes()));
        md.append(fmt("| `report.md` of %,d entries | — | %s ms (%,d characters) | — |%n", s.readEntries(),
                tries(r.reportMs()), r.reportBytes()));
        md.append(fmt("| append unless already logged (`appendOnce`, as a room's actions do) to a log of %d entries "
                + "beside the two long ones, p50 / max of %d | — | %.1f / %.1f ms | — |%n", LogBenchmark.SMALL_ENTRIES,
                r.onceMs().size(), Percentiles.median(r.onceMs()), LogResult.worst(r.onceMs())));
        if (r.storeFileBytes() >= 0) {
            md.append(fmt("| the embedded store's file after the appends | — | %,d MiB | — |%n", r.storeFileBytes() >> 20));
        }
        md.append('\n');
        md.append("**Appends as the log grows** (each stretch a tenth of the appends):\n\n"
                + "| entries | p50 | p95 | p99 | max |\n|---|---|---|---|---|\n");
        for (LogResult.Stretch stretch : r.stretches()) {
            Percentiles p = stretch.latency();
            md.append(fmt("| %,d–%,d | %.1f ms | %.1f ms | %.1f ms | %.1f ms |%n", stretch.from() + 1, stretch.to(),
                    p.p50(), p.p95(), p.p99(), p.max()));
        }
        if (!r.problems().isEmpty()) {
            md.append("\n**Problems seen:**\n\n");
            r.problems().forEach(problem -> md.append("- ").append(problem).append('\n'));
        }
        md.append('\n').append(MachineNote.of(before, loadAfter)).append("\n\n");
        md.append("**How.** Times are the client's, on loopback: for the API, from the request to the last byte of the "
                + "answer, each try listed (the first is the coldest). The bot runs with `java ")
                .append(String.join(" ", s.jvmFlags())).append("`. Reproduce: `")
                .append(BenchmarksDoc.COMMAND).append(" log")
                .append(s.separateMongo() ? " --store=mongo" : "").append("`.\n");
        return md.toString();
    }

    private static String tries(List<Double> ms) {
        StringBuilder text = new StringBuilder();
        ms.forEach(m -> text.append(text.isEmpty() ? "" : ", ").append(fmt("%.0f", m)));
        return text.toString();
    }
}
