package org.csirtbot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
        String name = unique("incident");
        int threads = 8;
        int callsEach = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<List<Long>>> callers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                callers.add(() -> {
                    List<Long> got = new ArrayList<>();
                    for (int i = 0; i < callsEach; i++) {
                        got.add(counters.next(name));
                    }
                    return got;
                });
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> result : pool.invokeAll(callers)) {
                all.addAll(result.get());
            }

            assertThat(all).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(
                            LongStream.rangeClosed(1, threads * callsEach).boxed().toList());
        } finally {
            pool.shutdownNow();
        }
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }
}
