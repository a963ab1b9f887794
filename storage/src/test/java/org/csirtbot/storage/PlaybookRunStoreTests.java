package org.csirtbot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@StorageTest
class PlaybookRunStoreTests {

    static final Instant STARTED = Instant.parse("2025-03-14T08:00:00.123Z");
    static final Instant LATER = Instant.parse("2025-03-14T08:30:00.456Z");

    @Autowired
    PlaybookRunStore runs;

    @Test
    void aPlaybookRunsOncePerIncidentAndItsRunsAreFoundByIncident() {
        String incident = "INC-" + UUID.randomUUID();
        PlaybookRunStore.Inserted first = runs.insertOnce(run(incident, "ddos", "{\"a\":1}"));
        PlaybookRunStore.Inserted again = runs.insertOnce(run(incident, "ddos", "{\"a\":2}"));
        runs.insertOnce(run(incident, "phishing", "{}"));

        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.run().state()).isEqualTo("{\"a\":1}");
        assertThat(runs.findByIncident(incident)).extracting(PlaybookRunDocument::playbookId)
                .containsExactlyInAnyOrder("ddos", "phishing");
        assertThat(runs.findActive()).extracting(PlaybookRunDocument::id).contains(incident + "/ddos");
    }

    @Test
    void aChangeIsStoredOnlyOntoTheVersionItWasComputedFrom() {
        String incident = "INC-" + UUID.randomUUID();
        PlaybookRunDocument stored = runs.insertOnce(run(incident, "ddos", "{}")).run();

        assertThat(runs.advance(stored.id(), 0, "{\"step\":1}", false, LATER)).isTrue();
        assertThat(runs.advance(stored.id(), 0, "{\"step\":\"stale\"}", false, LATER)).isFalse();
        assertThat(runs.advance(stored.id(), 1, "{\"step\":2}", true, LATER)).isTrue();

        PlaybookRunDocument now = runs.find(stored.id()).orElseThrow();
        assertThat(now.state()).isEqualTo("{\"step\":2}");
        assertThat(now.version()).isEqualTo(2);
        assertThat(now.finished()).isTrue();
        assertThat(now.updatedAt()).isEqualTo(LATER);
        assertThat(runs.findActive()).extracting(PlaybookRunDocument::id).doesNotContain(stored.id());
    }

    @Test
    void aRunIsNotKnownShownUntilMarkedAtItsVersionAndEveryChangeMakesItUnknownAgain() {
        String incident = "INC-" + UUID.randomUUID();
        PlaybookRunDocument stored = runs.insertOnce(run(incident, "ddos", "{}")).run();
        assertThat(runs.findNotShown()).extracting(PlaybookRunDocument::id).contains(stored.id());

        assertThat(runs.markShown(stored.id(), 0)).isTrue();
        assertThat(runs.findNotShown()).extracting(PlaybookRunDocument::id).doesNotContain(stored.id());

        assertThat(runs.advance(stored.id(), 0, "{\"done\":true}", true, LATER)).isTrue();
        assertThat(runs.findNotShown()).as("finished, but not shown so").extracting(PlaybookRunDocument::id)
                .contains(stored.id());
        assertThat(runs.markShown(stored.id(), 0)).as("shown at a version it no longer has").isFalse();
        assertThat(runs.findNotShown()).extracting(PlaybookRunDocument::id).contains(stored.id());
        assertThat(runs.markShown(stored.id(), 1)).isTrue();
        assertThat(runs.find(stored.id()).orElseThrow().shown()).isTrue();
    }

    @Test
    void twoChangesAtTheSameMomentStoreOne() throws Exception {
        String incident = "INC-" + UUID.randomUUID();
        PlaybookRunDocument stored = runs.insertOnce(run(incident, "ddos", "{}")).run();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        long won = 0;
        try {
            List<Callable<Boolean>> clicks = IntStream.rangeClosed(1, 8).mapToObj(n -> (Callable<Boolean>) () ->
                    runs.advance(stored.id(), 0, "{\"by\":" + n + "}", false, LATER)).toList();
            for (Future<Boolean> result : pool.invokeAll(clicks)) {
                won += result.get() ? 1 : 0;
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(won).isEqualTo(1);
        assertThat(runs.find(stored.id()).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void stepMessagesAreRememberedOnceEachAndRunsGoWithTheirIncident() {
        String incident = "INC-" + UUID.randomUUID();
        PlaybookRunDocument stored = runs.insertOnce(run(incident, "ddos", "{}")).run();
        var message = new PlaybookRunDocument.Message("s1", 1, "room", "C1", "1710406800.000100");
        runs.addMessage(stored.id(), message);
        runs.addMessage(stored.id(), message);
        runs.addMessage(stored.id(), new PlaybookRunDocument.Message("s5", 1, "U_APPROVER", "D1", "1710406800.000200"));

        assertThat(runs.find(stored.id()).orElseThrow().messages()).hasSize(2).first().isEqualTo(message);
        assertThat(runs.removeForIncident(incident)).isEqualTo(1);
        assertThat(runs.findByIncident(incident)).isEmpty();
    }

    @Test
    void aMessageMovedToAnotherRoomIsReplacedInPlaceAndOnlyWhereItWas() {
        PlaybookRunDocument stored = runs.insertOnce(run("INC-" + UUID.randomUUID(), "ddos", "{}")).run();
        var inOldRoom = new PlaybookRunDocument.Message("s1", 1, "room", "C_OLD", "1710406800.000100");
        var toApprover = new PlaybookRunDocument.Message("s1", 1, "U_APPROVER", "D1", "1710406800.000200");
        var inNewRoom = new PlaybookRunDocument.Message("s1", 1, "room", "C_NEW", "1710406900.000100");
        runs.addMessage(stored.id(), inOldRoom);
        runs.addMessage(stored.id(), toApprover);

        runs.replaceMessage(stored.id(), inOldRoom, inNewRoom);
        runs.replaceMessage(stored.id(), inOldRoom, new PlaybookRunDocument.Message("s1", 1, "room", "C_X", "1.1"));

        assertThat(runs.find(stored.id()).orElseThrow().messages()).containsExactly(inNewRoom, toApprover);
    }

    static PlaybookRunDocument run(String incidentId, String playbookId, String state) {
        return new PlaybookRunDocument(PlaybookRunDocument.id(incidentId, playbookId), incidentId, playbookId, 1, state,
                0, false, "U_COMMANDER", STARTED, STARTED, List.of(), false);
    }
}
