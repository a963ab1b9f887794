package org.csirtbot.bench.footprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.csirtbot.bench.harness.BenchmarksDoc;
import org.csirtbot.bench.harness.Machine;

/**
 * One start of the footprint benchmark (one flag set, 100 reports), so that it keeps working: the start timed, the
 * memory read at rest and under the wave, every report answered with its ID. No timing or size is checked here.
 */
class FootprintSmokeIT {

    @Test
    void oneStartIsTimedAndItsMemoryRead() {
        Path jar = Path.of(System.getProperty("csirtbot.jar", "../bot/target/csirtbot.jar")).toAbsolutePath();
        Path work = Path.of(System.getProperty("bench.work", "target/smoke")).toAbsolutePath().resolve("footprint");

        FootprintResult result = FootprintBenchmark.run(FootprintSettings.smoke(jar, work));

        FootprintResult.Row row = result.rows().get(0);
        assertThat(row.ready()).isPositive();
        assertThat(row.rest()).isPositive();
        assertThat(row.wave()).isPositive();
        assertThat(row.named()).isEqualTo(row.sent()).isEqualTo(100);
        BenchmarksDoc.write(work.resolve("benchmarks.md"), "footprint",
                FootprintReport.markdown(result, Machine.now(), Machine.loadNow()));
        assertThat(work.resolve("benchmarks.md")).content().contains("## Footprint", "-XX:TieredStopAtLevel=1");
    }
}
