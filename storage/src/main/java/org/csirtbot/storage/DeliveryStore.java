package org.csirtbot.storage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Deliveries from Slack already handled (event IDs, button clicks), remembered long enough to recognise
 * Slack's retries; a TTL index on {@code expiresAt} forgets them afterwards on MongoDB, and {@link #forgetExpired}
 * where the store ignores TTL indexes (the embedded one).
 */
public class DeliveryStore {

    private final MongoTemplate mongo;
    private final Clock clock;

    DeliveryStore(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** True the first time a delivery ID is seen; false for a repeat within {@code keep}. */
    public boolean firstTime(String deliveryId, Duration keep) {
        Instant now = clock.instant();
        try {
            mongo.insert(new Delivery(deliveryId, now, now.plus(keep)));
            return true;
        } catch (DuplicateKeyException repeat) {
            Delivery seen = mongo.findById(deliveryId, Delivery.class);
            // the TTL monitor runs about once a minute, so an expired entry may still be there
            if (seen != null && seen.expiresAt().isBefore(now)) {
                mongo.remove(seen);
                return firstTime(deliveryId, keep);
            }
            return false;
        }
    }

    /** The deliveries received since {@code since}, to recognise Slack's retries after a restart. */
    public List<String> seenSince(Instant since) {
        Query recent = Query.query(Criteria.where("receivedAt").gte(since));
        recent.fields().include("_id");
        return mongo.find(recent, Delivery.class).stream().map(Delivery::id).toList();
    }

    /** Removes the deliveries whose period is over; returns how many. */
    public long forgetExpired() {
        Query expired = Query.query(Criteria.where("expiresAt").lt(clock.instant()));
        return mongo.remove(expired, Delivery.class).getDeletedCount();
    }

    @Document("slack_deliveries")
    record Delivery(@Id String id, Instant receivedAt, Instant expiresAt) {
    }
}
