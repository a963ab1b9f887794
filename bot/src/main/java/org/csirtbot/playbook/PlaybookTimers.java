package org.csirtbot.playbook;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every {@code csirtbot.playbook-check-interval}, lets time pass on the running playbooks ({@link RunActions#tick}). */
@Component
class PlaybookTimers {

    private static final Logger log = LoggerFactory.getLogger(PlaybookTimers.class);

    private final RunActions actions;
    private final Clock clock;

    PlaybookTimers(RunActions actions, Clock clock) {
        this.actions = actions;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${csirtbot.playbook-check-interval:1m}",
            fixedDelayString = "${csirtbot.playbook-check-interval:1m}")
    void check() {
        try {
            int changed = actions.tick(clock.instant());
            if (changed > 0) {
                log.debug("Time moved {} playbook run(s) on", changed);
            }
        } catch (RuntimeException e) {
            log.warn("Checking the running playbooks will try again: {}", e.getMessage());
        }
    }
}
