package org.csirtbot.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.csirtbot.bench.ack.AckBenchmark;
import org.csirtbot.bench.ack.AckChart;
import org.csirtbot.bench.ack.AckReport;
import org.csirtbot.bench.ack.AckResult;
import org.csirtbot.bench.ack.AckSettings;
import org.csirtbot.bench.footprint.FootprintBenchmark;
import org.csirtbot.bench.footprint.FootprintReport;
import org.csirtbot.bench.footprint.FootprintResult;
import org.csirtbot.bench.footprint.FootprintSettings;
import org.csirtbot.bench.harness.BenchmarksDoc;
import org.csirtbot.bench.harness.Machine;
import org.csirtbot.bench.harness.Percentiles;
import org.csirtbot.bench.log.LogBenchmark;
import org.csirtbot.bench.log.LogReport;
import org.csirtbot.bench.log.LogResult;
import org.csirtbot.bench.log.LogSettings;
import org.csirtbot.bench.wave.WaveBenchmark;
import org.csirtbot.bench.wave.WaveChart;
import org.csirtbot.bench.wave.WaveReport;
import org.csirtbot.bench.wave.WaveResult;
import org.csirtbot.bench.wave.WaveSettings;
import org.csirtbot.bench.wave.WaveTargets;

/** Runs one benchmark (or all) from the command line's options, prints what it found and writes its section. */
final class BenchRuns {

    private static final Path JAR = Path.of("bot/target/csirtbot.jar");

    private BenchRuns() {
    }

    static boolean run(String name, Map<String, String> options) {
        return switch (name) {
            case "wave" -> wave(options);
            case "ack" -> ack(options);
            case "log" -> log(options);
            case "footprint" -> footprint(options);
            case "all" -> all(options);
            default -> throw new IllegalArgumentException("no benchmark " + name);
        };
    }

    private static boolean all(Map<String, String> options) {
        boolean met = wave(options);
        for (String store : new String[] {"embedded", "mongo"}) {
            Map<String, String> with = new LinkedHashMap<>(options);
            with.put("store", store);
            met &= ack(with);
            met &= footprint(with);
            met &= log(with);
        }
        return met;
    }

    static boolean ack(Map<String, String> options) {
        AckSettings settings = AckSettings.full(JAR, Path.of("bench/target/ack")).with(options);
        settings = settings.withSeparateMongo(settings.separateMongo());
        Machine machine = Machine.now();
        System.out.printf("Ack latency at %s/s on %s (load average %s)%n", settings.perSecond(),
                settings.separateMongo() ? "a separate mongo-java-server" : "the embedded store", machine.loadAverage());
        AckResult result = AckBenchmark.run(settings);
        Path out = Bench.docs(options, settings.work());
        String suffix = settings.separateMongo() ? "-mongo" : "";
        AckChart.write(result, out.resolve("benchmarks-ack" + suffix + ".png"));
        BenchmarksDoc.write(out.resolve("benchmarks.md"), "ack" + suffix,
                AckReport.markdown(result, machine, Machine.loadNow(), "benchmarks-ack" + suffix + ".png"));
        result.problems().forEach(problem -> System.out.println("  problem: " + problem));
        System.out.printf("  every target met: %s; written to %s%n", result.allMet(), out.resolve("benchmarks.md"));
        return result.allMet();
    }

    static boolean footprint(Map<String, String> options) {
        FootprintSettings settings = FootprintSettings.full(JAR, Path.of("bench/target/footprint")).with(options);
        Machine machine = Machine.now();
        System.out.printf("Footprint: %d flag sets, %d starts each (load average %s)%n", settings.flagSets().size(),
                settings.starts(), machine.loadAverage());
        FootprintResult result = FootprintBenchmark.run(settings);
        Path out = Bench.docs(options, settings.work());
        BenchmarksDoc.write(out.resolve("benchmarks.md"), "footprint" + (settings.separateMongo() ? "-mongo" : ""),
                FootprintReport.markdown(result, machine, Machine.loadNow()));
        return result.rows().stream().anyMatch(FootprintResult.Row::met);
    }

    static boolean log(Map<String, String> options) {
        LogSettings settings = LogSettings.full(JAR, Path.of("bench/target/log")).with(options);
        Machine machine = Machine.now();
        System.out.printf("Incident log: %,d entries on %s (load average %s)%n", settings.entries(),
                settings.separateMongo() ? "a separate mongo-java-server" : "the embedded store", machine.loadAverage());
        LogResult result = LogBenchmark.run(settings);
        Path out = Bench.docs(options, settings.work());
        BenchmarksDoc.write(out.resolve("benchmarks.md"), "log" + (settings.separateMongo() ? "-mongo" : ""),
                LogReport.markdown(result, machine, Machine.loadNow()));
        System.out.printf("  append p99 %.1f ms (%s), %.0f a second; verification median %.0f ms (%s)%n",
                result.appends().p99(), result.appendMet() ? "met" : "NOT MET", result.appendsPerSecond(),
                Percentiles.median(result.verifyMs()), result.verifyMet() ? "met" : "NOT MET");
        result.problems().forEach(problem -> System.out.println("  problem: " + problem));
        return result.appendMet() && result.verifyMet();
    }

    private static boolean wave(Map<String, String> options) {
        WaveSettings settings = WaveSettings.full(JAR, Path.of("bench/target/wave")).with(options);
        Machine machine = Machine.now();
        System.out.printf("Phishing wave: %d reports at %.0f/s across %d campaigns (load average %s)%n",
                settings.reports(), settings.perSecond(), settings.campaigns(), machine.loadAverage());
        WaveResult result = WaveBenchmark.run(settings);
        Path out = Bench.docs(options, settings.work());
        WaveChart.write(result, out.resolve("benchmarks-wave.png"));
        String section = WaveReport.markdown(result, machine, Machine.loadNow(), "benchmarks-wave.png");
        BenchmarksDoc.write(out.resolve("benchmarks.md"), "wave", section);
        boolean met = true;
        for (WaveTargets.Check check : WaveTargets.of(result)) {
            System.out.printf("  %-55s %-12s %s%n", check.what(), check.met() ? "met" : "NOT MET", check.measured());
            met &= check.met();
        }
        System.out.printf("  latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms; written to %s%n",
                result.latency().p50(), result.latency().p95(), result.latency().p99(), result.latency().max(),
                out.resolve("benchmarks.md"));
        result.problems().forEach(problem -> System.out.println("  problem: " + problem));
        return met;
    }
}
