package org.csirtbot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.csirtbot.incident.DeclareIncident;
import org.csirtbot.incident.IncidentDeclaration;
import org.csirtbot.incident.Severity;
import org.csirtbot.incident.Tlp;
import org.csirtbot.report.Report;
import org.csirtbot.report.ReportCategory;
import org.csirtbot.report.ReportIntake;
import org.csirtbot.report.SubmitReport;
import org.csirtbot.testkit.TestBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The bot as a newcomer first runs it: no Slack tokens (so the sandbox stands in for Slack), no MongoDB, no API
 * token. It starts, is healthy, and a restart on the same data directory keeps every report, incident and log entry.
 */
class EmbeddedStoreRestartIntegrationTests {

    @TempDir
    Path data;

    @Test
    void startsWithoutSlackAndKeepsItsDataAcrossARestart() {
        String reportId;
        String incidentId;
        try (ConfigurableApplicationContext first = start(false)) {
            int port = port(first);
            assertThat(TestBot.api(TestBot.managementPort(first), "/actuator/health", null).body().path("status").asText()).isEqualTo("UP");
            assertThat(TestBot.api(port, "/api/incidents", null).status()).isEqualTo(404);
            // no Slack tokens: the bot talks to the sandbox's workspace instead of Slack
            assertThat(TestBot.api(port, "/sandbox/api/state", null).body().path("channels").findValues("name"))
                    .extracting(JsonNode::asText).contains("csirt-triage");

            Report report = first.getBean(ReportIntake.class).submit(new SubmitReport("restart-1", "UEMP1",
                    ReportCategory.LOST_DEVICE, "Left my laptop on the train 🚆", "yesterday", "laptop", List.of()));
            reportId = report.id();
            incidentId = first.getBean(IncidentDeclaration.class).declare(new DeclareIncident(
                    DeclareIncident.keyForReport(reportId), "Lost laptop", Severity.S3, ReportCategory.LOST_DEVICE,
                    Tlp.AMBER, false, "UCSIRT1", reportId, false)).incident().id();
        }

        try (ConfigurableApplicationContext second = start(true)) {
            int port = port(second);
            JsonNode report = TestBot.api(port, "/api/reports/" + reportId).body();
            assertThat(report.path("description").asText()).isEqualTo("Left my laptop on the train 🚆");
            assertThat(report.path("status").asText()).isEqualTo("ATTACHED");
            JsonNode incident = TestBot.api(port, "/api/incidents/" + incidentId).body();
            assertThat(incident.path("title").asText()).isEqualTo("Lost laptop");
            // the first run's entries, in order; recovery then finishes the incident's room in the sandbox (its
            // declaration opened none), so the room's own entries may follow at any moment
            assertThat(TestBot.api(port, "/api/incidents/" + incidentId + "/log").body().findValues("kind"))
                    .extracting(JsonNode::asText).startsWith("reported", "declared");
            String next = second.getBean(ReportIntake.class).submit(new SubmitReport("restart-2", "UEMP1",
                    ReportCategory.OTHER, "x", "y", "z", List.of())).id();
            assertThat(next).isNotEqualTo(reportId).endsWith("000002");
        }
    }

    private ConfigurableApplicationContext start(boolean api) {
        List<String> arguments = new java.util.ArrayList<>(List.of("--server.port=0", "--management.server.port=0",
                "--csirtbot.storage.data-dir=" + data,
                "--slack.bot-token=", "--slack.signing-secret=", "--slack.app-token="));
        if (api) {
            arguments.addAll(List.of(TestBot.apiClientArguments()));
        }
        return new SpringApplicationBuilder(CsirtbotApplication.class).run(arguments.toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
