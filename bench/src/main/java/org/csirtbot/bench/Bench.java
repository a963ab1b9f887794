package org.csirtbot.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmarks' command line: {@code java -jar bench/target/bench.jar <benchmark> [--name=value …]}, run from the
 * repository's root (the bot's jar at {@code bot/target/csirtbot.jar}); each writes its section of
 * {@code docs/benchmarks.md}. Exit status 0 when every target was met, 1 when one was not, 2 on bad usage.
 */
public final class Bench {

    static final String USAGE = """
            usage: java -jar bench/target/bench.jar wave [--name=value ...]
              wave   the phishing wave (issue 14): report submissions at a fixed rate across campaigns
                     --reports=10000 --rate=172 --campaigns=50 --noise-every=200 --warmups=300 --warmup-rate=20
                     --settle-seconds=30 --latency-ms=50-200 --seed=1 --bot-jvm="-Xmx576m"
                     --jar=bot/target/csirtbot.jar --work=bench/target/wave --docs=docs (--docs= : write no docs)
                     --hold-seconds=0 (keep the bot and the fake Slack running that long afterwards, for a look)
            """;

    private Bench() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || !args[0].equals("wave")) {
            System.err.print(USAGE);
            System.exit(args.length > 0 && (args[0].equals("--help") || args[0].equals("-h")) ? 0 : 2);
        }
        Map<String, String> options = options(List.of(args).subList(1, args.length));
        if (options.containsKey("help")) {
            System.out.print(USAGE);
            return;
        }
        System.exit(wave(options) ? 0 : 1);
    }

    private static boolean wave(Map<String, String> options) {
        WaveSettings settings = WaveSettings.full(Path.of("bot/target/csirtbot.jar"), Path.of("bench/target/wave"))
                .with(options);
        Machine machine = Machine.now();
        System.out.printf("Phishing wave: %d reports at %.0f/s across %d campaigns (load average %s)%n",
                settings.reports(), settings.perSecond(), settings.campaigns(), machine.loadAverage());
        WaveResult result = WaveBenchmark.run(settings);
        String docs = options.getOrDefault("docs", "docs");
        Path out = docs.isEmpty() ? settings.work() : Path.of(docs);
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

    static Map<String, String> options(List<String> args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("Options are --name=value, not " + arg + "\n" + USAGE);
            }
            int equals = arg.indexOf('=');
            options.put(equals < 0 ? arg.substring(2) : arg.substring(2, equals), equals < 0 ? "" : arg.substring(equals + 1));
        }
        return options;
    }
}
