package org.csirtbot.bench.footprint;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A footprint benchmark to run: for each JVM flag set, {@code starts} starts of the bot, each measured from
 * {@code java -jar} to health UP, then its resident memory after {@code rest} of quiet, then under a short wave of
 * {@code reports} report forms at {@code perSecond} (one campaign per 200 reports); on a separate mongo-java-server when
 * {@code separateMongo}. A flag {@code NAME=value} is an environment variable of the bot's process; {@code CDS} runs it
 * with a class data archive (harness.CdsArchive).
 */
public record FootprintSettings(List<List<String>> flagSets, int starts, Duration rest, int reports, double perSecond,
                                String latencyMs, Path jar, Path work, boolean separateMongo) {

    /** What the Helm chart gives the JVM (MaxRAMPercentage=75 of a 768 MiB limit), then what each flag saves. */
    static final String FLAG_SETS = "-Xmx576m"
            + ";-Xmx576m -XX:+UseSerialGC"
            + ";-Xmx576m -XX:TieredStopAtLevel=1"
            + ";-Xmx576m -Xss512k -XX:ReservedCodeCacheSize=64m MALLOC_ARENA_MAX=2"
            + ";-Xmx576m CDS"
            + ";-Xmx576m -Dspring.main.lazy-initialization=true"
            + ";-Xmx576m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k MALLOC_ARENA_MAX=2 CDS";

    public static FootprintSettings full(Path jar, Path work) {
        return new FootprintSettings(parse(FLAG_SETS), 3, Duration.ofSeconds(15), 3000, 172, "50-200", jar, work, false);
    }

    static FootprintSettings smoke(Path jar, Path work) {
        return new FootprintSettings(parse("-Xmx576m -XX:TieredStopAtLevel=1"), 1, Duration.ofSeconds(1), 100,
                40, "50-200", jar, work, false);
    }

    public FootprintSettings with(Map<String, String> options) {
        boolean mongo = "mongo".equals(options.getOrDefault("store", separateMongo ? "mongo" : "embedded"));
        Path folder = Path.of(options.getOrDefault("work", work.toString()));
        return new FootprintSettings(options.containsKey("flag-sets") ? parse(options.get("flag-sets")) : flagSets,
                Integer.parseInt(options.getOrDefault("starts", String.valueOf(starts))),
                options.containsKey("rest-seconds") ? Duration.ofSeconds(Long.parseLong(options.get("rest-seconds")))
                        : rest,
                Integer.parseInt(options.getOrDefault("reports", String.valueOf(reports))),
                Double.parseDouble(options.getOrDefault("rate", String.valueOf(perSecond))),
                options.getOrDefault("latency-ms", latencyMs), Path.of(options.getOrDefault("jar", jar.toString())),
                mongo ? folder.resolveSibling(folder.getFileName() + "-mongo") : folder, mongo);
    }

    static List<List<String>> parse(String flagSets) {
        return Arrays.stream(flagSets.split(";")).map(String::strip).filter(set -> !set.isEmpty())
                .map(set -> List.of(set.split("\\s+"))).toList();
    }
}
