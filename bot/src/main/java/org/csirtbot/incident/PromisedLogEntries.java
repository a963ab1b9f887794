package org.csirtbot.incident;

import org.csirtbot.storage.PendingLogStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Appends the log entries that stored state changes promised but a crash or a store outage kept from the log
 * ({@link IncidentLog#promise}): at start and every 30 s, each exactly once.
 */
@Component
class PromisedLogEntries {

    private static final Logger log = LoggerFactory.getLogger(PromisedLogEntries.class);

    private final PendingLogStore promises;

    PromisedLogEntries(PendingLogStore promises) {
        this.promises = promises;
    }

    @Scheduled(initialDelayString = "${csirtbot.log-promises-initial-delay:1s}",
            fixedDelayString = "${csirtbot.recovery-interval:30s}")
    void settleAll() {
        try {
            for (String incidentId : promises.incidentsWithPending()) {
                for (PendingLogStore.Entry promised : promises.pending(incidentId)) {
                    promises.settle(incidentId, promised);
                    log.info("Appended to the log of {} the {} entry its state change promised", incidentId,
                            promised.kind());
                }
            }
        } catch (RuntimeException e) {
            log.warn("Promised log entries will be appended on the next try: {}", e.toString());
        }
    }
}
