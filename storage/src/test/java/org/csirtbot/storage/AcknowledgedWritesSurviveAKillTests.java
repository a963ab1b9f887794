package org.csirtbot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.csirtbot.storage.embedded.EmbeddedMongo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What a SIGKILL leaves behind is the store's file as it is at that moment (the kernel keeps what the
 * process wrote). So the file is copied while the bot still runs, right after writes were acknowledged, and
 * a second bot is started on the copy: it must find every acknowledged write and hand no number out again.
 * Before each command was committed (H2 commits about once a second by itself) the copy lacked the last of them.
 */
class AcknowledgedWritesSurviveAKillTests {

    @TempDir
    Path running;

    @TempDir
    Path killed;

    @Test
    void everyAcknowledgedWriteIsInTheFileTheMomentItIsAcknowledged() throws IOException {
        try (ConfigurableApplicationContext bot = start(running)) {
            ReportStore reports = bot.getBean(ReportStore.class);
            ReportDocument report = reports.insertOnce(ReportStoreTests.report("sub-1", "CEO fraud"));
            reports.recordTriagePost(report.id(), "C_TRIAGE", "1710406800.000100");
            bot.getBean(IncidentStore.class).insertOnce(
                    IncidentStoreTests.incident("INC-1", "decl-1", "CEO fraud", IncidentStoreTests.MONDAY));
            bot.getBean(IncidentLogStore.class).append("INC-1", "U_DECLARER", "declared", Map.of("severity", "high"));
            long counted = bot.getBean(Counters.class).next("report-2026");

            copyTheFileAsAKillWouldLeaveIt();

            try (ConfigurableApplicationContext restarted = start(killed)) {
                assertThat(restarted.getBean(ReportStore.class).findById(report.id()))
                        .hasValueSatisfying(stored -> assertThat(stored.triageTs()).isEqualTo("1710406800.000100"));
                assertThat(restarted.getBean(IncidentStore.class).findById("INC-1")).isPresent();
                assertThat(restarted.getBean(IncidentLogStore.class).entries("INC-1")).hasSize(1);
                assertThat(restarted.getBean(Counters.class).next("report-2026")).isEqualTo(counted + 1);
            }
        }
    }

    @Test
    void numbersHandedOutByWritersRacingEachOtherAreNeverHandedOutAgainAfterAKill() throws Exception {
        try (ConfigurableApplicationContext bot = start(running)) {
            List<Long> handedOut = CountersTests.handOutConcurrently(bot.getBean(Counters.class), "report-2026", 8, 25);

            copyTheFileAsAKillWouldLeaveIt();

            try (ConfigurableApplicationContext restarted = start(killed)) {
                assertThat(handedOut).doesNotHaveDuplicates().hasSize(200);
                assertThat(restarted.getBean(Counters.class).next("report-2026")).isEqualTo(201);
            }
        }
    }

    private void copyTheFileAsAKillWouldLeaveIt() throws IOException {
        Files.copy(running.resolve(EmbeddedMongo.FILE_NAME), killed.resolve(EmbeddedMongo.FILE_NAME));
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(StorageTestApplication.class)
                .web(WebApplicationType.NONE)
                .properties("csirtbot.storage.data-dir=" + dataDir)
                .run();
    }
}
