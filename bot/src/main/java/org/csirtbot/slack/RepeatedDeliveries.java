package org.csirtbot.slack;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.csirtbot.storage.DeliveryStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonParser;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;

/**
 * Acknowledges Slack's repeated deliveries (event retries, a command or click delivered twice) without
 * handling them again. Remembered in memory and in the store (with a TTL index) for an hour, which
 * outlasts Slack's retries (the last about five minutes after the first delivery).
 */
@SlackComponent
class RepeatedDeliveries implements Middleware {

    private static final Logger log = LoggerFactory.getLogger(RepeatedDeliveries.class);
    private static final Duration KEEP = Duration.ofHours(1);
    /** The store is asked only briefly: the acknowledgement must not wait for a slow store. */
    private static final Duration STORE_BUDGET = Duration.ofMillis(500);

    private final DeliveryStore store;
    private final Clock clock;
    private final Map<String, Instant> recent = new ConcurrentHashMap<>();

    RepeatedDeliveries(DeliveryStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
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

    private boolean firstTime(String id) {
        Instant now = clock.instant();
        recent.values().removeIf(expiry -> expiry.isBefore(now));
        if (recent.putIfAbsent(id, now.plus(KEEP)) != null) {
            return false;
        }
        try {
            return CompletableFuture.supplyAsync(() -> store.firstTime(id, KEEP))
                    .get(STORE_BUDGET.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            return true; // the handlers are idempotent themselves; when the store is slow, trust them
        }
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
        if (req.getRequestType() == com.slack.api.bolt.request.RequestType.Event) {
            var body = JsonParser.parseString(req.getRequestBodyAsString()).getAsJsonObject();
            return body.has("event_id") ? Optional.of("event:" + body.get("event_id").getAsString()) : Optional.empty();
        }
        return Optional.empty();
    }
}
