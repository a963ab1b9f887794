package org.csirtbot.bench.wave;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.csirtbot.bench.harness.BenchmarksDoc;
import org.csirtbot.bench.harness.Machine;

/**
 * A short phishing wave on the packaged jar (200 reports in 5 s across 5 campaigns, 4 noise reports), so that the
 * benchmark keeps working: every submission answered with its report ID, none lost, no 429, one triage message per
 * campaign and noise report, the triage channel showing every report. No timing is checked here: that is the full
 * run's job (docs/benchmarks.md), on a quiet machine.
 */
class WaveSmokeIT {

    @Test
    void aShortWaveLosesNothingAndShowsEveryReportInOneMessagePerCampaign() {
        Path jar = Path.of(System.getProperty("csirtbot.jar", "../bot/target/csirtbot.jar")).toAbsolutePath();
        Path work = Path.of(System.getProperty("bench.work", "target/smoke")).toAbsolutePath();
        assertThat(jar).as("the bot's jar, built by the reactor before this module").isRegularFile();

        WaveResult result = WaveBenchmark.run(WaveSettings.smoke(jar, work));

        List<WaveTargets.Check> missed = WaveTargets.of(result).stream().filter(c -> !c.timing() && !c.met()).toList();
        assertThat(missed).as("targets that do not depend on the machine; problems: %s", result.problems()).isEmpty();
        assertThat(result.acknowledged()).isEqualTo(200);
        assertThat(result.campaigns()).isEqualTo(result.campaignsUsed()).isEqualTo(5);
        assertThat(result.triagePosts()).isEqualTo(5 + 4);
        assertThat(result.timeline()).isNotEmpty();

        WaveChart.write(result, work.resolve("benchmarks-wave.png"));
        BenchmarksDoc.write(work.resolve("benchmarks.md"), "wave",
                WaveReport.markdown(result, Machine.now(), Machine.loadNow(), "benchmarks-wave.png"));
        assertThat(work.resolve("benchmarks-wave.png")).isNotEmptyFile();
        assertThat(work.resolve("benchmarks.md")).content().contains("## Phishing wave", "| reports lost");
        assertThat(Files.exists(work.resolve("logs").resolve("bot.log"))).isTrue();
    }
}
