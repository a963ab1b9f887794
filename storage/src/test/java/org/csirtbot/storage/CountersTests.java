package org.csirtbot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@StorageTest
class CountersTests {

    @Autowired
    Counters counters;

    @Test
    void countsFromOneUpwardsPerName() {
        String incidents = unique("incident");
        String reports = unique("report");

        assertThat(counters.next(incidents)).isEqualTo(1);
        assertThat(counters.next(incidents)).isEqualTo(2);
        assertThat(counters.next(reports)).isEqualTo(1);
        assertThat(counters.next(incidents)).isEqualTo(3);
        assertThat(counters.next(reports)).isEqualTo(2);
    }

    @Test
    void concurrentCallersNeverGetTheSameNumber() throws Exception {
        int threads = 8;
        int callsEach = 25;

        List<Long> all = handOutConcurrently(counters, unique("incident"), threads, callsEach);

        assertThat(all).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, threads * callsEach).boxed().toList());
    }

    /** The numbers {@code threads} callers got, asking {@code callsEach} times each, all at once. */
    static List<Long> handOutConcurrently(Counters counters, String name, int threads, int callsEach)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            Callable<List<Long>> caller = () -> IntStream.range(0, callsEach)
                    .mapToObj(i -> counters.next(name)).toList();
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> result : pool.invokeAll(Collections.nCopies(threads, caller))) {
                all.addAll(result.get());
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }
}
