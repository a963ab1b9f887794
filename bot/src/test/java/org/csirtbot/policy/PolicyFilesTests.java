package org.csirtbot.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.csirtbot.incident.Incident;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The organisation policy as the starter and the organisation's file give it, the files it refuses, log reach. */
class PolicyFilesTests {

    @TempDir
    Path dir;

    @Test
    void theStarterNamesEveryDecisionWithNobodyHoldingItAndPayingARansomNever() {
        PolicyFiles.Loaded starter = new PolicyFiles().load(null);

        assertThat(starter.authorities()).extracting(Authority::id).containsExactly("mgmt", "legal", "pay_ransom",
                "notify_regulator", "public_statement", "take_offline", "law_enforcement");
        assertThat(starter.authorities()).allSatisfy(a -> {
            assertThat(a.unfilled()).as(a.id()).isTrue();
            assertThat(a.decision().en()).isNotBlank();
            assertThat(a.decision().ja()).isNotBlank();
        });
        assertThat(starter.authorities()).filteredOn(Authority::never).extracting(Authority::id)
                .containsExactly("pay_ransom");
        assertThat(starter.logSources()).isEmpty();
    }

    @Test
    void theFileFillsInStarterAuthoritiesFieldByFieldAndListsTheLogSources() throws IOException {
        PolicyFiles.Loaded loaded = new PolicyFiles().load(write("""
                authorities:
                  - id: mgmt
                    holders: [U0CISO, S0BOARD]
                    deputies: [U0CIO]
                    title: {en: CISO}
                    source: Security policy §5
                  - id: shut_factory
                    decision: {en: Stop a factory line, ja: 工場ラインの停止}
                logSources:
                  - {id: proxy, name: {en: Web proxy}, retentionDays: 90, where: SIEM, owner: Network}
                """));

        Authority mgmt = loaded.authorities().get(0);
        assertThat(mgmt.holders()).containsExactly("U0CISO", "S0BOARD");
        assertThat(mgmt.decision().ja()).startsWith("プレイブックが経営層に委ねる判断");
        assertThat(mgmt.heldBy("U0CIO")).isTrue();
        assertThat(mgmt.heldBy("U0OTHER")).isFalse();
        assertThat(loaded.authorities()).extracting(Authority::id).endsWith("shut_factory");
        assertThat(loaded.logSources()).singleElement().satisfies(s -> {
            assertThat(s.retentionDays()).isEqualTo(90);
            assertThat(s.name().in(Locale.JAPANESE)).isEqualTo("Web proxy");
        });
    }

    @Test
    void aBadFileIsRefusedAtStartNamingTheLineAndEveryProblem() throws IOException {
        Path file = write("""
                authorities:
                  - id: mgmt
                    holders: [alice]
                logSources:
                  - id: proxy
                    name: {en: Web proxy}
                    retentionDays: ninety
                  - id: proxy
                    name: {en: Again}
                    retentionDays: 1
                """);

        assertThatThrownBy(() -> new PolicyFiles().load(file)).isInstanceOf(PolicyYaml.Refused.class)
                .hasMessageContaining(file + " line 2 (mgmt): holders must be a list of at most 10 Slack user IDs")
                .hasMessageContaining(file + " line 8: the id proxy is listed twice")
                .hasMessageContaining(file + " line 5 (proxy): retentionDays must be a whole number of days");
        assertThatThrownBy(() -> new PolicyFiles().load(write("people: []\n")))
                .hasMessageContaining("line 1: it must hold two lists, authorities");
        assertThatThrownBy(() -> new PolicyFiles().load(write("authorities:\n  - id: mgmt\n    colour: red\n")))
                .hasMessageContaining("line 2 (mgmt): unknown field 'colour'");
    }

    @Test
    void aSourceWhoseRetentionNoLongerReachesTheEarliestKnownTimeMinusTheLookBackIsTooShort() {
        Instant now = Instant.parse("2026-12-08T00:00:00Z");
        var proxy = new LogSource("proxy", null, null, "SIEM", 90, "Network");
        var ad = new LogSource("ad", null, null, "SIEM", 400, "IT");
        var policy = new OrganisationPolicy(new PolicyFiles.Loaded(List.of(), List.of(proxy, ad)), Duration.ofDays(30),
                null, Clock.fixed(now, ZoneOffset.UTC));
        Instant began = now.minus(Duration.ofDays(70));
        Incident incident = new Incident("INC-2026-0001", "t", null, null, null, false, null, "U1", "U1",
                now.minus(Duration.ofDays(1)), began, List.of(), false, null, List.of(), List.of(),
                Incident.Closure.NONE, Incident.Retention.NONE);

        List<LogReach> reach = policy.reach(incident);

        assertThat(reach.get(0).needed()).isEqualTo(began.minus(Duration.ofDays(30)));
        assertThat(reach.get(0).reachesBack()).isEqualTo(Instant.parse("2026-09-09T00:00:00Z"));
        assertThat(reach.get(0).tooShort()).isTrue();
        assertThat(reach.get(1).tooShort()).isFalse();
    }

    private Path write(String yaml) throws IOException {
        Path file = Files.createTempFile(dir, "policy", ".yaml");
        return Files.writeString(file, yaml);
    }
}
