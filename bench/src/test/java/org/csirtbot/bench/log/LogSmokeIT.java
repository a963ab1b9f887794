package org.csirtbot.bench.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.csirtbot.bench.harness.BenchmarksDoc;
import org.csirtbot.bench.harness.Machine;

/**
 * The log benchmark in small (600 entries appended and verified, 200 read through the API and report.md), on the
 * packaged jar, so that it keeps working: the log intact and whole, every read answered. No timing is checked here.
 */
class LogSmokeIT {

    @Test
    void aLogAppendedInTheHarnessIsIntactAndReadableThroughTheBot() {
        Path jar = Path.of(System.getProperty("csirtbot.jar", "../bot/target/csirtbot.jar")).toAbsolutePath();
        Path work = Path.of(System.getProperty("bench.work", "target/smoke")).toAbsolutePath().resolve("log");

        LogResult result = LogBenchmark.run(LogSettings.smoke(jar, work));

        assertThat(result.problems()).isEmpty();
        assertThat(result.appends().count()).isEqualTo(600);
        assertThat(result.verifiedValid()).isTrue();
        assertThat(result.verifiedEntries()).as("the bot appended nothing of its own at start").isEqualTo(600);
        assertThat(result.logBytes()).as("entries in /log").isEqualTo(200);
        assertThat(result.reportBytes()).isPositive();
        assertThat(result.stretches()).hasSize(10);
        BenchmarksDoc.write(work.resolve("benchmarks.md"), "log", LogReport.markdown(result, Machine.now(),
                Machine.loadNow()));
        assertThat(work.resolve("benchmarks.md")).content().contains("## Incident log", "| append, p99");
    }
}
