package org.csirtbot.report.slack;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.csirtbot.report.ReportProperties;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.gateway.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each reporter's department, from the Slack profile field {@code csirtbot.reports.department-field}: known at once
 * when looked up before (kept a day, an empty field an hour), otherwise learnt in the background, never holding up an acknowledgement. Slack
 * answers about 100 lookups a minute (Tier 4): in a wave most reporters are new, so the newest are asked first and
 * beyond a bounded queue the oldest lookups are dropped; their reports carry no department.
 */
@SlackComponent
class ReporterDepartments {

    private static final Logger log = LoggerFactory.getLogger(ReporterDepartments.class);
    private static final Duration KEEP = Duration.ofDays(1);
    /** An empty field is asked again sooner: people fill in their profile after a reminder, often during a wave. */
    private static final Duration KEEP_EMPTY = Duration.ofHours(1);
    private static final Duration RETRY = Duration.ofMinutes(1);
    static final int QUEUE = 500;

    private final SlackGateway slack;
    private final ReportProperties properties;
    private final Clock clock;
    private final Map<String, Known> known = new ConcurrentHashMap<>();
    /** When each lookup was queued: one dropped from the queue is asked again after {@link #RETRY}. */
    private final Map<String, Instant> asking = new ConcurrentHashMap<>();
    /** One thread, newest first: in a wave the latest reporters are learnt first, the oldest beyond the queue dropped. */
    private final ExecutorService lookups = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new NewestFirst(QUEUE),
            r -> {
                Thread thread = new Thread(r, "slack-department-lookup");
                thread.setDaemon(true);
                return thread;
            }, new ThreadPoolExecutor.AbortPolicy());

    ReporterDepartments(SlackGateway slack, ReportProperties properties, Clock clock) {
        this.slack = slack;
        this.properties = properties;
        this.clock = clock;
    }

    /** The department known now (or null), asking Slack in the background when not known. */
    String now(String userId) {
        if (!properties.departmentsKnown() || userId == null) {
            return null;
        }
        Known cached = known.get(userId);
        if (cached == null || !cached.until().isAfter(clock.instant())) {
            ask(userId);
        }
        return cached == null ? null : cached.department().orElse(null);
    }

    private void ask(String userId) {
        Instant now = clock.instant();
        Instant queued = asking.putIfAbsent(userId, now);
        if (queued != null && !(queued.plus(RETRY).isBefore(now) && asking.replace(userId, queued, now))) {
            return;
        }
        try {
            lookups.execute(() -> {
                try {
                    String department = slack.userProfileField(userId, properties.departmentField());
                    known.put(userId, new Known(Optional.ofNullable(department),
                            clock.instant().plus(department == null ? KEEP_EMPTY : KEEP)));
                } catch (RuntimeException e) {
                    log.debug("No department for {}: {}", userId, e.toString());
                } finally {
                    asking.remove(userId);
                }
            });
        } catch (RejectedExecutionException busy) {
            asking.remove(userId);
        }
    }

    private record Known(Optional<String> department, Instant until) {
    }

    /** A bounded queue taken newest first; full, it drops its oldest entry for the new one. */
    private static final class NewestFirst extends LinkedBlockingDeque<Runnable> {

        NewestFirst(int capacity) {
            super(capacity);
        }

        @Override
        public boolean offer(Runnable lookup) {
            while (!offerFirst(lookup)) {
                pollLast();
            }
            return true;
        }
    }
}
