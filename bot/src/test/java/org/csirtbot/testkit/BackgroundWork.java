package org.csirtbot.testkit;

import java.util.Collection;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Waits, without sleeping, until the bot's executors have finished the work queued on them so far: the check a
 * test makes before asserting that nothing else happened.
 */
public final class BackgroundWork {

    private static final int MAX_PASSES = 20;

    private BackgroundWork() {
    }

    /**
     * Drains every executor of the application (opening forms, work after the ack, storing within the ack…) until
     * none of them was handed new work while the others drained: one pass may hand work to a pool already passed
     * (a slow store finishing, then posting), so passes repeat until a whole pass saw no task but its own.
     *
     * @throws AssertionError when the bot is still busy after 20 passes, or a pool after 30 s
     */
    public static void drain(ApplicationContext app) {
        Collection<ThreadPoolTaskExecutor> pools = app.getBeansOfType(ThreadPoolTaskExecutor.class).values();
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            long before = submitted(pools);
            long probes = pools.stream().mapToLong(BackgroundWork::drainOne).sum();
            if (submitted(pools) - before == probes) {
                return;
            }
        }
        throw new AssertionError("the bot kept handing itself new work through " + MAX_PASSES + " drains");
    }

    /**
     * Drains the pools one after the other, in the order given: occupies every worker of a pool at once, which it
     * can only do once the pool has finished what was queued before, then lets them go. Name a pool twice to catch
     * work that a later pool handed back to it.
     *
     * @throws AssertionError when a pool is still busy after 30 s
     */
    public static void drain(ThreadPoolTaskExecutor... pools) {
        for (ThreadPoolTaskExecutor pool : pools) {
            drainOne(pool);
        }
    }

    /** Drains one pool; returns how many probes that took (one per worker). */
    private static int drainOne(ThreadPoolTaskExecutor executor) {
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
        return threads;
    }

    /** Every task ever handed to these pools (ThreadPoolExecutor's count: completed, running and queued). */
    private static long submitted(Collection<ThreadPoolTaskExecutor> pools) {
        return pools.stream().mapToLong(p -> p.getThreadPoolExecutor().getTaskCount()).sum();
    }
}
