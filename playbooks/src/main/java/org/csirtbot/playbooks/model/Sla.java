package org.csirtbot.playbooks.model;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * How long a step may stay open, counted {@code from} when it became ready (null), the incident's declaration
 * ({@link #DECLARED}) or an event ({@code field:__t_aware__}, {@code run.started}, …): {@code bySeverity} overrides
 * {@code due}. Warned once {@code warnBefore} the due time, escalated at the due time, reminded every
 * {@code remindEvery} after.
 */
public record Sla(Duration due, Map<Severity, Duration> bySeverity, boolean businessDays, Duration warnBefore,
        Duration remindEvery, String escalateTo, String from) {

    /** {@code from: ready}, the same as no {@code from}: when the step became ready. */
    public static final String READY = "ready";
    /** {@code from: declared}: the incident's declaration, the time the bot gives as {@link #DECLARED_AT}. */
    public static final String DECLARED = "declared";
    /** The run value holding when the incident was declared (RFC 3339). */
    public static final String DECLARED_AT = "__t_declared__";

    public Sla {
        bySeverity = Lists.orEmpty(bySeverity);
    }

    /** The event {@code from} names, or null when it counts from readiness or the declaration. */
    public String fromEvent() {
        return from == null || READY.equals(from) || DECLARED.equals(from) ? null : from;
    }

    public Optional<Duration> dueFor(Severity severity) {
        return Optional.ofNullable(bySeverity.getOrDefault(severity, due));
    }
}
