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
            usage: java -jar bench/target/bench.jar <benchmark> [--name=value ...]
              all        every benchmark below, ack, footprint and log also with --store=mongo (about an hour)
              wave       the phishing wave (issue 14): report submissions at a fixed rate across campaigns
                         --reports=10000 --rate=172 --campaigns=50 --noise-every=200 --warmups=300 --warmup-rate=20
                         --settle-seconds=30 --hold-seconds=0 (keep the processes running that long afterwards)
              ack        ack latency of /report, a triage click, a form and an event, the bot against bare Bolt
                         --rates=50,100,200 --seconds=60 --warmup-seconds=20 --settle-seconds=10
              footprint  time to ready and resident memory (at rest, under a short wave) for each JVM flag set
                         --flag-sets="-Xmx576m;-Xmx576m -XX:TieredStopAtLevel=1" --starts=3 --reports=3000 --rate=172
              log        one incident's log: appends to --entries=100000, its verification, and the log's API and
                         report.md at --read-entries=10000
            ack, footprint, log: --store=embedded|mongo (MONGODB_URI to a separate mongo-java-server process)
            every benchmark: --latency-ms=50-200 --jar=bot/target/csirtbot.jar --work=bench/target/<benchmark>
                         --docs=docs (--docs= : write no docs); wave and ack: --seed=1; all but footprint:
                         --bot-jvm="-Xmx576m" (a NAME=value flag is the bot's environment, CDS class data sharing)
            """;

    private Bench() {
    }

    public static void main(String[] args) {
        List<String> names = List.of("all", "wave", "ack", "footprint", "log");
        if (args.length == 0 || !names.contains(args[0])) {
            boolean help = args.length > 0 && (args[0].equals("--help") || args[0].equals("-h"));
            (help ? System.out : System.err).print(USAGE);
            System.exit(help ? 0 : 2);
        }
        Map<String, String> options = options(List.of(args).subList(1, args.length));
        if (options.containsKey("help")) {
            System.out.print(USAGE);
            return;
        }
        System.exit(BenchRuns.run(args[0], options) ? 0 : 1);
    }

    /** Where the docs go: {@code --docs} (default docs), or the work folder when it is empty. */
    static Path docs(Map<String, String> options, Path work) {
        String docs = options.getOrDefault("docs", "docs");
        return docs.isEmpty() ? work : Path.of(docs);
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
