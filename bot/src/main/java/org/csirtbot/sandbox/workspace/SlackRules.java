package org.csirtbot.sandbox.workspace;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What Slack's rules say about a Web API call before Slack acts on it: beyond the method's rate
 * ({@link SlackRateTiers}) it answers 429 with {@code Retry-After}; a form whose trigger expired or was used
 * ({@link SlackTriggers}) is refused with {@code ok:false}. Each fake asks before it answers; the refusals are
 * kept for tests to see.
 */
public final class SlackRules {

    private final SlackRateTiers tiers = new SlackRateTiers();
    private final List<Refusal> refusals = new CopyOnWriteArrayList<>();
    private volatile boolean enforceRates = true;

    /** Slack's refusal of this call now, or null when Slack goes ahead with it. */
    public Refusal check(String method, Map<String, String> params) {
        Instant now = Instant.now();
        Refusal refusal = (enforceRates ? tiers.take(method, params.get("channel"), now) : Optional.<Duration>empty())
                .map(wait -> new Refusal(method, 429, "ratelimited", retryAfterSeconds(wait), now))
                .orElseGet(() -> triggerRefusal(method, params, now));
        if (refusal != null) {
            refusals.add(refusal);
        }
        return refusal;
    }

    /** Whether calls beyond a method's rate are refused (on unless a test of the fake itself says otherwise). */
    public void enforceRates(boolean enforce) {
        enforceRates = enforce;
    }

    /** Every refusal since the last {@link #forgetRefusals()}, oldest first. */
    public List<Refusal> refusals() {
        return List.copyOf(refusals);
    }

    /** The refusals with HTTP 429, that is, calls beyond a rate limit. */
    public List<Refusal> rateLimited() {
        return refusals.stream().filter(r -> r.status() == 429).toList();
    }

    /** Forgets the refusals seen (not the rates: Slack's minute goes on). */
    public void forgetRefusals() {
        refusals.clear();
    }

    private static Refusal triggerRefusal(String method, Map<String, String> params, Instant now) {
        if (!"views.open".equals(method) && !"views.push".equals(method)) {
            return null;
        }
        String error = SlackTriggers.exchange(params.get("trigger_id"), now);
        return error == null ? null : new Refusal(method, 200, error, 0, now);
    }

    private static int retryAfterSeconds(Duration wait) {
        return (int) Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    /** Slack's answer instead of acting: the HTTP status, the error, and for a 429 the seconds to wait. */
    public record Refusal(String method, int status, String error, int retryAfterSeconds, Instant at) {

        /** The JSON body Slack sends. */
        public String body() {
            return "{\"ok\":false,\"error\":\"" + error + "\"}";
        }
    }
}
