package org.csirtbot.slack;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The language to speak to each user: their Slack locale when Slack tells it (English or Japanese),
 * otherwise {@code CSIRTBOT_LOCALE}. Looked up once an hour per user.
 */
@SlackComponent
class UserLocales {

    private static final Logger log = LoggerFactory.getLogger(UserLocales.class);
    private static final Duration KEEP = Duration.ofHours(1);

    private final SlackGateway slack;
    private final Locale fallback;
    private final Clock clock;
    private final Map<String, Known> known = new ConcurrentHashMap<>();

    UserLocales(SlackGateway slack, CsirtbotProperties properties, Clock clock) {
        this.slack = slack;
        this.fallback = supported(properties.locale()) ? properties.locale() : Locale.ENGLISH;
        this.clock = clock;
    }

    Locale of(String userId) {
        if (userId == null) {
            return fallback;
        }
        Known cached = known.get(userId);
        if (cached != null && cached.until().isAfter(clock.instant())) {
            return cached.locale();
        }
        Locale locale = lookUp(userId);
        known.put(userId, new Known(locale, clock.instant().plus(KEEP)));
        return locale;
    }

    Locale fallback() {
        return fallback;
    }

    private Locale lookUp(String userId) {
        try {
            Locale slackLocale = slack.userLocale(userId);
            return slackLocale != null && supported(slackLocale) ? Locale.forLanguageTag(slackLocale.getLanguage())
                    : fallback;
        } catch (RuntimeException e) {
            log.debug("No Slack locale for {}: {}", userId, e.getMessage());
            return fallback;
        }
    }

    private static boolean supported(Locale locale) {
        return "ja".equals(locale.getLanguage()) || "en".equals(locale.getLanguage());
    }

    private record Known(Locale locale, Instant until) {
    }
}
