package org.csirtbot.partners;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.csirtbot.incident.IncidentLog;
import org.csirtbot.incident.LogKind;
import org.csirtbot.time.ReadableTimes;
import org.springframework.stereotype.Component;

/**
 * Which requests are owed a reminder that their reply is due: a request still awaiting a reply (not answered, not
 * closed) is reminded on the day its reply is due, at {@link PartnersProperties#remindAt()} in the organisation's time
 * zone, and again on each day after at that time while it is overdue. One reminder per request and day, read from the
 * log, so a second check or a restart never reminds twice; after a pause (the bot stopped), only the latest day's.
 */
@Component
public class RequestReminders {

    private final OutsideRequests requests;
    private final IncidentLog log;
    private final PartnersProperties properties;
    private final ReadableTimes times;

    RequestReminders(OutsideRequests requests, IncidentLog log, PartnersProperties properties, ReadableTimes times) {
        this.requests = requests;
        this.log = log;
        this.properties = properties;
        this.times = times;
    }

    /** A request owed a reminder on {@code day}, its reply due {@code overdue} days before (0: due that day). */
    public record Due(OutsideRequest request, LocalDate day, long overdue) {
    }

    /** The requests whose reminder of the latest reminding moment by {@code now} is owed, unless already given. */
    public List<Due> due(Instant now) {
        ZonedDateTime local = now.atZone(times.timeZone());
        LocalDate day = local.toLocalTime().isBefore(properties.remindAt()) ? local.toLocalDate().minusDays(1)
                : local.toLocalDate();
        return requests.awaitingReplyDueBy(day).stream()
                .map(r -> new Due(r, day, ChronoUnit.DAYS.between(r.dueOn(), day))).toList();
    }

    /** Whether the request was reminded of on that day already. */
    public boolean reminded(Due due) {
        return !log.entries(due.request().incidentId(), List.of(LogKind.OUTSIDE_REQUEST_REMINDED),
                sameDay(due)).isEmpty();
    }

    /** Logs, once per request and day, that the reminder was given. */
    public IncidentLog.Appended remember(Due due) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("request", due.request().id());
        data.put("dueOn", due.request().dueOn().toString());
        data.put("day", due.day().toString());
        return log.appendOnce(due.request().incidentId(), IncidentLog.BOT, LogKind.OUTSIDE_REQUEST_REMINDED, data,
                sameDay(due));
    }

    private static Map<String, Object> sameDay(Due due) {
        return Map.of("request", due.request().id(), "day", due.day().toString());
    }
}
