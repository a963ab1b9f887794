package org.csirtbot.bench.ack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.csirtbot.bench.harness.BenchmarksDoc;
import org.csirtbot.bench.harness.Machine;

/**
 * A few seconds of the ack benchmark on the packaged jar and the bare Bolt app (20 and 40 requests a second, 2 s
 * each), so that it keeps working: every request of every kind answered HTTP 200 by both, the section and the chart
 * written. No timing is checked here: that is the full run's job, on a quiet machine.
 */
class AckSmokeIT {

    @Test
    void bothAppsAnswerEveryKindAndTheSectionIsWritten() {
        Path jar = Path.of(System.getProperty("csirtbot.jar", "../bot/target/csirtbot.jar")).toAbsolutePath();
        Path work = Path.of(System.getProperty("bench.work", "target/smoke")).toAbsolutePath().resolve("ack");
        assertThat(jar).as("the bot's jar, built by the reactor before this module").isRegularFile();

        AckResult result = AckBenchmark.run(AckSettings.smoke(jar, work));

        assertThat(result.failed()).as("answers other than HTTP 200; problems: %s", result.problems()).isZero();
        for (double rate : result.settings().perSecond()) {
            for (AckMix.Kind kind : AckMix.Kind.values()) {
                assertThat(result.row(rate, AckResult.BOT, kind).latency().count()).as("%s at %s/s", kind, rate)
                        .isEqualTo(result.row(rate, AckResult.BARE, kind).latency().count()).isPositive();
            }
        }
        assertThat(result.problems()).as("the click acts on a report the bot has").noneMatch(p -> p.contains("first"));
        AckChart.write(result, work.resolve("benchmarks-ack.png"));
        BenchmarksDoc.write(work.resolve("benchmarks.md"), "ack",
                AckReport.markdown(result, Machine.now(), Machine.loadNow(), "benchmarks-ack.png"));
        assertThat(work.resolve("benchmarks-ack.png")).isNotEmptyFile();
        assertThat(work.resolve("benchmarks.md")).content().contains("## Acknowledgement latency", "| 40/s | /report |");
    }
}
