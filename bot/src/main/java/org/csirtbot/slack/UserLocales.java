package org.csirtbot.slack;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.csirtbot.slack.gateway.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The language to speak to each user: their Slack locale when Slack tells it (English or Japanese),
 * otherwise {@code CSIRTBOT_LOCALE}. Looked up once an hour per user, never holding up an acknowledgement.
 */
@SlackComponent
public class UserLocales {

    private static final Logger log = LoggerFactory.getLogger(UserLocales.class);
    private static final Duration KEEP = Duration.ofHours(1);
    /** How long work after the ack may wait for Slack to say; a modal's trigger lasts three seconds. */
    private static final Duration LOOKUP_BUDGET = Duration.ofMillis(800);
    static final int LOOKUP_QUEUE = 1000;

    private final SlackGateway slack;
    private final Locale fallback;
    private final Clock clock;
    private final Map<String, Known> known = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Locale>> asking = new ConcurrentHashMap<>();
    /** Two threads and a bounded queue; beyond it a lookup is skipped and asked again by the next request. */
    private final ExecutorService lookups = new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(LOOKUP_QUEUE), r -> {
                Thread thread = new Thread(r, "slack-locale-lookup");
                thread.setDaemon(true);
                return thread;
            }, new ThreadPoolExecutor.AbortPolicy());

    UserLocales(SlackGateway slack, CsirtbotProperties properties, Clock clock) {
        this.slack = slack;
        this.fallback = supported(properties.locale()) ? properties.locale() : Locale.ENGLISH;
        this.clock = clock;
    }

    /** For work after the ack: the user's language, waiting briefly for Slack the first time. */
    public Locale of(String userId) {
        if (userId == null) {
            return fallback;
        }
        Known cached = known.get(userId);
        if (cached != null && cached.until().isAfter(clock.instant())) {
            return cached.locale();
        }
        try {
            return ask(userId).get(LOOKUP_BUDGET.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return cached == null ? fallback : cached.locale();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fallback;
        }
    }

    /** For the ack path: the language known now (or the default), learning the user's in the background. */
    public Locale now(String userId) {
        if (userId == null) {
            return fallback;
        }
        Known cached = known.get(userId);
        if (cached == null || !cached.until().isAfter(clock.instant())) {
            ask(userId);
        }
        return cached == null ? fallback : cached.locale();
    }

    public Locale fallback() {
        return fallback;
    }

    private CompletableFuture<Locale> ask(String userId) {
        try {
            return asking.compute(userId, (id, running) -> running != null && !running.isDone() ? running
                    : CompletableFuture.supplyAsync(() -> lookUp(id), lookups));
        } catch (RejectedExecutionException busy) {
            return CompletableFuture.completedFuture(fallback);
        }
    }

    private Locale lookUp(String userId) {
        Locale locale = fallback;
        try {
            Locale slackLocale = slack.userLocale(userId);
            if (slackLocale != null && supported(slackLocale)) {
                locale = Locale.forLanguageTag(slackLocale.getLanguage());
            }
        } catch (RuntimeException e) {
            log.debug("No Slack locale for {}: {}", userId, e.getMessage());
        }
        known.put(userId, new Known(locale, clock.instant().plus(KEEP)));
        return locale;
    }

    private static boolean supported(Locale locale) {
        return "ja".equals(locale.getLanguage()) || "en".equals(locale.getLanguage());
    }

    private record Known(Locale locale, Instant until) {
    }
}
