package org.csirtbot.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.csirtbot.storage.DeliveryStore;
import org.csirtbot.storage.OutboxStore;
import org.csirtbot.testkit.BotIntegrationTest;
import org.csirtbot.testkit.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The embedded store ignores TTL indexes, so remembered Slack deliveries and sent outbox entries would stay for ever
 * (and the outbox is scanned for pending entries every 30 s): the pruning job removes deliveries whose hour is over
 * and entries Slack did more than {@code csirtbot.retention.slack-outbox} (30 days) ago, with the texts they carry;
 * a pending entry stays whatever its age.
 */
@BotIntegrationTest
class SlackRecordsPruningIntegrationTests {

    @Autowired
    SlackRecordsPruning pruning;
    @Autowired
    DeliveryStore deliveries;
    @Autowired
    OutboxStore outbox;
    @Autowired
    MongoTemplate mongo;

    @Test
    void expiredDeliveriesAndEntriesSentLongAgoGoWhilePendingAndRecentOnesStay() {
        String run = Long.toString(System.nanoTime(), 36);
        String oldDelivery = "event:old-" + run;
        String newDelivery = "event:new-" + run;
        String sentLongAgo = "prune-test:sent-long-ago:" + run;
        String pendingLongAgo = "prune-test:pending:" + run;
        String sentToday = "prune-test:sent-today:" + run;
        TestClock.shared().set(Instant.now().minus(Duration.ofDays(31)));
        deliveries.firstTime(oldDelivery, Duration.ofHours(1));
        sent(sentLongAgo);
        outbox.enqueue(pendingLongAgo, "prune-test-" + run, "chat.postMessage", Map.of("text", "still to send"));
        TestClock.shared().release();
        deliveries.firstTime(newDelivery, Duration.ofHours(1));
        sent(sentToday);
        try {
            assertThat(stored(oldDelivery, "slack_deliveries")).as("the embedded store's TTL index removes nothing")
                    .isTrue();

            SlackRecordsPruning.Pruned pruned = pruning.prune();

            assertThat(pruned.deliveries()).isPositive();
            assertThat(pruned.outboxEntries()).isPositive();
            assertThat(stored(oldDelivery, "slack_deliveries")).isFalse();
            assertThat(stored(newDelivery, "slack_deliveries")).isTrue();
            assertThat(outbox.find(sentLongAgo)).isEmpty();
            assertThat(outbox.find(pendingLongAgo)).hasValueSatisfying(e -> assertThat(e.pending()).isTrue());
            assertThat(outbox.find(sentToday)).isPresent();
        } finally {
            // a pending entry would be sent to a channel no other test expects when recovery runs
            mongo.remove(query(where("_id").is(pendingLongAgo)), "slack_outbox");
        }
    }

    private void sent(String key) {
        outbox.enqueue(key, "prune-test", "chat.postMessage", Map.of("text", "what the triage post said"));
        outbox.markDone(key, Map.of("ts", "1.0"));
    }

    private boolean stored(String id, String collection) {
        return mongo.exists(query(where("_id").is(id)), collection);
    }
}
