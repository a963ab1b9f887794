package org.csirtbot.partners.slack;

import java.time.Clock;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.Incidents;
import org.csirtbot.partners.RequestReminders;
import org.csirtbot.slack.SlackComponent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Every {@code csirtbot.partners.check-interval}, on the bot's clock: each request still awaiting a reply that is due
 * (from {@code csirtbot.partners.remind-at} on its due date, and on each day after while it is overdue) is reminded
 * once that day in its incident's room, mentioning the liaison (else the commander), and the reminder is logged. The
 * post is keyed by the request and the day and the log is read first, so a second check, or a restart between posting
 * and logging, never reminds twice. A room that is not open yet, or archived after closing, gets no reminders.
 */
@SlackComponent
class RequestReminderSchedule {

    private static final Logger log = LoggerFactory.getLogger(RequestReminderSchedule.class);

    private final RequestReminders reminders;
    private final Incidents incidents;
    private final RequestPosts posts;
    private final Clock clock;

    RequestReminderSchedule(RequestReminders reminders, Incidents incidents, RequestPosts posts, Clock clock) {
        this.reminders = reminders;
        this.incidents = incidents;
        this.posts = posts;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${csirtbot.partners.check-interval:1m}",
            fixedDelayString = "${csirtbot.partners.check-interval:1m}")
    void check() {
        try {
            for (RequestReminders.Due due : reminders.due(clock.instant())) {
                remindIfOpen(due);
            }
        } catch (RuntimeException e) {
            log.warn("Checking which replies from outside organisations are due will try again: {}", e.toString());
        }
    }

    private void remindIfOpen(RequestReminders.Due due) {
        try {
            Incident incident = incidents.find(due.request().incidentId()).orElse(null);
            if (incident == null || incident.room() == null || incident.room().summaryTs() == null
                    || incident.closure() != null && incident.closure().archivedAt() != null
                    || incident.retention() != null && incident.retention().purged()
                    || reminders.reminded(due)) {
                return;
            }
            posts.reminder(incident, due);
            reminders.remember(due);
        } catch (RuntimeException e) {
            log.warn("Reminding of the reply due on {} will try again: {}", due.request().id(), e.toString());
        }
    }
}
