package org.csirtbot.bench.log;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.csirtbot.bench.harness.BotUnderTest;

/**
 * A log benchmark to run: one incident's log appended to {@code entries}, verified through the bot's API; another's
 * appended to {@code readEntries}, read through {@code /api/incidents/{id}/log} and {@code report.md}, each read
 * {@code reads} times; the bot with {@code jvmFlags}, its store a separate mongo-java-server when {@code separateMongo}.
 */
public record LogSettings(int entries, int readEntries, int reads, String latencyMs, Path jar, Path work,
                          List<String> jvmFlags, boolean separateMongo) {

    /** Issue 16: 100,000 entries appended and verified; the API and report.md of 10,000. */
    public static LogSettings full(Path jar, Path work) {
        return new LogSettings(100_000, 10_000, 5, "50-200", jar, work, BotUnderTest.JVM_FLAGS, false);
    }

    /** Seconds, to keep it working. */
    static LogSettings smoke(Path jar, Path work) {
        return new LogSettings(600, 200, 2, "50-200", jar, work, BotUnderTest.JVM_FLAGS, false);
    }

    public LogSettings with(Map<String, String> options) {
        boolean mongo = "mongo".equals(options.getOrDefault("store", separateMongo ? "mongo" : "embedded"));
        Path folder = Path.of(options.getOrDefault("work", work.toString()));
        return new LogSettings(Integer.parseInt(options.getOrDefault("entries", String.valueOf(entries))),
                Integer.parseInt(options.getOrDefault("read-entries", String.valueOf(readEntries))),
                Integer.parseInt(options.getOrDefault("reads", String.valueOf(reads))),
                options.getOrDefault("latency-ms", latencyMs), Path.of(options.getOrDefault("jar", jar.toString())),
                mongo ? folder.resolveSibling(folder.getFileName() + "-mongo") : folder,
                options.containsKey("bot-jvm") ? List.of(options.get("bot-jvm").trim().split("\\s+")) : jvmFlags,
                mongo);
    }
}
