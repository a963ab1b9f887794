package org.csirtbot.slack;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.csirtbot.storage.DeliveryStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

import com.google.gson.JsonParser;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;

/**
 * Acknowledges Slack's repeated deliveries (event retries, a command or click delivered twice) without
 * handling them again. The check is in memory only, so an acknowledgement never waits on the store: the
 * last {@link #MEMORY} of deliveries, at most {@link #MEMORY_MAX}, which outlasts Slack's retries (the last
 * about five minutes after the first delivery). Each delivery is also written to the store in the
 * background and read back at start, so a retry that arrives after a restart is still recognised.
 */
@SlackComponent
class RepeatedDeliveries implements Middleware {

    private static final Logger log = LoggerFactory.getLogger(RepeatedDeliveries.class);
    static final Duration MEMORY = Duration.ofMinutes(15);
    static final int MEMORY_MAX = 100_000;
    /** How long the store keeps them, for a restart; the store forgets them afterwards. */
    private static final Duration KEEP = Duration.ofHours(1);

    private final Ledger ledger;
    private final Clock clock;
    private final Executor writer;
    private final Recent recent = new Recent();

    @Autowired
    RepeatedDeliveries(DeliveryStore store, Clock clock) {
        this(Ledger.of(store), clock, backgroundWriter());
    }

    RepeatedDeliveries(Ledger ledger, Clock clock, Executor writer) {
        this.ledger = ledger;
        this.clock = clock;
        this.writer = writer;
    }

    @Override
    public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
        Optional<String> id = deliveryId(req);
        if (id.isPresent() && !firstTime(id.get())) {
            log.info("Acknowledged a repeated delivery {} without handling it again", id.get());
            return Response.ok();
        }
        return chain.next(req);
    }

    /** Learns what the store remembers from before a restart; off the request path. */
    @EventListener(ApplicationReadyEvent.class)
    void rememberFromBeforeStart() {
        writer.execute(() -> {
            Instant now = clock.instant();
            try {
                ledger.seenSince(now.minus(MEMORY)).forEach(id -> recent.firstTime(id, now));
            } catch (RuntimeException e) {
                log.warn("Could not read recent Slack deliveries from the store: {}", e.toString());
            }
        });
    }

    private boolean firstTime(String id) {
        if (!recent.firstTime(id, clock.instant())) {
            return false;
        }
        try {
            writer.execute(() -> remember(id));
        } catch (RuntimeException full) {
            log.debug("Delivery {} not written to the store: {}", id, full.toString());
        }
        return true;
    }

    private void remember(String id) {
        try {
            ledger.remember(id, KEEP);
        } catch (RuntimeException e) {
            log.debug("Delivery {} not written to the store: {}", id, e.toString());
        }
    }

    int remembered() {
        return recent.size();
    }

    static Optional<String> deliveryId(Request<?> req) {
        if (req instanceof SlashCommandRequest command) {
            return Optional.ofNullable(command.getPayload().getTriggerId()).map(t -> "command:" + t);
        }
        if (req instanceof BlockActionRequest click && !click.getPayload().getActions().isEmpty()) {
            var action = click.getPayload().getActions().get(0);
            return Optional.of("action:" + click.getPayload().getUser().getId() + ":" + action.getActionId() + ":"
                    + action.getActionTs());
        }
        if (req.getRequestType() == RequestType.Event) {
            var body = JsonParser.parseString(req.getRequestBodyAsString()).getAsJsonObject();
            return body.has("event_id") ? Optional.of("event:" + body.get("event_id").getAsString()) : Optional.empty();
        }
        return Optional.empty();
    }

    /** One thread and a bounded queue: when the store lags far behind, writes are dropped, never waited for. */
    private static Executor backgroundWriter() {
        return new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(10_000), r -> {
            Thread thread = new Thread(r, "slack-deliveries");
            thread.setDaemon(true);
            return thread;
        }, new ThreadPoolExecutor.AbortPolicy());
    }

    /** Where deliveries are remembered across restarts. */
    interface Ledger {

        void remember(String id, Duration keep);

        Collection<String> seenSince(Instant since);

        static Ledger of(DeliveryStore store) {
            return new Ledger() {
                @Override
                public void remember(String id, Duration keep) {
                    store.firstTime(id, keep);
                }

                @Override
                public Collection<String> seenSince(Instant since) {
                    return store.seenSince(since);
                }
            };
        }
    }

    /** Deliveries in the order they came, so the expired ones are always at the front: O(1) per request. */
    private static final class Recent {

        private final LinkedHashMap<String, Instant> seen = new LinkedHashMap<>();

        synchronized boolean firstTime(String id, Instant now) {
            var oldest = seen.entrySet().iterator();
            while (oldest.hasNext()) {
                Map.Entry<String, Instant> entry = oldest.next();
                if (entry.getValue().isAfter(now.minus(MEMORY)) && seen.size() < MEMORY_MAX) {
                    break;
                }
                oldest.remove();
            }
            return seen.putIfAbsent(id, now) == null;
        }

        synchronized int size() {
            return seen.size();
        }
    }
}
