package org.csirtbot.retention;

import java.time.Clock;

import org.csirtbot.storage.DeliveryStore;
import org.csirtbot.storage.OutboxStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the Slack bookkeeping from growing for ever: removes remembered deliveries whose hour is over (MongoDB's TTL
 * index does it too; the embedded store ignores TTL indexes) and outbox entries Slack has done longer ago than
 * {@link RetentionProperties#slackOutbox()}, with the texts they carried. Pending entries stay whatever their age.
 */
@Component
class SlackRecordsPruning {

    private static final Logger log = LoggerFactory.getLogger(SlackRecordsPruning.class);

    private final DeliveryStore deliveries;
    private final OutboxStore outbox;
    private final RetentionProperties retention;
    private final Clock clock;

    SlackRecordsPruning(DeliveryStore deliveries, OutboxStore outbox, RetentionProperties retention, Clock clock) {
        this.deliveries = deliveries;
        this.outbox = outbox;
        this.retention = retention;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${csirtbot.retention.prune-interval:10m}",
            fixedDelayString = "${csirtbot.retention.prune-interval:10m}")
    void onSchedule() {
        try {
            prune();
        } catch (RuntimeException e) {
            log.warn("Pruning Slack deliveries and the outbox will try again: {}", e.getMessage());
        }
    }

    /** Removes what is due now; returns how many deliveries and outbox entries went. */
    Pruned prune() {
        long forgotten = deliveries.forgetExpired();
        long sent = RetentionRule.before(clock.instant(), retention.slackOutbox())
                .map(outbox::removeFinishedBefore).orElse(0L);
        if (forgotten + sent > 0) {
            log.debug("Pruned {} Slack deliveries and {} sent outbox entries", forgotten, sent);
        }
        return new Pruned(forgotten, sent);
    }

    record Pruned(long deliveries, long outboxEntries) {
    }
}
