package org.csirtbot.slack.gateway;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what is left in the outbox: on start (after a crash) and then every half minute (after Slack or
 * the store was down), oldest first.
 */
class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final OutboxDocuments outbox;
    private final SlackEffects effects;

    OutboxDispatcher(OutboxDocuments outbox, SlackEffects effects) {
        this.outbox = outbox;
        this.effects = effects;
    }

    /** Tries every pending effect once; returns how many are still pending. */
    int dispatchPending() {
        int left = 0;
        for (OutboxEntry entry : outbox.pending()) {
            try {
                effects.dispatch(entry);
            } catch (SlackCallRejected e) {
                log.warn("Slack refused {} for {}: {}", entry.method(), entry.key(), e.error());
            } catch (RuntimeException e) {
                left++;
                log.info("{} for {} is still pending: {}", entry.method(), entry.key(), e.getMessage());
            }
        }
        return left;
    }
}
