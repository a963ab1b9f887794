package org.csirtbot.testkit;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** Waits, without sleeping, until the bot's executors have finished the work queued on them so far. */
public final class BackgroundWork {

    private BackgroundWork() {
    }

    /**
     * Drains the pools one after the other, in the order given: occupies every worker of a pool at once, which it
     * can only do once the pool has finished what was queued before, then lets them go. Name a pool twice to catch
     * work that a later pool handed back to it.
     *
     * @throws AssertionError when a pool is still busy after 30 s
     */
    public static void drain(ThreadPoolTaskExecutor... pools) {
        for (ThreadPoolTaskExecutor executor : pools) {
            ThreadPoolExecutor pool = executor.getThreadPoolExecutor();
            int threads = Math.max(pool.getCorePoolSize(), pool.getPoolSize());
            CountDownLatch arrived = new CountDownLatch(threads);
            CountDownLatch release = new CountDownLatch(1);
            for (int i = 0; i < threads; i++) {
                pool.execute(() -> {
                    arrived.countDown();
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            }
            try {
                if (!arrived.await(30, TimeUnit.SECONDS)) {
                    throw new AssertionError("the bot's background work did not finish within 30 s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            } finally {
                release.countDown();
            }
        }
    }
}
