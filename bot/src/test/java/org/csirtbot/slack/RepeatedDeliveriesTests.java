package org.csirtbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.ArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;

/**
 * Slack's repeated deliveries are recognised from memory, so acknowledging never waits on the store (review finding
 * 13: the check used to block on the store on the common fork-join pool and scan all it remembered per request).
 */
class RepeatedDeliveriesTests {

    private final CountDownLatch storeHangs = new CountDownLatch(1);
    private final Set<String> storeThreads = ConcurrentHashMap.newKeySet();
    private final AtomicInteger handled = new AtomicInteger();

    @AfterEach
    void releaseTheStore() {
        storeHangs.countDown();
    }

    @Test
    void whileTheStoreHangsEveryDeliveryIsHandledOnceAndTheStoreIsNeverAskedOnTheRequestOrCommonPoolThreads()
            throws Exception {
        var deliveries = new RepeatedDeliveries(hangingLedger(), Clock.systemUTC(),
                Executors.newSingleThreadExecutor(r -> new Thread(r, "test-deliveries-writer")));

        for (int i = 0; i < 5; i++) {
            deliver(deliveries, "T" + i);
            deliver(deliveries, "T" + i);
        }

        assertThat(handled).as("each command handled once, its repeat acknowledged only").hasValue(5);
        await().until(() -> !storeThreads.isEmpty());
        assertThat(storeThreads).containsOnly("test-deliveries-writer");
    }

    @Test
    void aRetryArrivingAfterARestartIsRecognisedFromTheStore() throws Exception {
        List<String> stored = new java.util.concurrent.CopyOnWriteArrayList<>();
        var before = new RepeatedDeliveries(listLedger(stored), Clock.systemUTC(), Runnable::run);
        deliver(before, "TBEFORE");

        var after = new RepeatedDeliveries(listLedger(stored), Clock.systemUTC(), Runnable::run);
        after.rememberFromBeforeStart();
        deliver(after, "TBEFORE");
        deliver(after, "TNEW");

        assertThat(handled).as("the retry after the restart is not handled again").hasValue(2);
    }

    @Test
    void memoryIsBoundedAndForgetsOldestFirst() throws Exception {
        var clock = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), java.time.ZoneOffset.UTC);
        var deliveries = new RepeatedDeliveries(listLedger(new ArrayList<>()), clock, r -> { });
        for (int i = 0; i < RepeatedDeliveries.MEMORY_MAX + 10; i++) {
            deliver(deliveries, "T" + i);
        }

        assertThat(deliveries.remembered()).isEqualTo(RepeatedDeliveries.MEMORY_MAX);
        deliver(deliveries, "T" + (RepeatedDeliveries.MEMORY_MAX + 9));
        assertThat(handled).as("the newest is still recognised").hasValue(RepeatedDeliveries.MEMORY_MAX + 10);

    }

    @Test
    void aDeliveryIsForgottenAfterTheMemoryPeriodOutlastingSlacksRetries() throws Exception {
        var clock = new AtomicReference<>(Instant.parse("2026-12-07T10:00:00Z"));
        var deliveries = new RepeatedDeliveries(listLedger(new ArrayList<>()), new Clock() {
            public Instant instant() {
                return clock.get();
            }

            public java.time.ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }
        }, r -> { });
        deliver(deliveries, "TOLD");
        clock.set(clock.get().plus(Duration.ofMinutes(6)));
        deliver(deliveries, "TOLD");
        assertThat(handled).as("a retry within Slack's five minutes and more is recognised").hasValue(1);

        clock.set(clock.get().plus(RepeatedDeliveries.MEMORY));
        deliver(deliveries, "TNEW");
        assertThat(deliveries.remembered()).as("the old one forgotten when the next arrives").isEqualTo(1);
    }

    private void deliver(RepeatedDeliveries deliveries, String triggerId) throws Exception {
        String body = "command=%2Freport&user_id=U0EMPLOY1&channel_id=C0GENERAL&trigger_id="
                + URLEncoder.encode(triggerId, StandardCharsets.UTF_8);
        var request = new SlashCommandRequest(body, new RequestHeaders(Map.of()));
        deliveries.apply(request, Response.ok(), req -> {
            handled.incrementAndGet();
            return Response.ok();
        });
    }

    private RepeatedDeliveries.Ledger hangingLedger() {
        return new RepeatedDeliveries.Ledger() {
            @Override
            public void remember(String id, Duration keep) {
                storeThreads.add(Thread.currentThread().getName());
                try {
                    storeHangs.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }

            @Override
            public Collection<String> seenSince(Instant since) {
                return List.of();
            }
        };
    }

    private static RepeatedDeliveries.Ledger listLedger(List<String> stored) {
        return new RepeatedDeliveries.Ledger() {
            @Override
            public void remember(String id, Duration keep) {
                stored.add(id);
            }

            @Override
            public Collection<String> seenSince(Instant since) {
                return stored;
            }
        };
    }
}
