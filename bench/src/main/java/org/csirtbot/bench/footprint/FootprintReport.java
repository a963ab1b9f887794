package org.csirtbot.bench.footprint;

import static org.csirtbot.bench.harness.BenchmarksDoc.fmt;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.csirtbot.bench.harness.BenchmarksDoc;
import org.csirtbot.bench.harness.Machine;
import org.csirtbot.bench.harness.MachineNote;

/** The "Footprint" section of docs/benchmarks.md (one per store), from one run's result. */
public final class FootprintReport {

    private FootprintReport() {
    }

    public static String markdown(FootprintResult r, Machine before, String loadAfter) {
        FootprintSettings s = r.settings();
        StringBuilder md = new StringBuilder();
        md.append("## Footprint").append(s.separateMongo() ? " (MONGODB_URI)" : "").append("\n\n");
        md.append(fmt("The packaged bot started %d times with each set of JVM flags, on %s, each time on an empty store: "
                + "time from `java -jar` to `/actuator/health` UP, resident memory (VmRSS, /proc/<pid>/status) after "
                + "%d s of quiet, and its peak under a short wave of %,d report forms at %.0f/s. Targets: ready in "
                + "under %.0f s, under %d MiB at rest and %d MiB under the wave; run %s.%n%n", s.starts(),
                s.separateMongo() ? "a separate mongo-java-server process" : "its embedded store", s.rest().toSeconds(),
                s.reports(), s.perSecond(), FootprintResult.READY_SECONDS, FootprintResult.REST_MB,
                FootprintResult.WAVE_MB, Instant.now().truncatedTo(ChronoUnit.SECONDS)));
        md.append("| JVM flags | ready, median (each start) | at rest, median | under the wave, max "
                + "| the wave's ack p50 / p99 | answered with the ID | met |\n|---|---|---|---|---|---|---|\n");
        for (FootprintResult.Row row : r.rows()) {
            StringBuilder each = new StringBuilder();
            row.readySeconds().forEach(t -> each.append(each.isEmpty() ? "" : ", ").append(fmt("%.1f", t)));
            md.append(fmt("| `%s` | %.1f s (%s) | %d MiB | %d MiB | %.0f / %.0f ms | %d of %d | %s |%n",
                    String.join(" ", row.flags()), row.ready(), each, row.rest(), row.wave(), row.acks().p50(),
                    row.acks().p99(), row.named(), row.sent(), row.met() ? "yes" : "**no**"));
        }
        md.append('\n').append(MachineNote.of(before, loadAfter)).append("\n\n");
        md.append("**How.** A flag `NAME=value` is an environment variable of the bot's process (glibc's "
                + "`MALLOC_ARENA_MAX`); `CDS` is class data sharing as Spring Boot documents it: the jar extracted "
                + "(`java -Djarmode=tools -jar csirtbot.jar extract`), one training start that stops after the refresh "
                + "(`-XX:ArchiveClassesAtExit=csirtbot.jsa -Dspring.context.exit=onRefresh`), then "
                + "`-XX:SharedArchiveFile=csirtbot.jsa -jar csirtbot/csirtbot.jar`. Reproduce: `")
                .append(BenchmarksDoc.COMMAND).append(" footprint")
                .append(s.separateMongo() ? " --store=mongo" : "").append("` (`--flag-sets=\"A;B\"` for others).\n");
        return md.toString();
    }
}
