package org.csirtbot.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * How long a Slack delivery is remembered: a repeat within the period is recognised, one after it is new again, even
 * while the expired entry is still stored (MongoDB's TTL monitor removes it only about once a minute, and the
 * embedded store never does).
 */
@StorageTest
class DeliveryStoreTests {

    private static final Duration KEEP = Duration.ofMinutes(10);
    private static final Instant AT = Instant.parse("2026-12-07T09:00:00Z");

    @Autowired
    DeliveryStore deliveries;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    TestClock clock;

    @Test
    void aRepeatWithinThePeriodIsRecognisedAndEachDeliveryIsRememberedUntilItsPeriodEnds() {
        String id = "Ev" + UUID.randomUUID();
        clock.set(AT);

        assertThat(deliveries.firstTime(id, KEEP)).isTrue();
        clock.set(AT.plus(KEEP).minusSeconds(1));
        assertThat(deliveries.firstTime(id, KEEP)).as("a retry just before the period ends").isFalse();
        assertThat(deliveries.firstTime("Ev" + UUID.randomUUID(), KEEP)).as("another delivery").isTrue();

        Document stored = mongo.findOne(query(where("_id").is(id)), Document.class, "slack_deliveries");
        assertThat(stored.get("expiresAt")).as("what the TTL index removes it by").isEqualTo(Date.from(AT.plus(KEEP)));
    }

    @Test
    void aDeliveryAfterItsPeriodIsNewAgainAndRememberedAfresh() {
        String id = "Ev" + UUID.randomUUID();
        clock.set(AT);
        deliveries.firstTime(id, KEEP);

        clock.set(AT.plus(KEEP).plusSeconds(1));
        assertThat(deliveries.firstTime(id, KEEP)).as("the expired entry is still stored, but over").isTrue();
        clock.set(AT.plus(KEEP).plusSeconds(30));
        assertThat(deliveries.firstTime(id, KEEP)).as("remembered again from the new delivery").isFalse();

        Document stored = mongo.findOne(query(where("_id").is(id)), Document.class, "slack_deliveries");
        // a full period from the new delivery (this clock ticks a second at each reading)
        assertThat((Date) stored.get("expiresAt")).isAfter(Date.from(AT.plus(KEEP).plus(KEEP)))
                .isBefore(Date.from(AT.plus(KEEP).plus(KEEP).plusSeconds(5)));
    }
}
