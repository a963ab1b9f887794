package org.csirtbot.bench;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** A process's highest resident memory (MiB) while this is open, from /proc every half second. */
final class RssPeak implements AutoCloseable {

    private final AtomicLong peak = new AtomicLong(-1);
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "bench-rss");
        thread.setDaemon(true);
        return thread;
    });

    RssPeak(long pid) {
        sampler.scheduleAtFixedRate(() -> peak.accumulateAndGet(WaveWatch.rssMb(pid), Math::max), 0, 500,
                TimeUnit.MILLISECONDS);
    }

    long mb() {
        return peak.get();
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }
}
