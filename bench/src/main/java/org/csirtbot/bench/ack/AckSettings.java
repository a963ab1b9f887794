package org.csirtbot.bench.ack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.csirtbot.bench.harness.BotUnderTest;

/**
 * An ack benchmark to run: for each rate in {@code perSecond}, {@code length} of the four kinds mixed (open loop),
 * first to the bare Bolt app, then to the bot, {@code settle} of quiet after each; before them a warm-up of
 * {@code warmup} at the first rate to each (excluded). The fake Slack answers after {@code latencyMs}; the bot and the
 * bare app run with {@code jvmFlags}; the bot's store is a separate mongo-java-server when {@code separateMongo}.
 */
public record AckSettings(List<Double> perSecond, Duration length, Duration warmup, Duration settle, String latencyMs,
                          long seed, Path jar, Path work, List<String> jvmFlags, boolean separateMongo) {

    /** Issue 16: 50, 100 and 200 a second for 60 s each, after 20 s of warm-up. */
    public static AckSettings full(Path jar, Path work) {
        return new AckSettings(List.of(50.0, 100.0, 200.0), Duration.ofSeconds(60), Duration.ofSeconds(20),
                Duration.ofSeconds(10), "50-200", 1, jar, work, BotUnderTest.JVM_FLAGS, false);
    }

    /** A few seconds that keep the benchmark working. */
    static AckSettings smoke(Path jar, Path work) {
        return new AckSettings(List.of(20.0, 40.0), Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(1),
                "50-200", 1, jar, work, BotUnderTest.JVM_FLAGS, false);
    }

    public AckSettings with(Map<String, String> options) {
        return new AckSettings(
                options.containsKey("rates") ? Arrays.stream(options.get("rates").split(",")).map(String::strip)
                        .map(Double::valueOf).toList() : perSecond,
                seconds(options, "seconds", length), seconds(options, "warmup-seconds", warmup),
                seconds(options, "settle-seconds", settle), options.getOrDefault("latency-ms", latencyMs),
                Long.parseLong(options.getOrDefault("seed", String.valueOf(seed))),
                Path.of(options.getOrDefault("jar", jar.toString())),
                Path.of(options.getOrDefault("work", work.toString())),
                options.containsKey("bot-jvm") ? List.of(options.get("bot-jvm").trim().split("\\s+")) : jvmFlags,
                "mongo".equals(options.getOrDefault("store", separateMongo ? "mongo" : "embedded")));
    }

    public AckSettings withSeparateMongo(boolean mongo) {
        return new AckSettings(perSecond, length, warmup, settle, latencyMs, seed, jar,
                work.resolveSibling(work.getFileName() + (mongo ? "-mongo" : "")), jvmFlags, mongo);
    }

    private static Duration seconds(Map<String, String> options, String name, Duration otherwise) {
        return options.containsKey(name) ? Duration.ofSeconds(Long.parseLong(options.get(name))) : otherwise;
    }
}
