package org.csirtbot.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

@StorageTest
class IncidentLogStoreTests {

    @Autowired
    IncidentLogStore log;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    TestClock clock;

    @Test
    void entriesAreNumberedFromOneAndReadBackInOrder() {
        String incident = newIncident();

        LogEntryDocument declared = log.append(incident, "U_DECLARER", "declared", Map.of("severity", "high"));
        LogEntryDocument note = log.append(incident, "U_COMMANDER", "note", Map.of("text", "isolated the host"));
        LogEntryDocument closed = log.append(incident, "U_COMMANDER", "closed", Map.of());

        assertThat(List.of(declared, note, closed)).extracting(LogEntryDocument::seq).containsExactly(1L, 2L, 3L);
        assertThat(log.entries(incident)).containsExactly(declared, note, closed);
        assertThat(log.entries(incident)).extracting(LogEntryDocument::at).isSorted();
    }

    @Test
    void aLogLongerThanOneBatchIsReadWholeInOrderAndVerifies() {
        String incident = "INC-2026-0900";
        int count = 2 * IncidentLogStore.PAGE + 1;
        for (int i = 1; i <= count; i++) {
            log.append(incident, "U_SCRIBE", "note", Map.of("text", "entry " + i));
        }

        List<LogEntryDocument> entries = log.entries(incident);

        assertThat(entries).hasSize(count);
        assertThat(entries).extracting(LogEntryDocument::seq).isSorted().doesNotHaveDuplicates();
        assertThat(entries.get(count - 1).data()).containsEntry("text", "entry " + count);
        assertThat(log.verify(incident).valid()).isTrue();
    }

    @Test
    void eachIncidentHasItsOwnNumbering() {
        String first = newIncident();
        String second = newIncident();

        log.append(first, "U_A", "note", Map.of());
        log.append(first, "U_A", "note", Map.of());
        LogEntryDocument other = log.append(second, "U_B", "note", Map.of());

        assertThat(other.seq()).isEqualTo(1);
        assertThat(log.entries(second)).containsExactly(other);
    }

    @Test
    void entryTimesAreStoredAsUtcInstantsAndReadBackAsReturned() {
        String incident = newIncident();
        Instant now = Instant.parse("2025-06-30T23:59:59.987654321Z");
        clock.set(now);

        LogEntryDocument entry = log.append(incident, "U_COMMANDER", "note", Map.of("text", "midnight in UTC"));

        Document raw = mongo.findOne(query(where("incidentId").is(incident)), Document.class, "incident_log");
        assertThat(raw.get("at")).isEqualTo(Date.from(now));
        assertThat(entry.at()).isEqualTo(now.truncatedTo(ChronoUnit.MILLIS));
        assertThat(log.entries(incident)).containsExactly(entry);
    }

    @Test
    void simultaneousAppendsLeaveAnUnbrokenSequence() throws Exception {
        String incident = newIncident();
        int writers = 20;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<LogEntryDocument> appended = new ArrayList<>();
        try {
            // all writers wait at the barrier, so they read the same last entry and race for the same number
            CyclicBarrier start = new CyclicBarrier(writers);
            List<Callable<LogEntryDocument>> appends = IntStream.rangeClosed(1, writers)
                    .mapToObj(n -> (Callable<LogEntryDocument>) () -> {
                        start.await(30, TimeUnit.SECONDS);
                        return log.append(incident, "U_" + n, "note", Map.of("n", n));
                    })
                    .toList();
            for (Future<LogEntryDocument> result : pool.invokeAll(appends)) {
                appended.add(result.get());
            }
        } finally {
            pool.shutdownNow();
        }

        List<Long> expected = LongStream.rangeClosed(1, writers).boxed().toList();
        assertThat(log.entries(incident)).extracting(LogEntryDocument::seq).containsExactlyElementsOf(expected);
        assertThat(appended).extracting(LogEntryDocument::seq).containsExactlyInAnyOrderElementsOf(expected);
        List<String> everyWriter = IntStream.rangeClosed(1, writers).mapToObj(n -> "U_" + n).toList();
        assertThat(log.entries(incident)).extracting(LogEntryDocument::actor)
                .containsExactlyInAnyOrderElementsOf(everyWriter);
        assertThat(log.verify(incident)).isEqualTo(new LogVerification(true, writers, null));
    }

    @Test
    void eachEntryIsLinkedToThePreviousByItsHash() {
        String incident = newIncident();

        LogEntryDocument first = log.append(incident, "U_DECLARER", "declared", Map.of("severity", "high"));
        LogEntryDocument second = log.append(incident, "U_COMMANDER", "note", Map.of("text", "isolated the host"));

        assertThat(first.prevHash()).isEqualTo("0".repeat(64));
        assertThat(second.prevHash()).isEqualTo(first.hash());
        assertThat(List.of(first.hash(), second.hash())).allMatch(h -> h.matches("[0-9a-f]{64}"))
                .doesNotHaveDuplicates();
        assertThat(second.hash()).isEqualTo(LogEntryHashing.hash(second));
        assertThat(log.verify(incident)).isEqualTo(new LogVerification(true, 2, null));
    }

    @Test
    void dataOfEveryKindTheLogKeepsStillVerifiesAfterBeingReadBack() {
        String incident = newIncident();
        clock.set(Instant.parse("2025-03-14T09:26:53.589793238Z"));
        Map<String, Object> data = Map.of("text", "ü \"quoted\"\n", "count", 3, "big", 1L << 40, "ratio", 0.1f,
                "share", 2.5, "confirmed", true, "when", Instant.parse("2025-03-14T09:00:00.123456Z"),
                "users", List.of("U1", "U2"), "nested", Map.of("z", List.of(Map.of("b", 1, "a", false)), "state",
                        Thread.State.RUNNABLE));

        LogEntryDocument entry = log.append(incident, "U_COMMANDER", "note", data);

        assertThat(log.entries(incident)).singleElement()
                .satisfies(read -> assertThat(LogEntryHashing.hash(read)).isEqualTo(entry.hash()));
        assertThat(log.verify(incident)).isEqualTo(new LogVerification(true, 1, null));
    }

    @Test
    void textWithUnpairedSurrogatesStillVerifiesAfterBeingReadBack() {
        String incident = newIncident();
        // what a hostile Slack payload can carry: JSON escapes of lone UTF-16 surrogates, which UTF-8 cannot hold
        Map<String, Object> data = Map.of("text", "a\ud800b \udc00 \ud83d\ude00 \udbff", "list",
                List.of("\udfff"), "nested", Map.of("k\ud800", "v"));

        LogEntryDocument entry = log.append(incident, "U_COMMANDER\udc00", "note", data);

        assertThat(log.entries(incident)).singleElement()
                .satisfies(read -> assertThat(LogEntryHashing.hash(read)).isEqualTo(entry.hash()));
        assertThat(log.verify(incident)).isEqualTo(new LogVerification(true, 1, null));
    }

    @Test
    void dataTheHashDoesNotCoverIsRefusedAndNothingIsWritten() {
        String incident = newIncident();

        assertThatThrownBy(() -> log.append(incident, "U_COMMANDER", "note", Map.of("blob", new byte[] {1, 2})))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(log.entries(incident)).isEmpty();
    }

    @Test
    void theDatabaseRefusesASecondEntryWithTheSameNumber() {
        String incident = newIncident();
        LogEntryDocument first = log.append(incident, "U_COMMANDER", "note", Map.of("text", "original"));
        LogEntryDocument forged = new LogEntryDocument("forged-" + UUID.randomUUID(), incident, first.seq(),
                first.at(), "U_MALLORY", "note", Map.of("text", "rewritten"), first.prevHash(), first.hash());

        assertThatThrownBy(() -> mongo.insert(forged)).isInstanceOf(DuplicateKeyException.class);

        assertThat(log.entries(incident)).containsExactly(first);
    }

    @Test
    void theLogOffersNoWayToChangeOrDeleteAnEntry() {
        List<String> forbidden = List.of("update", "delete", "remove", "replace", "save");

        List<String> publicMethods = Arrays.stream(IncidentLogStore.class.getMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()))
                .map(Method::getName)
                .toList();

        assertThat(publicMethods).contains("append", "entries")
                .noneMatch(name -> forbidden.stream().anyMatch(name.toLowerCase()::startsWith));
    }

    private static String newIncident() {
        return "INC-" + UUID.randomUUID();
    }
}
