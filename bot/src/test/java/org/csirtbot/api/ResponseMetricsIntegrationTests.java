package org.csirtbot.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csirtbot.testkit.TestBot.READER_TOKEN;
import static org.csirtbot.testkit.TestBot.RESPONDER;

import java.time.Instant;

import org.csirtbot.testkit.DeclaredIncident;
import org.csirtbot.testkit.Forms;
import org.csirtbot.testkit.SlackJourneyTest;
import org.csirtbot.testkit.TestBot;
import org.csirtbot.testkit.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code /api/metrics} with the response's quality, for an incident declared S3 and raised to S1 on a day of 2005 no
 * other test uses: severity declared versus now, time to the first executive briefing (a decision put to an executive),
 * and the sections for regulators, playbooks, false positives and CSF outcomes, present when empty.
 */
class ResponseMetricsIntegrationTests extends SlackJourneyTest {

    private final TestClock clock = TestClock.shared();

    @AfterEach
    void releaseTheClock() {
        clock.release();
    }

    @Test
    void anIncidentRaisedFromS3ToS1IsCountedAsRaisedWithTheSectionsOfTheResponse() {
        Instant t0 = Instant.parse("2005-03-01T01:00:00Z");
        clock.set(t0);
        DeclaredIncident incident = DeclaredIncident.declare(port, slack, RESPONDER,
                Forms.declaration("Ransomware note on a laptop", "S3", "malware", "AMBER", false, false));
        clock.set(t0.plusSeconds(600));
        assertThat(incident.run(RESPONDER, "severity S1 The file server is encrypted too")).contains("S1");

        JsonNode m = TestBot.api(port, "/api/metrics?from=2005-03-01&to=2005-03-01", READER_TOKEN).body();

        assertThat(m.path("incidents").asInt()).isEqualTo(1);
        JsonNode severity = m.path("response").path("severity");
        assertThat(severity.path("declaredToFinal").path("S3→S1").asInt()).isEqualTo(1);
        assertThat(severity.path("raised").asInt()).isEqualTo(1);
        assertThat(severity.path("lowered").asInt()).isZero();
        assertThat(m.path("times").path("dwellTime").path("n").asInt()).as("no beginning given").isZero();
        assertThat(m.path("times").has("timeToAcknowledge")).isTrue();
        assertThat(m.path("times").path("timeToFirstExecutiveBriefing").path("n").asInt()).isZero();
        assertThat(m.path("response").path("regulators").path("appiPreliminaryWithin3Days").path("n").asInt()).isZero();
        assertThat(m.path("response").path("regulators").path("gdprWithin72Hours").path("share").isNull()).isTrue();
        assertThat(m.path("response").path("csf").fieldNames()).toIterable()
                .containsExactly("RS.MA", "RS.AN", "RS.CO", "RC.RP", "RC.CO");
        assertThat(m.path("response").path("falsePositives").path("triaged").asInt()).isZero();
        assertThat(m.path("response").path("byPlaybook").isObject()).isTrue();
    }
}
