package org.csirtbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.csirtbot.storage.IncidentDocument;
import org.csirtbot.storage.IncidentStore;
import org.csirtbot.storage.ReportDocument;
import org.csirtbot.storage.ReportStore;
import org.csirtbot.testkit.BotIntegrationTest;
import org.csirtbot.testkit.TestBot;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The API's clients and scopes over real HTTP: the reader ({@code CSIRTBOT_API_TOKEN}, scope read), the auditor (every
 * scope) and counsel (legal-hold only) of {@link TestBot#apiClients()}, on incidents of 2002 that no other test uses:
 * one AMBER, one confidential, one RED, one AMBER+STRICT.
 */
@BotIntegrationTest
class ApiClientsIntegrationTests {

    private static final String PLAIN = "INC-2002-0001";
    private static final List<String> RESTRICTED = List.of("INC-2002-0002", "INC-2002-0003", "INC-2002-0004");

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;
    @Autowired
    IncidentStore incidents;
    @Autowired
    ReportStore reports;

    @BeforeEach
    void store2002() {
        store(PLAIN, "AMBER", false);
        store("INC-2002-0002", "GREEN", true);
        store("INC-2002-0003", "RED", false);
        store("INC-2002-0004", "AMBER+STRICT", false);
        report("RPT-2002-000001", PLAIN);
        report("RPT-2002-000002", "INC-2002-0002");
    }

    @Test
    void theTokenReadsOnlyIncidentsThatAreNotRestrictedAndReportsWithoutTheirWords() {
        assertThat(ids(TestBot.READER_TOKEN)).contains(PLAIN).doesNotContainAnyElementsOf(RESTRICTED);
        assertThat(ids(TestBot.API_TOKEN)).contains(PLAIN).containsAll(RESTRICTED);
        for (String id : RESTRICTED) {
            for (String path : List.of("", "/log", "/log/verify", "/report.md", "/after-action.md")) {
                var answer = TestBot.get(port, "/api/incidents/" + id + path, TestBot.READER_TOKEN);
                assertThat(answer.statusCode()).as(id + path).isEqualTo(404);
                assertThat(answer.body()).as(id + path).doesNotContain("Secret 2002");
            }
            assertThat(TestBot.get(port, "/api/incidents/" + id + "/report.md", TestBot.API_TOKEN).statusCode())
                    .isEqualTo(200);
        }
        assertThat(TestBot.api(port, "/api/incidents/" + PLAIN, TestBot.READER_TOKEN).body().path("title").asText())
                .isEqualTo("Secret 2002 " + PLAIN);

        var withoutWords = TestBot.api(port, "/api/reports/RPT-2002-000001", TestBot.READER_TOKEN);
        assertThat(withoutWords.status()).isEqualTo(200);
        assertThat(withoutWords.body().path("incidentId").asText()).isEqualTo(PLAIN);
        assertThat(withoutWords.body().toString()).doesNotContain("U_REPORTER_2002", "my manager's mail");
        assertThat(TestBot.api(port, "/api/reports/RPT-2002-000002", TestBot.READER_TOKEN).status()).isEqualTo(404);
        var whole = TestBot.api(port, "/api/reports/RPT-2002-000002", TestBot.API_TOKEN).body();
        assertThat(whole.path("reporterId").asText()).isEqualTo("U_REPORTER_2002");
        assertThat(whole.path("description").asText()).contains("my manager's mail");
    }

    @Test
    void eachClientDoesOnlyWhatItsScopesSay() {
        var counselReads = TestBot.api(port, "/api/incidents", TestBot.COUNSEL_TOKEN);
        assertThat(counselReads.status()).isEqualTo(403);
        assertThat(counselReads.body().path("error").asText()).contains("counsel", "read");
        var readerHolds = org.csirtbot.testkit.ApiWrites.post(port, "/api/incidents/" + PLAIN + "/legal-hold",
                "{\"hold\":true,\"reason\":\"Litigation\"}", TestBot.READER_TOKEN);
        assertThat(readerHolds.status()).isEqualTo(403);
        assertThat(readerHolds.body().path("error").asText()).contains("legal-hold");
        assertThat(TestBot.api(port, "/api/incidents/" + PLAIN).body().path("retention").path("legalHold").asBoolean())
                .isFalse();
    }

    @Test
    void anAddressThatFailsTooOftenIsAnsweredTooManyRequestsAndEachFailureIsCounted() throws IOException {
        String address = "127.0.0.42";
        for (int i = 0; i < 50; i++) {
            assertThat(getFrom(address, "wrong-secret-" + i).status()).isEqualTo(401);
        }

        Answer throttled = getFrom(address, "wrong-secret-again");
        Answer evenTheRightOne = getFrom(address, TestBot.API_TOKEN);

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(Integer.parseInt(throttled.retryAfter())).isBetween(1, 61);
        assertThat(evenTheRightOne.status()).isEqualTo(429);
        // another address is not held up by this one
        assertThat(getFrom("127.0.0.43", TestBot.API_TOKEN).status()).isEqualTo(200);
        String metrics = TestBot.text(managementPort, "/actuator/prometheus");
        assertThat(metrics).containsPattern("csirtbot_api_auth_failures_total\\{[^}]*reason=\"invalid\"[^}]*\\} [1-9]")
                .containsPattern("csirtbot_api_auth_failures_total\\{[^}]*reason=\"throttled\"[^}]*\\} [1-9]")
                .doesNotContain(address);
    }

    private List<String> ids(String token) {
        return TestBot.api(port, "/api/incidents", token).body().findValuesAsText("id");
    }

    private record Answer(int status, String retryAfter) {
    }

    /** A GET of {@code /api/incidents} over a plain socket from {@code address} (a loopback address of its own). */
    private Answer getFrom(String address, String token) throws IOException {
        try (Socket socket = new Socket()) {
            try {
                socket.bind(new InetSocketAddress(address, 0));
            } catch (java.net.BindException noSuchAddress) {
                // Linux answers on all of 127.0.0.0/8; macOS only on 127.0.0.1 unless told (ifconfig lo0 alias)
                Assumptions.assumeTrue(false, "no loopback address " + address + " on this system");
            }
            socket.connect(new InetSocketAddress("127.0.0.1", port));
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/incidents HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String head = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r\n\r\n", 2)[0];
            String retryAfter = head.lines().filter(l -> l.toLowerCase().startsWith("retry-after:"))
                    .map(l -> l.substring(12).strip()).findFirst().orElse(null);
            return new Answer(Integer.parseInt(head.split(" ")[1]), retryAfter);
        }
    }

    private void store(String id, String tlp, boolean confidential) {
        Instant at = Instant.parse("2002-06-01T00:00:00Z");
        incidents.insertOnce(new IncidentDocument(id, "clients-test:" + id, "Secret 2002 " + id, "S3", "malware", tlp,
                confidential, "triage", "U_COMMANDER", "U_COMMANDER", at, null, new ArrayList<>(), false, null,
                List.of(new IncidentDocument.Phase("triage", at, null)), List.of(), IncidentDocument.Closure.none(),
                IncidentDocument.Retention.none()));
    }

    private void report(String id, String incidentId) {
        Instant at = Instant.parse("2002-06-01T00:00:00Z");
        reports.insertOnce(new ReportDocument(id, "clients-test:" + id, "U_REPORTER_2002", "malware",
                "A strange attachment in my manager's mail", "today", "mail", List.of(), "attached", at, null, null,
                incidentId, "U_COMMANDER", null, at));
    }
}
