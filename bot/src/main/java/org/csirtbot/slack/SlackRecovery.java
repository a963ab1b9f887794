package org.csirtbot.slack;

import java.util.concurrent.Executor;

import org.csirtbot.incident.RoomOpening;
import org.csirtbot.slack.gateway.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Finishes what an interruption left undone: on start, and then every half minute, sends the effects
 * still in the outbox and completes any room whose opening stopped half-way (a crash, Slack or the
 * store down).
 */
@SlackComponent
class SlackRecovery {

    private static final Logger log = LoggerFactory.getLogger(SlackRecovery.class);

    private final SlackGateway slack;
    private final RoomOpening rooms;
    private final Executor work;

    SlackRecovery(SlackGateway slack, RoomOpening rooms, @Qualifier("slackWork") Executor work) {
        this.slack = slack;
        this.rooms = rooms;
        this.work = work;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        work.execute(this::recover);
    }

    @Scheduled(initialDelayString = "${csirtbot.recovery-interval:30s}", fixedDelayString = "${csirtbot.recovery-interval:30s}")
    void recover() {
        try {
            slack.dispatchPending();
            rooms.incomplete().forEach(this::finishRoom);
        } catch (RuntimeException e) {
            log.warn("Recovery will try again: {}", e.getMessage());
        }
    }

    private void finishRoom(String incidentId) {
        try {
            rooms.open(incidentId);
        } catch (RuntimeException e) {
            log.info("The room of {} is not complete yet: {}", incidentId, e.getMessage());
        }
    }
}
