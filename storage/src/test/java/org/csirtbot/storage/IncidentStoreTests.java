package org.csirtbot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.csirtbot.storage.IncidentDocument.Phase;
import org.csirtbot.storage.IncidentDocument.Room;
import org.csirtbot.storage.IncidentStore.Inserted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

@StorageTest
class IncidentStoreTests {

    static final Instant MONDAY = Instant.parse("2025-03-10T09:00:00Z");

    @Autowired
    IncidentStore incidents;

    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void noIncidents() {
        mongo.remove(new Query(), IncidentDocument.class);
    }

    @Test
    void aDoubledDeclarationOpensOneIncident() {
        Inserted first = incidents.insertOnce(incident("INC-1", "decl-1", "Ransomware on file server", MONDAY));
        Inserted second = incidents.insertOnce(incident("INC-2", "decl-1", "Ransomware (clicked twice)", MONDAY));

        assertThat(first.created()).isTrue();
        assertThat(second.created()).isFalse();
        assertThat(second.incident()).isEqualTo(first.incident());
        assertThat(incidents.findAll()).singleElement().isEqualTo(first.incident());
        assertThat(incidents.findById("INC-2")).isEmpty();
    }

    @Test
    void simultaneousDeclarationsWithOneKeyOpenOneIncident() throws Exception {
        int callers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        List<Inserted> results = new ArrayList<>();
        try {
            List<Callable<Inserted>> declarations = IntStream.rangeClosed(1, callers)
                    .mapToObj(n -> (Callable<Inserted>) () ->
                            incidents.insertOnce(incident("INC-" + n, "decl-1", "Outage", MONDAY)))
                    .toList();
            for (Future<Inserted> result : pool.invokeAll(declarations)) {
                results.add(result.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(results).filteredOn(Inserted::created).hasSize(1);
        IncidentDocument winner = incidents.findByDeclarationKey("decl-1").orElseThrow();
        assertThat(results).extracting(Inserted::incident).containsOnly(winner);
        assertThat(incidents.findAll()).hasSize(1);
    }

    @Test
    void anIncidentIsFoundFromItsRoom() {
        incidents.insertOnce(incident("INC-1", "decl-1", "Phishing wave", MONDAY));
        incidents.insertOnce(incident("INC-2", "decl-2", "Lost laptop", MONDAY));
        incidents.recordRoom("INC-2", new Room("C_ROOM2", "inc-2-lost-laptop", true, null, false, null, false));

        assertThat(incidents.findByChannel("C_ROOM2")).get().extracting(IncidentDocument::id).isEqualTo("INC-2");
        assertThat(incidents.findByChannel("C_GENERAL")).isEmpty();
    }

    @Test
    void allIncidentsAreListedNewestFirst() {
        incidents.insertOnce(incident("INC-2", "decl-2", "second", MONDAY.plusSeconds(3600)));
        incidents.insertOnce(incident("INC-1", "decl-1", "first", MONDAY));
        incidents.insertOnce(incident("INC-3", "decl-3", "third", MONDAY.plusSeconds(7200)));

        assertThat(incidents.findAll()).extracting(IncidentDocument::id).containsExactly("INC-3", "INC-2", "INC-1");
    }

    @Test
    void closedIncidentsAreNotListedAsOpen() {
        incidents.insertOnce(incident("INC-1", "decl-1", "old", MONDAY));
        incidents.insertOnce(withStatus(incident("INC-2", "decl-2", "done", MONDAY.plusSeconds(60)), "closed"));
        incidents.insertOnce(withStatus(incident("INC-3", "decl-3", "contained", MONDAY.plusSeconds(120)),
                "contained"));

        assertThat(incidents.findOpen()).extracting(IncidentDocument::id).containsExactly("INC-3", "INC-1");
    }

    @Test
    void roomsNotFullyOpenedAreFoundToResume() {
        incidents.insertOnce(incident("INC-1", "decl-1", "never opened", MONDAY));
        incidents.insertOnce(incident("INC-2", "decl-2", "half opened", MONDAY));
        incidents.insertOnce(incident("INC-3", "decl-3", "fully opened", MONDAY));
        incidents.recordRoom("INC-2", new Room("C2", "inc-2", false, List.of("U1"), true, null, false));
        incidents.recordRoom("INC-3", completeRoom("C3"));

        assertThat(incidents.findWithRoomIncomplete()).extracting(IncidentDocument::id)
                .containsExactlyInAnyOrder("INC-1", "INC-2");
        assertThat(incidents.findById("INC-3").orElseThrow().room().complete()).isTrue();
    }

    @Test
    void recordingTheRoomKeepsEveryStepAndTheRestOfTheIncident() {
        IncidentDocument declared = incidents.insertOnce(incident("INC-1", "decl-1", "DDoS", MONDAY)).incident();
        Room room = completeRoom("C_ROOM");

        incidents.recordRoom("INC-1", room);

        IncidentDocument stored = incidents.findById("INC-1").orElseThrow();
        assertThat(stored.room()).isEqualTo(room);
        assertThat(stored).usingRecursiveComparison().ignoringFields("room").isEqualTo(declared);
    }

    @Test
    void aReportIsLinkedToAnIncidentOnce() {
        incidents.insertOnce(incident("INC-1", "decl-1", "Credential stuffing", MONDAY));

        incidents.addReport("INC-1", "R-1", null);
        incidents.addReport("INC-1", "R-2", null);
        incidents.addReport("INC-1", "R-1", null);

        assertThat(incidents.findById("INC-1").orElseThrow().reportIds()).containsExactly("R-0", "R-1", "R-2");
    }

    @Test
    void aReportIsLinkedToAnIncidentDeclaredWithoutReports() {
        IncidentDocument bare = incident("INC-1", "decl-1", "Found by monitoring", MONDAY);
        incidents.insertOnce(new IncidentDocument(bare.id(), bare.declarationKey(), bare.title(), bare.severity(),
                bare.category(), bare.tlp(), bare.confidential(), bare.status(), bare.commanderId(),
                bare.declaredBy(), bare.declaredAt(), null, null, bare.inviteReporters(), bare.room(), bare.phases(),
                null, null, null));

        incidents.addReport("INC-1", "R-9", null);
        incidents.addReport("INC-1", "R-9", null);

        assertThat(incidents.findById("INC-1").orElseThrow().reportIds()).containsExactly("R-9");
    }

    @Test
    void aStatusChangeEndsThePhaseInProgressAndStartsTheNext() {
        incidents.insertOnce(incident("INC-1", "decl-1", "Ransomware", MONDAY));
        Instant later = MONDAY.plusSeconds(600);

        assertThat(incidents.changeStatus("INC-1", "open", phasesOf("INC-1"), "investigating", later, null)).isTrue();

        IncidentDocument changed = incidents.findById("INC-1").orElseThrow();
        assertThat(changed.status()).isEqualTo("investigating");
        assertThat(changed.phases()).containsExactly(new Phase("open", MONDAY, later),
                new Phase("investigating", later, null));
    }

    @Test
    void aStatusChangeBasedOnAnOutdatedReadChangesNothing() {
        incidents.insertOnce(incident("INC-1", "decl-1", "Ransomware", MONDAY));
        Instant later = MONDAY.plusSeconds(600);
        List<Phase> first = phasesOf("INC-1");
        incidents.changeStatus("INC-1", "open", first, "investigating", later, null);
        List<Phase> second = phasesOf("INC-1");
        incidents.changeStatus("INC-1", "investigating", second, "open", later.plusSeconds(60), null);

        // read before both changes: the status is the same again, but two phases have passed since
        assertThat(incidents.changeStatus("INC-1", "open", first, "containing", later.plusSeconds(120), null)).isFalse();
        assertThat(incidents.changeStatus("INC-1", "investigating", second, "containing", later, null)).isFalse();

        IncidentDocument unchanged = incidents.findById("INC-1").orElseThrow();
        assertThat(unchanged.status()).isEqualTo("open");
        assertThat(unchanged.phases()).extracting(Phase::phase).containsExactly("open", "investigating", "open");
    }

    @Test
    void simultaneousStatusChangesFromOneReadChangeItOnce() throws Exception {
        incidents.insertOnce(incident("INC-1", "decl-1", "Ransomware", MONDAY));
        List<Phase> read = phasesOf("INC-1");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Boolean> results = new ArrayList<>();
        try {
            List<Callable<Boolean>> changes = IntStream.rangeClosed(1, 4)
                    .mapToObj(n -> (Callable<Boolean>) () ->
                            incidents.changeStatus("INC-1", "open", read, "phase-" + n, MONDAY.plusSeconds(n), null))
                    .toList();
            for (Future<Boolean> result : pool.invokeAll(changes)) {
                results.add(result.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(results).filteredOn(Boolean::booleanValue).hasSize(1);
        assertThat(incidents.findById("INC-1").orElseThrow().phases()).hasSize(2);
    }

    @Test
    void anIncidentStoredWithoutPhasesGetsItsFirstOnAChange() {
        IncidentDocument bare = incident("INC-1", "decl-1", "Older incident", MONDAY);
        incidents.insertOnce(new IncidentDocument(bare.id(), bare.declarationKey(), bare.title(), bare.severity(),
                bare.category(), bare.tlp(), bare.confidential(), bare.status(), bare.commanderId(),
                bare.declaredBy(), bare.declaredAt(), null, bare.reportIds(), bare.inviteReporters(), bare.room(), null,
                null, null, null));

        assertThat(incidents.changeStatus("INC-1", "open", List.of(), "investigating", MONDAY, null)).isTrue();

        assertThat(incidents.findById("INC-1").orElseThrow().phases())
                .containsExactly(new Phase("investigating", MONDAY, null));
    }

    private List<Phase> phasesOf(String id) {
        return incidents.findById(id).orElseThrow().phases();
    }

    static Room completeRoom(String channelId) {
        return new Room(channelId, "inc-room", true, List.of("U_COMMANDER", "U_REPORTER"), true, "1710406800.000200",
                true);
    }

    static IncidentDocument incident(String id, String declarationKey, String title, Instant declaredAt) {
        return new IncidentDocument(id, declarationKey, title, "high", "malware", "amber", false, "open",
                "U_COMMANDER", "U_DECLARER", declaredAt, null, new ArrayList<>(List.of("R-0")), true, Room.notOpened(),
                List.of(new Phase("open", declaredAt, null)), null, null, null);
    }

    static IncidentDocument withStatus(IncidentDocument i, String status) {
        return new IncidentDocument(i.id(), i.declarationKey(), i.title(), i.severity(), i.category(), i.tlp(),
                i.confidential(), status, i.commanderId(), i.declaredBy(), i.declaredAt(), i.beganAt(), i.reportIds(),
                i.inviteReporters(), i.room(), i.phases(), i.roles(), i.closure(), i.retention());
    }
}
