package org.csirtbot.slack;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Qualifier;

/**
 * Records something while Slack waits for the acknowledgement, but never past {@link #BUDGET}: Slack
 * gives three seconds. When the store is slow the work goes on, and the caller acknowledges without
 * claiming it was recorded, and tells the person the outcome later.
 */
@SlackComponent
public class StoreWithinAck {

    static final Duration BUDGET = Duration.ofMillis(2000);

    private final Executor store;

    StoreWithinAck(@Qualifier("slackStore") Executor store) {
        this.store = store;
    }

    public <T> Attempt<T> attempt(Supplier<T> work) {
        return attempt(work, BUDGET);
    }

    /** As {@link #attempt(Supplier)}, within a shorter budget: for work that must leave time for something after. */
    public <T> Attempt<T> attempt(Supplier<T> work, Duration budget) {
        CompletableFuture<T> future;
        try {
            future = CompletableFuture.supplyAsync(work, store);
        } catch (RejectedExecutionException full) {
            return new Attempt<>(null, full, null);
        }
        try {
            return new Attempt<>(future.get(budget.toMillis(), TimeUnit.MILLISECONDS), null, null);
        } catch (TimeoutException e) {
            return new Attempt<>(null, null, future);
        } catch (ExecutionException e) {
            return new Attempt<>(null, e.getCause(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Attempt<>(null, e, null);
        }
    }

    /** Recorded ({@code value}), failed ({@code failure}), or still going ({@code later}). */
    public record Attempt<T>(T value, Throwable failure, CompletableFuture<T> later) {

        public boolean failed() {
            return failure != null;
        }

        public boolean late() {
            return later != null;
        }
    }
}
