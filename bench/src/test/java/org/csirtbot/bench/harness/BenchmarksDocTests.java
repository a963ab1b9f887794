package org.csirtbot.bench.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/benchmarks.md: each benchmark rewrites its own section and leaves the rest, hand-written notes included. */
class BenchmarksDocTests {

    @TempDir
    Path docs;

    @Test
    void eachBenchmarkReplacesOnlyItsOwnSection() throws Exception {
        Path file = docs.resolve("benchmarks.md");

        BenchmarksDoc.write(file, "wave", "## Phishing wave\n\nfirst run\n");
        Files.writeString(file, Files.readString(file) + "\n## Notes\n\nwritten by hand\n");
        BenchmarksDoc.write(file, "ack", "## Acknowledgement latency\n\nack run\n");
        BenchmarksDoc.write(file, "wave", "## Phishing wave\n\nsecond run\n");

        String doc = Files.readString(file);
        assertThat(doc).startsWith("# Benchmarks\n");
        assertThat(doc).contains("second run").doesNotContain("first run");
        assertThat(doc).contains("written by hand").contains("ack run");
        assertThat(doc.indexOf("second run")).as("in its place").isLessThan(doc.indexOf("written by hand"));
        assertThat(doc.indexOf("written by hand")).isLessThan(doc.indexOf("ack run"));
        assertThat(doc.split("bench:wave:begin", -1)).hasSize(2);
    }
}
