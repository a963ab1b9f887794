package org.csirtbot.playbooks.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.util.List;

/**
 * A deadline not tied to one step, such as GDPR Art. 33 (72 h from awareness). {@code startsOn} and
 * {@code stopsOn} are event references (run.started, step:ID.completed, decision:ID=OPTION, field:__var__).
 */
public record ClockDef(
        String id,
        LText label,
        String startsOn,
        Duration target,
        Duration hardDeadline,
        boolean businessDays,
        String appliesIf,
        List<Duration> warnBefore,
        Breach onBreach,
        String stopsOn,
        String legalBasis) {

    public ClockDef {
        warnBefore = Lists.orEmpty(warnBefore);
        onBreach = onBreach == null ? new Breach(List.of(), null) : onBreach;
    }

    /** Who is told when the target passes. */
    public record Breach(@JsonProperty("notify") List<String> notifyRoles, String escalateTo) {
        public Breach {
            notifyRoles = Lists.orEmpty(notifyRoles);
        }
    }
}
