package org.csirtbot.updates.slack;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentLog;
import org.csirtbot.incident.Incidents;
import org.csirtbot.incident.slack.SlackIncidentRooms;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.updates.UpdateReminders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Every {@code csirtbot.update-cadence.check-interval}, on the bot's clock: each open incident whose room is open and
 * whose next status update is due by now (the time its latest update promised, else its severity's cadence; never for
 * a severity that owes none) gets one reminder in its room, mentioning its commander and comms, and the reminder is
 * logged once; the pinned summary then shows the update overdue. The post is keyed by the due time and the log is read
 * first, so a second check, or a restart between posting and logging, never reminds twice. Exercises are reminded as
 * incidents are (their rooms mark every message).
 */
@SlackComponent
class UpdateReminderSchedule {

    private static final Logger log = LoggerFactory.getLogger(UpdateReminderSchedule.class);

    private final Incidents incidents;
    private final UpdateReminders reminders;
    private final UpdatePosts posts;
    private final SlackIncidentRooms rooms;
    private final Clock clock;

    UpdateReminderSchedule(Incidents incidents, UpdateReminders reminders, UpdatePosts posts, SlackIncidentRooms rooms,
                           Clock clock) {
        this.incidents = incidents;
        this.reminders = reminders;
        this.posts = posts;
        this.rooms = rooms;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${csirtbot.update-cadence.check-interval:1m}",
            fixedDelayString = "${csirtbot.update-cadence.check-interval:1m}")
    void check() {
        Instant now = clock.instant();
        try {
            for (Incident incident : incidents.open()) {
                remindIfDue(incident, now);
            }
        } catch (RuntimeException e) {
            log.warn("Checking which status updates are due will try again: {}", e.toString());
        }
    }

    private void remindIfDue(Incident incident, Instant now) {
        if (incident.room() == null || incident.room().summaryTs() == null) {
            return; // the room is not open yet: its reminders wait for it
        }
        try {
            Optional<Instant> due = reminders.unreminded(incident, now);
            if (due.isPresent()) {
                posts.reminder(incident, due.get());
                IncidentLog.Appended reminded = reminders.reminded(incident, due.get());
                if (reminded.added()) {
                    rooms.refreshSummary(incident, reminded.entry());
                }
            }
        } catch (RuntimeException e) {
            log.warn("Reminding {} of its status update will try again: {}", incident.id(), e.toString());
        }
    }
}
