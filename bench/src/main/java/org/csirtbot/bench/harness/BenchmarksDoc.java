package org.csirtbot.bench.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code docs/benchmarks.md}: an introduction, then one section per benchmark between markers of its own
 * ({@code <!-- bench:NAME:begin -->} … {@code <!-- bench:NAME:end -->}), so that each benchmark rewrites its own
 * section and leaves the others as they are; a new benchmark's section is added at the end.
 */
public final class BenchmarksDoc {

    /** Builds the jars; the benchmark's name follows. */
    public static final String COMMAND =
            "./mvnw -q -pl bench -am package -DskipTests && java -jar bench/target/bench.jar";

    static final String INTRODUCTION = """
            # Benchmarks

            How the packaged bot (`bot/target/csirtbot.jar`, run as users run it) holds up on its worst days, measured
            by the `bench/` module against the project's fake Slack on its own (`org.csirtbot.sandbox.StandaloneSlack`:
            Slack's rate tiers enforced, a network latency on every call), on its embedded store or, in the sections
            marked MONGODB_URI, on mongo-java-server in a process of its own. Each section below is written by its
            benchmark, with the machine it ran on; `java -jar bench/target/bench.jar all` runs them all again (README's
            "Benchmarks").
            """;

    private BenchmarksDoc() {
    }

    /** Puts {@code section} (Markdown, starting with its heading) in place of the benchmark's earlier one. */
    public static void write(Path file, String name, String section) {
        String begin = "<!-- bench:" + name + ":begin -->";
        String end = "<!-- bench:" + name + ":end -->";
        String block = begin + "\n" + section.strip() + "\n" + end + "\n";
        try {
            String doc = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : INTRODUCTION;
            int from = doc.indexOf(begin);
            int to = doc.indexOf(end);
            String updated;
            if (from >= 0 && to > from) {
                int after = to + end.length();
                after = after < doc.length() && doc.charAt(after) == '\n' ? after + 1 : after;
                updated = doc.substring(0, from) + block + doc.substring(after);
            } else {
                updated = doc.stripTrailing() + "\n\n" + block;
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, updated, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }

    /** {@code format} filled in the same way on every machine (Locale.ROOT). */
    public static String fmt(String format, Object... values) {
        return String.format(Locale.ROOT, format, values);
    }
}
