package org.csirtbot.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csirtbot.storage.IncidentStoreTests.MONDAY;
import static org.csirtbot.storage.IncidentStoreTests.incident;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * A state change and its log entry: the entry is promised in the same single-document update as the change, so neither
 * exists without the other, and settled into the log exactly once, however often and by whomever it is settled.
 */
@StorageTest
class PendingLogStoreTests {

    @Autowired
    IncidentStore incidents;
    @Autowired
    IncidentLogStore log;
    @Autowired
    PendingLogStore promises;
    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void oneIncident() {
        mongo.remove(new Query(), IncidentDocument.class);
        mongo.remove(new Query(), LogEntryDocument.class);
        incidents.insertOnce(incident("INC-1", "decl-1", "Ransomware", MONDAY));
    }

    @Test
    void theChangeCarriesItsPromiseAndARefusedChangePromisesNothing() {
        var raise = PendingLogStore.Entry.of("U_CMD", "severity_changed", Map.of("from", "high", "to", "critical"));
        var stale = PendingLogStore.Entry.of("U_OTHER", "severity_changed", Map.of("from", "high", "to", "low"));

        assertThat(incidents.changeSeverity("INC-1", "high", "critical", raise)).isTrue();
        assertThat(incidents.changeSeverity("INC-1", "high", "low", stale)).isFalse();

        assertThat(promises.incidentsWithPending()).containsExactly("INC-1");
        assertThat(promises.pending("INC-1")).singleElement().satisfies(p -> {
            assertThat(p.op()).isEqualTo(raise.op());
            assertThat(p.actor()).isEqualTo("U_CMD");
            assertThat(p.data()).containsEntry("to", "critical").containsEntry("op", raise.op());
        });
        assertThat(log.entries("INC-1")).as("not in the log until settled").isEmpty();
    }

    @Test
    void settlingTwiceAndAtOnceFromFourThreadsAppendsOneEntryAndClearsThePromise() throws Exception {
        var raise = PendingLogStore.Entry.of("U_CMD", "severity_changed", Map.of("from", "high", "to", "critical"));
        incidents.changeSeverity("INC-1", "high", "critical", raise);

        var threads = Executors.newFixedThreadPool(4);
        var settled = threads.invokeAll(List.of(() -> promises.settle("INC-1", raise),
                () -> promises.settle("INC-1", raise), () -> promises.settle("INC-1", raise),
                () -> promises.settle("INC-1", raise)));
        threads.shutdown();
        for (var each : settled) {
            each.get();
        }
        promises.settle("INC-1", raise); // and once more later, as the recovery would

        assertThat(log.entries("INC-1")).singleElement().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo("severity_changed");
            assertThat(entry.data()).containsEntry("op", raise.op()).containsEntry("to", "critical");
        });
        assertThat(promises.pending("INC-1")).isEmpty();
        assertThat(promises.incidentsWithPending()).isEmpty();
        assertThat(log.verify("INC-1").valid()).isTrue();
    }

    @Test
    void aNewIncidentIsStoredWithItsFirstEntriesPromisedAndTheRecoveryAppendsThemInOrder() {
        var reported = PendingLogStore.Entry.of("U_EMP", "reported", Map.of("reportId", "RPT-1"));
        var declared = PendingLogStore.Entry.of("U_CMD", "declared", Map.of("title", "Phishing"));

        assertThat(incidents.insertOnce(incident("INC-2", "decl-2", "Phishing", MONDAY), List.of(reported, declared))
                .created()).isTrue();
        assertThat(incidents.findById("INC-2")).get().extracting(IncidentDocument::title).isEqualTo("Phishing");
        // the bot stopped here, before appending them: the recovery does, in order
        promises.pending("INC-2").forEach(promised -> promises.settle("INC-2", promised));

        assertThat(log.entries("INC-2")).extracting(LogEntryDocument::kind).containsExactly("reported", "declared");
        assertThat(promises.pending("INC-2")).isEmpty();
    }
}
