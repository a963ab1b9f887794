package org.csirtbot.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;

/**
 * The store's indexes, created once the store answers and retried until then, so the bot starts (live, not ready)
 * while its MongoDB is down instead of failing into a restart loop. Readiness stays DOWN until they exist.
 */
class StoreIndexes implements SmartInitializingSingleton, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StoreIndexes.class);
    static final long RETRY_SECONDS = 5;

    private final MongoTemplate mongo;
    private final List<Wanted> wanted = new ArrayList<>();
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "store-indexes");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean created;

    StoreIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Wants this index; called while the stores are set up, before {@link #afterSingletonsInstantiated()}. */
    synchronized void want(Class<?> document, Index index) {
        wanted.add(new Wanted(document, index));
    }

    /** Before the bot takes requests: at once when the store answers, else in the background until it does. */
    @Override
    public void afterSingletonsInstantiated() {
        if (ensure()) {
            retries.shutdown();
            return;
        }
        retries.scheduleWithFixedDelay(() -> {
            if (ensure()) {
                retries.shutdown();
            }
        }, RETRY_SECONDS, RETRY_SECONDS, TimeUnit.SECONDS);
    }

    /** True once every index exists; otherwise tries to create them now. */
    synchronized boolean ensure() {
        if (!created) {
            try {
                wanted.forEach(w -> mongo.indexOps(w.document()).createIndex(w.index()));
                created = true;
                log.info("Store indexes in place ({})", wanted.size());
            } catch (RuntimeException e) {
                log.warn("Store indexes not created yet, trying again in {} s: {}", RETRY_SECONDS, e.toString());
            }
        }
        return created;
    }

    boolean created() {
        return created;
    }

    @Override
    public void close() {
        retries.shutdownNow();
    }

    private record Wanted(Class<?> document, Index index) {
    }
}
