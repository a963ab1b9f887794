package org.csirtbot.report.slack;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
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
 * when looked up before (kept a day), otherwise learnt in the background, never holding up an acknowledgement. In a
 * wave most reporters are new: beyond a bounded queue a lookup is skipped and their report carries no department.
 */
@SlackComponent
class ReporterDepartments {

    private static final Logger log = LoggerFactory.getLogger(ReporterDepartments.class);
    private static final Duration KEEP = Duration.ofDays(1);
    static final int QUEUE = 500;

    private final SlackGateway slack;
    private final ReportProperties properties;
    private final Clock clock;
    private final Map<String, Known> known = new ConcurrentHashMap<>();
    private final Map<String, Boolean> asking = new ConcurrentHashMap<>();
    private final ExecutorService lookups = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(QUEUE), r -> {
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
        if (asking.putIfAbsent(userId, Boolean.TRUE) != null) {
            return;
        }
        try {
            lookups.execute(() -> {
                try {
                    String department = slack.userProfileField(userId, properties.departmentField());
                    known.put(userId, new Known(Optional.ofNullable(department), clock.instant().plus(KEEP)));
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
}
