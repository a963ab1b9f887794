package org.csirtbot.playbooks.model;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * How long a step may stay open from when it became ready: {@code bySeverity} overrides {@code due}.
 * Warned once {@code warnBefore} the due time, escalated at the due time, reminded every {@code remindEvery} after.
 */
public record Sla(Duration due, Map<Severity, Duration> bySeverity, boolean businessDays, Duration warnBefore,
        Duration remindEvery, String escalateTo) {

    public Sla {
        bySeverity = Lists.orEmpty(bySeverity);
    }

    public Optional<Duration> dueFor(Severity severity) {
        return Optional.ofNullable(bySeverity.getOrDefault(severity, due));
    }
}
