package org.csirtbot.bench.wave;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.csirtbot.bench.harness.BotUnderTest;

/**
 * A phishing wave to run: {@code reports} submissions at {@code perSecond} across {@code campaigns} campaigns, one in
 * {@code noiseEvery} an unrelated report; before it a warm-up (excluded) of {@code warmups} reports of one mail at
 * {@code warmupPerSecond}, then {@code settle} of quiet; the triage channel watched for {@code reflectWithin} after the
 * last submission. The fake Slack answers after {@code latencyMs} ("MIN-MAX"); the bot runs with {@code botJvmFlags};
 * both are kept running for {@code hold} after the run, for a look at them.
 */
public record WaveSettings(int reports, double perSecond, int campaigns, int noiseEvery, int warmups,
                           double warmupPerSecond, Duration settle, Duration reflectWithin, String latencyMs, long seed,
                           Path jar, Path work, List<String> botJvmFlags, Duration hold) {

    /**
     * The full wave of issue 14: 10,000 reports within 60 s across 50 campaigns, 1 in 200 noise; sent at 172 a second
     * (58 s), a little above the 170 a second the bot must answer, so that keeping up shows as 170 or more.
     */
    public static WaveSettings full(Path jar, Path work) {
        return new WaveSettings(10_000, 172, 50, 200, 300, 20, Duration.ofSeconds(30), Duration.ofSeconds(120),
                "50-200", 1, jar, work, BotUnderTest.JVM_FLAGS, Duration.ZERO);
    }

    /** A short run that keeps the benchmark working: 200 reports in 5 s across 5 campaigns, 1 in 50 noise. */
    static WaveSettings smoke(Path jar, Path work) {
        return new WaveSettings(200, 40, 5, 50, 20, 10, Duration.ZERO, Duration.ofSeconds(120), "50-200", 1, jar,
                work, BotUnderTest.JVM_FLAGS, Duration.ZERO);
    }

    /** These settings with the options given as {@code --name=value} (reports, rate, campaigns, noise-every, …). */
    public WaveSettings with(Map<String, String> options) {
        return new WaveSettings(
                Integer.parseInt(options.getOrDefault("reports", String.valueOf(reports))),
                Double.parseDouble(options.getOrDefault("rate", String.valueOf(perSecond))),
                Integer.parseInt(options.getOrDefault("campaigns", String.valueOf(campaigns))),
                Integer.parseInt(options.getOrDefault("noise-every", String.valueOf(noiseEvery))),
                Integer.parseInt(options.getOrDefault("warmups", String.valueOf(warmups))),
                Double.parseDouble(options.getOrDefault("warmup-rate", String.valueOf(warmupPerSecond))),
                Duration.ofSeconds(Long.parseLong(options.getOrDefault("settle-seconds",
                        String.valueOf(settle.toSeconds())))),
                reflectWithin, options.getOrDefault("latency-ms", latencyMs),
                Long.parseLong(options.getOrDefault("seed", String.valueOf(seed))),
                Path.of(options.getOrDefault("jar", jar.toString())), Path.of(options.getOrDefault("work", work.toString())),
                options.containsKey("bot-jvm") ? List.of(options.get("bot-jvm").trim().split("\\s+")) : botJvmFlags,
                Duration.ofSeconds(Long.parseLong(options.getOrDefault("hold-seconds", String.valueOf(hold.toSeconds())))));
    }

    /** How long the submissions take: the last is due at (reports - 1) / perSecond. */
    Duration waveLength() {
        return Duration.ofNanos((long) ((reports - 1) * 1e9 / perSecond));
    }
}
