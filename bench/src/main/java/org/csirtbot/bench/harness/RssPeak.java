package org.csirtbot.bench.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** A process's highest resident memory (MiB) while this is open, from /proc every half second. */
public final class RssPeak implements AutoCloseable {

    private final AtomicLong peak = new AtomicLong(-1);
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "bench-rss");
        thread.setDaemon(true);
        return thread;
    });

    public RssPeak(long pid) {
        sampler.scheduleAtFixedRate(() -> peak.accumulateAndGet(RssPeak.rssMb(pid), Math::max), 0, 500,
                TimeUnit.MILLISECONDS);
    }

    public long mb() {
        return peak.get();
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }

    /** A process's resident memory (VmRSS) in MiB, or -1 where /proc does not tell. */
    /** A process's resident memory now (MiB), or -1 when it cannot be read. */
    public static long rssMb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
