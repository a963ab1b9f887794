package org.csirtbot.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.csirtbot.retention.RetentionPurgeIntegrationTests;
import org.csirtbot.storage.IncidentDocument;
import org.csirtbot.storage.IncidentLogStore;
import org.csirtbot.storage.IncidentStore;
import org.csirtbot.storage.PendingLogStore;
import org.csirtbot.testkit.BotIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Severity changes when two people change it at once, the second just after the first was stored; and a change whose
 * log entry could not be written at once, which the log still gets, once.
 */
@BotIntegrationTest
class SeverityChangesIntegrationTests {

    @Autowired
    IncidentStore store;
    @Autowired
    IncidentLogStore logs;
    @Autowired
    PendingLogStore promises;

    @Test
    void aRaiseLoweredAgainAtOnceIsStillTheRaiseItWasAndAlertsOnce() {
        String id = stored("INC-2019-9301", "S3");
        List<Object> published = new ArrayList<>();
        // someone else lowers it again the moment the raise is stored, before the raise is told
        IncidentLog loweredMeanwhile = new IncidentLog(logs, promises) {
            @Override
            public LogEntry settle(String incidentId, PendingLogStore.Entry promised) {
                LogEntry entry = super.settle(incidentId, promised);
                assertThat(store.changeSeverity(incidentId, "S1", "S3", null)).isTrue();
                return entry;
            }
        };
        SeverityChanges changes = new SeverityChanges(store, loweredMeanwhile, published::add);

        SeverityChanges.SeverityChange change = changes.change(id, "U_COMMANDER", Severity.S1, "Ransom note found");

        assertThat(change.outcome()).isEqualTo(SeverityChanges.Outcome.CHANGED);
        assertThat(change.incident().severity()).isEqualTo(Severity.S1);
        assertThat(change.raisedToUrgent()).isTrue();
        assertThat(published).hasSize(2).first().isInstanceOfSatisfying(SeverityChanges.Changed.class,
                changed -> assertThat(changed.incident().severity()).isEqualTo(Severity.S1));
        assertThat(published).last().isInstanceOfSatisfying(SeverityRaised.class, raised -> {
            assertThat(raised.incident().severity()).isEqualTo(Severity.S1);
            assertThat(raised.toUrgent()).isTrue();
        });
        assertThat(logs.entries(id)).extracting(e -> e.data().get("to")).containsExactly("S1");
    }

    @Test
    void aChangeStoredWhenTheStoreFailedBeforeItsLogEntryIsLoggedOnceByTheRecoveryAndTheLogStaysIntact() {
        String id = stored("INC-2019-9302", "S3");
        IncidentLog failsAfterTheChange = new IncidentLog(logs, promises) {
            @Override
            public LogEntry settle(String incidentId, PendingLogStore.Entry promised) {
                throw new IllegalStateException("the store went away between the change and its log entry");
            }
        };
        SeverityChanges changes = new SeverityChanges(store, failsAfterTheChange, event -> { });

        assertThatThrownBy(() -> changes.change(id, "U_COMMANDER", Severity.S1, "Ransom note found"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(store.findById(id).orElseThrow().severity()).isEqualTo("S1");
        assertThat(logs.entries(id)).as("the change is stored, its entry not yet").isEmpty();

        var recovery = new PromisedLogEntries(promises);
        recovery.settleAll();
        recovery.settleAll();

        assertThat(logs.entries(id)).singleElement().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo("severity_changed");
            assertThat(entry.actor()).isEqualTo("U_COMMANDER");
            assertThat(entry.data()).containsEntry("from", "S3").containsEntry("to", "S1")
                    .containsEntry("reason", "Ransom note found");
        });
        assertThat(logs.verify(id).valid()).isTrue();
        assertThat(promises.pending(id)).isEmpty();
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
