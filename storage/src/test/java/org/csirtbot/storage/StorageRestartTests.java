package org.csirtbot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.csirtbot.storage.embedded.EmbeddedMongo;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.csirtbot.storage.IncidentDocument.Room;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The embedded store keeps what was written when the bot is stopped and started again. */
class StorageRestartTests {

    @TempDir
    Path dataDir;

    @Test
    void everythingStoredBeforeAStopIsReadBackUnchangedAfterAStart() {
        ReportDocument report;
        IncidentDocument incident;
        List<LogEntryDocument> log;
        try (ConfigurableApplicationContext bot = start()) {
            ReportStore reports = bot.getBean(ReportStore.class);
            IncidentStore incidents = bot.getBean(IncidentStore.class);
            IncidentLogStore incidentLog = bot.getBean(IncidentLogStore.class);

            String reportId = reports.insertOnce(ReportStoreTests.report("sub-1", "CEO fraud call")).id();
            reports.recordTriagePost(reportId, "C_TRIAGE", "1710406800.000100");
            incidents.insertOnce(IncidentStoreTests.incident("INC-1", "decl-1", "CEO fraud",
                    IncidentStoreTests.MONDAY));
            incidents.recordRoom("INC-1", IncidentStoreTests.completeRoom("C_INC1"));
            incidents.addReport("INC-1", reportId, null);
            reports.attach(reportId, "INC-1", "U_HANDLER", Instant.parse("2025-03-14T10:00:00Z"));
            incidentLog.append("INC-1", "U_DECLARER", "declared", Map.of("severity", "high"));
            incidentLog.append("INC-1", "U_COMMANDER", "note", Map.of("text", "bank informed"));

            report = reports.findById(reportId).orElseThrow();
            incident = incidents.findById("INC-1").orElseThrow();
            log = incidentLog.entries("INC-1");
        }

        assertThat(dataDir.resolve(EmbeddedMongo.FILE_NAME)).isNotEmptyFile();
        try (ConfigurableApplicationContext bot = start()) {
            assertThat(bot.getBean(ReportStore.class).findById(report.id())).contains(report);
            assertThat(bot.getBean(IncidentStore.class).findById("INC-1")).contains(incident);
            assertThat(bot.getBean(IncidentStore.class).findByChannel("C_INC1")).contains(incident);
            assertThat(bot.getBean(IncidentLogStore.class).entries("INC-1")).hasSize(2).isEqualTo(log);
        }
        assertThat(report.status()).isEqualTo("attached");
        assertThat(incident.reportIds()).contains(report.id());
        assertThat(incident.room()).extracting(Room::complete).isEqualTo(true);
    }

    @Test
    void afterARestartNumbersAndKeysAreNotHandedOutAgain() {
        ReportDocument report;
        try (ConfigurableApplicationContext bot = start()) {
            bot.getBean(Counters.class).next("incident");
            bot.getBean(Counters.class).next("incident");
            bot.getBean(IncidentLogStore.class).append("INC-1", "U_A", "declared", Map.of());
            report = bot.getBean(ReportStore.class).insertOnce(ReportStoreTests.report("sub-1", "first"));
        }

        try (ConfigurableApplicationContext bot = start()) {
            assertThat(bot.getBean(Counters.class).next("incident")).isEqualTo(3);
            assertThat(bot.getBean(IncidentLogStore.class).append("INC-1", "U_A", "note", Map.of()).seq())
                    .isEqualTo(2);
            assertThat(bot.getBean(ReportStore.class).insertOnce(ReportStoreTests.report("sub-1", "retried")))
                    .isEqualTo(report);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(StorageTestApplication.class)
                .web(WebApplicationType.NONE)
                .properties("csirtbot.storage.data-dir=" + dataDir)
                .run();
    }
}
