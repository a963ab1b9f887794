package org.csirtbot.policy.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csirtbot.testkit.TestBot.EMPLOYEE;
import static org.csirtbot.testkit.TestBot.GENERAL;
import static org.csirtbot.testkit.TestBot.RESPONDER;

import java.time.Duration;
import java.time.Instant;

import org.csirtbot.testkit.DeclaredIncident;
import org.csirtbot.testkit.Forms;
import org.csirtbot.testkit.SlackJourneyTest;
import org.csirtbot.testkit.TestBot;
import org.csirtbot.testkit.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The organisation policy through Slack and the API, as the test bot's policy file gives it
 * (src/test/resources/policy-fixtures): the CISO holds the management decisions, legal is a user group, the proxy keeps
 * 90 days of logs and Active Directory 400.
 */
class PolicyIntegrationTests extends SlackJourneyTest {

    private final TestClock clock = TestClock.shared();

    @AfterEach
    void releaseTheClock() {
        clock.release();
    }

    @Test
    void policyShowsWhoHoldsEachDecisionOnlyToWhoeverAsked() throws Exception {
        var answer = requests.slashCommand("/incident", "policy", EMPLOYEE, GENERAL);

        JsonNode body = new ObjectMapper().readTree(answer.body());
        assertThat(body.path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(body.path("text").asText()).contains("*Organisation policy: who decides*",
                "<@U0CISO> (CISO); deputy <@U0CIO> — per Information security policy §5.2",
                "<!subteam^S0LEGAL> (Legal department) — per Incident response rules §3",
                "• *Pay a ransom*: never (policy) — per Board resolution 2025-04",
                "• *Make a public statement*: :warning: nobody named yet: set `public_statement` in the policy file",
                "Log sources listed: 2");
    }

    @Test
    void logsWarnOfTheSourcesThatNoLongerReachTheIncidentsEarliestTimeMinusTheLookBack() {
        Instant now = Instant.parse("2007-06-15T03:00:00Z");
        clock.set(now);
        DeclaredIncident incident = DeclaredIncident.declare(port, slack, RESPONDER, Forms.began(
                Forms.declaration("Beacon to a C2 server for months", "S2", "malware", "AMBER", false, false),
                now.minus(Duration.ofDays(70))));

        String logs = incident.run(RESPONDER, "logs");

        assertThat(logs).contains("*Log sources for " + incident.id + "*: needed back to 2007-03-07",
                "minus 30 days of look-back",
                "• :warning: *Web proxy logs reach back to 2007-03-17: before that, gone. Preserve now.*",
                "_90 days · Every web request with user and URL · SIEM index proxy-* · owner: Network team_",
                "• Active Directory sign-ins logs reach back to 2006-05-11.");
        assertThat(logs.indexOf("Web proxy")).isLessThan(logs.indexOf("Active Directory"));
    }

    @Test
    void logsOutsideAnIncidentRoomSayWhereItWorks() {
        var answer = requests.slashCommand("/incident", "logs", RESPONDER, GENERAL);

        assertThat(answer.body()).contains("This works in an incident room").doesNotContain("Web proxy");
    }

    @Test
    void theApiShowsThePolicyAndTheLogSources() {
        var policy = TestBot.api(port, "/api/policy");
        var sources = TestBot.api(port, "/api/log-sources");

        assertThat(policy.status()).isEqualTo(200);
        JsonNode mgmt = policy.body().path("authorities").get(0);
        assertThat(mgmt.path("id").asText()).isEqualTo("mgmt");
        assertThat(mgmt.path("holders").toString()).isEqualTo("[\"U0CISO\"]");
        assertThat(mgmt.path("deputies").toString()).isEqualTo("[\"U0CIO\"]");
        assertThat(mgmt.path("source").asText()).isEqualTo("Information security policy §5.2");
        assertThat(policy.body().path("lookBackDays").asInt()).isEqualTo(30);
        assertThat(sources.status()).isEqualTo(200);
        assertThat(sources.body().get(0).path("id").asText()).isEqualTo("proxy");
        assertThat(sources.body().get(0).path("retentionDays").asInt()).isEqualTo(90);
        assertThat(sources.body().get(1).path("name").path("ja").asText()).isEqualTo("Active Directory のサインイン");
        assertThat(TestBot.api(port, "/api/log-sources", "wrong-token-0123456789012345678901234").status())
                .isEqualTo(401);
    }
}
