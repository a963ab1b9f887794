package org.csirtbot.slack.gateway;

import java.io.IOException;
import java.time.Duration;
import java.util.function.Supplier;

import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;

import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.github.resilience4j.retry.Retry;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * One Web API call, made safely: within Slack's rate limits (per method, and per channel for
 * chat.postMessage) and a bulkhead ({@link SlackLimits}), guarded by a circuit breaker, retried with backoff
 * (honouring {@code Retry-After}) when Slack did not answer, never when it said no. Forms are not retried: their
 * trigger lasts three seconds, and after an unclear answer Slack may already show the form. Each attempt is
 * counted as {@code slack.api.calls{method,outcome}}.
 */
class SlackCalls {

    static final String NAME = "slack-web-api";
    /** The retry of calls that open forms. */
    static final String FORMS = "slack-views";

    private final Retry retry;
    private final Retry formRetry;
    private final CircuitBreaker breaker;
    private final SlackLimits limits;
    private final MeterRegistry meters;

    SlackCalls(Retry retry, Retry formRetry, CircuitBreaker breaker, SlackLimits limits, MeterRegistry meters) {
        this.retry = retry;
        this.formRetry = formRetry;
        this.breaker = breaker;
        this.limits = limits;
        this.meters = meters;
    }

    /** Calls and checks {@code ok}; {@code channel} (may be null) is the conversation it posts to. */
    <T extends SlackApiTextResponse> T call(String method, String channel, ApiCall<T> call) {
        return resilient(method, () -> once(method, channel, call));
    }

    /** Runs an attempt (which may make more than one call, each within the limits) under the breaker and the retry. */
    <T> T resilient(String method, Supplier<T> attempt) {
        Supplier<T> guarded = CircuitBreaker.decorateSupplier(breaker, attempt);
        Supplier<T> translated = () -> {
            try {
                return guarded.get();
            } catch (CallNotPermittedException e) {
                count(method, "circuit_open");
                throw new SlackUnreachable(method, "circuit breaker open after repeated failures", e);
            } catch (RequestNotPermitted e) {
                count(method, "rate_limited_locally");
                throw new SlackUnreachable(method, "local rate limit wait exceeded", e);
            } catch (BulkheadFullException e) {
                count(method, "bulkhead_full");
                throw new SlackUnreachable(method, "too many calls to Slack under way", e);
            }
        };
        return Retry.decorateSupplier(SlackTiers.opensForm(method) ? formRetry : retry, translated).get();
    }

    /** One call within the limits, checked for {@code ok}. */
    <T extends SlackApiTextResponse> T once(String method, String channel, ApiCall<T> call) {
        return limits.around(method, channel, () -> checked(method, call));
    }

    private <T extends SlackApiTextResponse> T checked(String method, ApiCall<T> call) {
        T response;
        try {
            response = call.invoke();
        } catch (SlackApiException e) {
            count(method, "http_" + e.getResponse().code());
            throw new SlackUnreachable(method, "HTTP " + e.getResponse().code(), e, retryAfter(e));
        } catch (IOException e) {
            count(method, "io_error");
            throw new SlackUnreachable(method, e.getClass().getSimpleName(), e);
        } catch (RuntimeException e) {
            // the SDK could not read the answer (not JSON): Slack may have acted
            count(method, "unreadable");
            throw new SlackUnreachable(method, "unreadable answer: " + e.getClass().getSimpleName(), e);
        }
        if (!response.isOk()) {
            count(method, response.getError());
            throw new SlackCallRejected(method, response.getError(), response.getNeeded());
        }
        count(method, "ok");
        return response;
    }

    private static Duration retryAfter(SlackApiException e) {
        String header = e.getResponse().header("Retry-After");
        try {
            return header == null ? null : Duration.ofSeconds(Long.parseLong(header.trim()));
        } catch (NumberFormatException notSeconds) {
            return null;
        }
    }

    private void count(String method, String outcome) {
        meters.counter("slack.api.calls", "method", method, "outcome", outcome == null ? "unknown" : outcome)
                .increment();
    }

    @FunctionalInterface
    interface ApiCall<T> {
        T invoke() throws IOException, SlackApiException;
    }
}
