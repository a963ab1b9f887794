package org.csirtbot.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.Incidents;
import org.csirtbot.incident.Tlp;
import org.csirtbot.observables.Observable;
import org.csirtbot.observables.ObservableType;
import org.csirtbot.retention.LegalHolds;
import org.csirtbot.retention.RetentionPurge;
import org.csirtbot.storage.IncidentStore;
import org.csirtbot.testkit.BotIntegrationTest;
import org.csirtbot.testkit.TestBot;
import org.csirtbot.testkit.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Indicators kept by their own retention on the test clock: gone when the last sighting is older than seven years,
 * kept while seen again or while an incident they were seen in is under legal hold; purging an incident leaves its
 * indicators, their sightings keeping its ID and losing who added them. Also the observables of an attached report
 * taken as indicators. Incidents of 1995, which no other test uses.
 */
@BotIntegrationTest
class IndicatorRetentionIntegrationTests {

    private static final Instant T0 = Instant.parse("1995-03-01T00:00:00Z");
    private static final Instant SEVEN_YEARS_LATER = T0.atZone(ZoneOffset.UTC).plusYears(7).toInstant();

    @LocalServerPort
    int port;
    @Autowired
    IncidentStore store;
    @Autowired
    Incidents incidents;
    @Autowired
    IndicatorRegistry registry;
    @Autowired
    IndicatorPurge purge;
    @Autowired
    RetentionPurge incidentPurge;
    @Autowired
    LegalHolds holds;
    private final TestClock clock = TestClock.shared();

    /** The clock is shared by every test in this JVM: later ones, and Bolt's signature check, want the real time. */
    @AfterEach
    void realTime() {
        clock.release();
    }
    private StoredIncidents stored;

    @BeforeEach
    void storedIncidents() {
        stored = new StoredIncidents(store, incidents);
    }

    @Test
    void anIndicatorGoesSevenYearsAfterItsLastSightingUnlessSeenAgainOrHeld() {
        Incident first = stored.open("INC-1995-0001", "AMBER", false, TestBot.RESPONDER);
        Incident held = stored.open("INC-1995-0002", "AMBER", false, TestBot.RESPONDER);
        Observable old = domain("old-1995.example");
        Observable seenAgain = domain("seen-again-1995.example");
        Observable kept = domain("held-1995.example");
        clock.set(T0);
        registry.add(first, old, null, null, "U_ANALYST");
        registry.add(first, seenAgain, null, null, "U_ANALYST");
        registry.add(held, kept, null, null, "U_ANALYST");
        holds.change(held.id(), true, "Litigation", "U_LEGAL");
        clock.set(T0.plus(Duration.ofDays(400)));
        registry.add(first, seenAgain, null, null, "U_ANALYST");

        clock.set(SEVEN_YEARS_LATER.minusMillis(1));
        assertThat(purge.purgeDue()).doesNotContain(old, seenAgain, kept);
        clock.set(SEVEN_YEARS_LATER.plusMillis(1));
        assertThat(purge.purgeDue()).contains(old).doesNotContain(seenAgain, kept);

        assertThat(registry.find(old)).isEmpty();
        assertThat(registry.find(seenAgain)).isPresent();
        assertThat(registry.find(kept)).as("under legal hold").isPresent();
        clock.set(T0.plus(Duration.ofDays(400)).atZone(ZoneOffset.UTC).plusYears(7).plusDays(1).toInstant());
        assertThat(purge.purgeDue()).contains(seenAgain).doesNotContain(kept);
        holds.change(held.id(), false, "Settled", "U_LEGAL");
        assertThat(purge.purgeDue()).contains(kept);
    }

    @Test
    void purgingAnIncidentLeavesItsIndicatorsWithItsIdAndWithoutWhoAddedThem() {
        Incident closed = stored.closed("INC-1995-0003", "S4", Instant.now().minus(Duration.ofDays(4 * 366)));
        Observable hash = new Observable(ObservableType.MD5, "0123456789abcdef0123456789abcdef");
        registry.add(closed, hash, Tlp.RED, Pap.RED, "U_ANALYST_1995");

        assertThat(incidentPurge.purgeDue()).contains(closed.id());

        Sighting left = registry.find(hash).orElseThrow().sightingIn(closed.id()).orElseThrow();
        assertThat(left.source()).isNull();
        assertThat(left.tlp()).isEqualTo(Tlp.RED);
        assertThat(left.pap()).isEqualTo(Pap.RED);
        assertThat(TestBot.api(port, "/api/incidents/" + closed.id() + "/log").body()).isEmpty();
        assertThat(registry.find(hash).orElseThrow().toString()).doesNotContain("U_ANALYST_1995");
    }

    @Test
    void aReportsObservablesBecomeTheIncidentsIndicatorsWithItsTlpAndTheDefaultPap() {
        Incident incident = stored.open("INC-1995-0004", "GREEN", false, TestBot.RESPONDER);
        Observable url = new Observable(ObservableType.URL, "https://report-1995.example/login");
        Observable sender = new Observable(ObservableType.EMAIL, "it-support@report-1995.example");
        registry.add(incident, sender, Tlp.RED, Pap.GREEN, "U_ANALYST");

        registry.fromReport(incident, "RPT-1995-000001", List.of(url, sender));
        registry.fromReport(incident, "RPT-1995-000001", List.of(url, sender));

        Sighting fromReport = registry.find(url).orElseThrow().sightingIn(incident.id()).orElseThrow();
        assertThat(fromReport.source()).isEqualTo("report RPT-1995-000001");
        assertThat(fromReport.reportId()).isEqualTo("RPT-1995-000001");
        assertThat(fromReport.tlp()).isEqualTo(Tlp.GREEN);
        assertThat(fromReport.pap()).isEqualTo(Pap.AMBER);
        Sighting added = registry.find(sender).orElseThrow().sightingIn(incident.id()).orElseThrow();
        assertThat(added.source()).as("added before the report").isEqualTo("ioc-add by U_ANALYST");
        assertThat(added.tlp()).as("a report never loosens").isEqualTo(Tlp.RED);
        assertThat(TestBot.api(port, "/api/incidents/" + incident.id() + "/log").body().findValuesAsText("kind"))
                .as("the attachment is the log's entry").containsExactly("indicator_added");
    }

    private static Observable domain(String value) {
        return new Observable(ObservableType.DOMAIN, value);
    }
}
