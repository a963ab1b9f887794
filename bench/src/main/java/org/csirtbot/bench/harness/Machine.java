package org.csirtbot.bench.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The machine a benchmark ran on, as the results must say: CPU, cores, memory, JDK, system and its load. */
public record Machine(String cpu, int cores, long memoryMb, String jdk, String os, String loadAverage) {

    public static Machine now() {
        return new Machine(firstValue(Path.of("/proc/cpuinfo"), "model name"),
                Runtime.getRuntime().availableProcessors(), readMemoryMb(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                        + System.getProperty("os.arch") + ")", loadNow());
    }

    /** The 1, 5 and 15-minute load averages (/proc/loadavg), or "unknown". */
    public static String loadNow() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static long readMemoryMb() {
        String total = firstValue(Path.of("/proc/meminfo"), "MemTotal");
        try {
            return Long.parseLong(total.replaceAll("\\D", "")) / 1024;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String firstValue(Path file, String key) {
        try {
            List<String> lines = Files.readAllLines(file);
            return lines.stream().filter(l -> l.startsWith(key)).map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
