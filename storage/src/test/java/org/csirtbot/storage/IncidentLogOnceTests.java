package org.csirtbot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Appending something to the log only once, and finding entries by kind and data. */
@StorageTest
class IncidentLogOnceTests {

    @Autowired
    IncidentLogStore log;

    @Test
    void theSameIsAppendedOnceAndTheFirstEntryIsReturnedAfterwards() {
        String incident = newIncident();
        log.append(incident, "U_DECLARER", "declared", Map.of());

        var first = log.appendOnce(incident, "U_ONE", "captured", Map.of("ts", "1.000100", "text", "first"),
                Map.of("ts", "1.000100"));
        var second = log.appendOnce(incident, "U_TWO", "captured", Map.of("ts", "1.000100", "text", "second"),
                Map.of("ts", "1.000100"));

        assertThat(first.added()).isTrue();
        assertThat(second.added()).isFalse();
        assertThat(second.entry()).isEqualTo(first.entry());
        assertThat(log.entries(incident)).hasSize(2).last().isEqualTo(first.entry());
        assertThat(log.verify(incident)).isEqualTo(new LogVerification(true, 2, null));
    }

    @Test
    void onlyAnEntryOfTheSameKindAndValuesCountsAsTheSame() {
        String incident = newIncident();
        log.append(incident, "U_ONE", "note", Map.of("ts", "1.000100"));
        log.appendOnce(incident, "U_ONE", "captured", Map.of("ts", "1.000100", "channel", "C1"),
                Map.of("ts", "1.000100", "channel", "C1"));

        assertThat(log.appendOnce(incident, "U_ONE", "captured", Map.of("ts", "1.000100", "channel", "C2"),
                Map.of("ts", "1.000100", "channel", "C2")).added()).isTrue();
        assertThat(log.appendOnce(newIncident(), "U_ONE", "captured", Map.of("ts", "1.000100", "channel", "C1"),
                Map.of("ts", "1.000100", "channel", "C1")).added()).as("another incident's log").isTrue();
        assertThat(log.entries(incident)).hasSize(3);
    }

    @Test
    void simultaneousAppendsOfTheSameWriteItOnceAndKeepTheChain() throws Exception {
        String incident = newIncident();
        int writers = 12;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Callable<Object>> appends = IntStream.rangeClosed(1, writers)
                    .mapToObj(n -> (Callable<Object>) () -> n % 2 == 0
                            ? log.appendOnce(incident, "U_" + n, "captured", Map.of("ts", "7.000001"),
                                    Map.of("ts", "7.000001"))
                            : log.append(incident, "U_" + n, "note", Map.of("n", n)))
                    .toList();
            for (Future<Object> done : pool.invokeAll(appends)) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(log.entries(incident)).filteredOn(e -> e.kind().equals("captured")).hasSize(1);
        assertThat(log.entries(incident)).hasSize(writers / 2 + 1);
        assertThat(log.verify(incident)).isEqualTo(new LogVerification(true, writers / 2 + 1, null));
    }

    @Test
    void entriesAreFoundByKindAndDataValuesOldestFirst() {
        String incident = newIncident();
        var captured = log.append(incident, "U_ONE", "captured", Map.of("channel", "C1", "ts", "1.1", "text", "a"));
        log.append(incident, "U_ONE", "captured", Map.of("channel", "C1", "ts", "2.2", "text", "b"));
        var edited = log.append(incident, "U_ONE", "edited", Map.of("channel", "C1", "ts", "1.1", "text", "a2"));
        log.append(incident, "U_ONE", "note", Map.of("channel", "C1", "ts", "1.1"));

        assertThat(log.entries(incident, List.of("captured", "edited"), Map.of("channel", "C1", "ts", "1.1")))
                .containsExactly(captured, edited);
        assertThat(log.entries(incident, List.of("captured"), Map.of("ts", "9.9"))).isEmpty();
    }

    @Test
    void whatIsDecidedOnTheLogAsItStandsIsAppendedByOneOfManyWritersRacingForIt() throws Exception {
        String incident = newIncident();
        log.append(incident, "U_DECLARER", "declared", Map.of());
        int writers = 12;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<IncidentLogStore.Decided<String>> decided = new java.util.ArrayList<>();
        try {
            // each writer approves version 1 unless a verdict (approved or rejected) is in the log already
            List<Callable<IncidentLogStore.Decided<String>>> verdicts = IntStream.rangeClosed(1, writers)
                    .mapToObj(n -> (Callable<IncidentLogStore.Decided<String>>) () -> log.appendDecided(incident, "U_" + n,
                            List.of("approved", "rejected"), entries -> entries.isEmpty()
                                    ? new IncidentLogStore.Decision<>(n % 2 == 0 ? "approved" : "rejected",
                                            Map.of("version", 1), "done")
                                    : new IncidentLogStore.Decision<>(null, null, "decided by " + entries.get(0).actor())))
                    .toList();
            for (Future<IncidentLogStore.Decided<String>> done : pool.invokeAll(verdicts)) {
                decided.add(done.get());
            }
        } finally {
            pool.shutdownNow();
        }

        List<LogEntryDocument> verdicts = log.entries(incident, List.of("approved", "rejected"), Map.of());
        assertThat(verdicts).hasSize(1);
        assertThat(decided).filteredOn(d -> d.entry() != null).singleElement()
                .satisfies(d -> assertThat(d.entry()).isEqualTo(verdicts.get(0)))
                .satisfies(d -> assertThat(d.outcome()).isEqualTo("done"));
        assertThat(decided).filteredOn(d -> d.entry() == null).hasSize(writers - 1)
                .allSatisfy(d -> assertThat(d.outcome()).isEqualTo("decided by " + verdicts.get(0).actor()));
        assertThat(log.verify(incident)).isEqualTo(new LogVerification(true, 2, null));
    }

    private static String newIncident() {
        return "INC-" + UUID.randomUUID();
    }
}
