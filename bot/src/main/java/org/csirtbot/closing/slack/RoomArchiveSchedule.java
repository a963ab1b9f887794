package org.csirtbot.closing.slack;

import org.csirtbot.closing.RoomClosing;
import org.csirtbot.slack.SlackComponent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Every {@code csirtbot.archive-check-interval}: posts the reports of closed incidents still missing from their
 * rooms and archives the rooms due ({@code csirtbot.archive-after} after closing).
 */
@SlackComponent
class RoomArchiveSchedule {

    private static final Logger log = LoggerFactory.getLogger(RoomArchiveSchedule.class);

    private final RoomClosing rooms;

    RoomArchiveSchedule(RoomClosing rooms) {
        this.rooms = rooms;
    }

    @Scheduled(initialDelayString = "${csirtbot.archive-check-interval:5m}",
            fixedDelayString = "${csirtbot.archive-check-interval:5m}")
    void archiveDue() {
        try {
            int archived = rooms.archiveDue();
            if (archived > 0) {
                log.info("Archived the rooms of {} closed incident(s)", archived);
            }
        } catch (RuntimeException e) {
            log.warn("Archiving closed rooms will try again: {}", e.getMessage());
        }
    }
}
