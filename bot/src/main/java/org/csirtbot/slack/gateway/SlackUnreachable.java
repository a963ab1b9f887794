package org.csirtbot.slack.gateway;

import java.time.Duration;
import java.util.Optional;

/**
 * A Web API call got no usable answer: a network fault, a timeout, HTTP 429 or 5xx, or a body that is
 * not JSON. Slack may or may not have acted, so it is retried, and effects are reconciled first.
 */
public class SlackUnreachable extends RuntimeException {

    private final transient Duration retryAfter;

    public SlackUnreachable(String method, String reason, Throwable cause) {
        this(method, reason, cause, null);
    }

    SlackUnreachable(String method, String reason, Throwable cause, Duration retryAfter) {
        super(method + " did not reach Slack: " + reason, cause);
        this.retryAfter = retryAfter;
    }

    /** How long Slack asked to wait (HTTP 429 {@code Retry-After}), if it did. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
