package org.csirtbot.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.csirtbot.retention.RetentionPurgeIntegrationTests;
import org.csirtbot.storage.IncidentDocument;
import org.csirtbot.storage.IncidentLogStore;
import org.csirtbot.storage.IncidentStore;
import org.csirtbot.testkit.BotIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Severity changes when two people change it at once, the second just after the first was stored. */
@BotIntegrationTest
class SeverityChangesIntegrationTests {

    @Autowired
    IncidentStore store;
    @Autowired
    IncidentLogStore logs;

    @Test
    void aRaiseLoweredAgainAtOnceIsStillTheRaiseItWasAndAlertsOnce() {
        String id = stored("INC-2019-9301", "S3");
        List<Object> published = new ArrayList<>();
        // someone else lowers it again the moment the raise is stored, before the raise is told
        IncidentLog loweredMeanwhile = new IncidentLog(logs) {
            @Override
            public LogEntry append(String incidentId, String actor, LogKind kind, Map<String, Object> data) {
                LogEntry entry = super.append(incidentId, actor, kind, data);
                assertThat(store.changeSeverity(incidentId, "S1", "S3")).isTrue();
                return entry;
            }
        };
        SeverityChanges changes = new SeverityChanges(store, loweredMeanwhile, published::add);

        SeverityChanges.SeverityChange change = changes.change(id, "U_COMMANDER", Severity.S1, "Ransom note found");

        assertThat(change.outcome()).isEqualTo(SeverityChanges.Outcome.CHANGED);
        assertThat(change.incident().severity()).isEqualTo(Severity.S1);
        assertThat(change.raisedToUrgent()).isTrue();
        assertThat(published).singleElement().isInstanceOfSatisfying(SeverityRaised.class, raised -> {
            assertThat(raised.incident().severity()).isEqualTo(Severity.S1);
            assertThat(raised.toUrgent()).isTrue();
        });
        assertThat(logs.entries(id)).extracting(e -> e.data().get("to")).containsExactly("S1");
    }

    private String stored(String id, String severity) {
        Instant declared = Instant.parse("2019-06-01T09:00:00Z");
        store.insertOnce(new IncidentDocument(id, "severity-test:" + id, "Ransomware on the file server", severity,
                "malware", "AMBER", false, "investigating", "U_COMMANDER", "U_COMMANDER", declared, null,
                new ArrayList<>(), false, RetentionPurgeIntegrationTests.openedRoom(id),
                List.of(new IncidentDocument.Phase("investigating", declared, null)), List.of(),
                IncidentDocument.Closure.none(), IncidentDocument.Retention.none()));
        return id;
    }
}
