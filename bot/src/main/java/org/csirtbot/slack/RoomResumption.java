package org.csirtbot.slack;

import java.util.concurrent.Executor;

import org.csirtbot.incident.RoomOpening;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/** On start, finishes opening any room whose opening was interrupted (a crash, Slack down). */
@SlackComponent
class RoomResumption {

    private static final Logger log = LoggerFactory.getLogger(RoomResumption.class);

    private final RoomOpening rooms;
    private final Executor work;

    RoomResumption(RoomOpening rooms, @Qualifier("slackWork") Executor work) {
        this.rooms = rooms;
        this.work = work;
    }

    @EventListener(ApplicationReadyEvent.class)
    void resume() {
        work.execute(() -> rooms.incomplete().forEach(id -> {
            try {
                rooms.open(id);
                log.info("Finished opening the room of {}", id);
            } catch (RuntimeException e) {
                log.warn("The room of {} is still not complete: {}", id, e.getMessage());
            }
        }));
    }
}
