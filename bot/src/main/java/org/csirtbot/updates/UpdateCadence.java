package org.csirtbot.updates;

import java.time.Duration;
import java.util.Optional;

import org.csirtbot.incident.Severity;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often an open incident owes a status update, by its severity ({@code CSIRTBOT_UPDATE_CADENCE_S1} …); unset or
 * zero: none owed.
 *
 * @param s1 between updates of an S1 incident (default an hour)
 * @param s2 between updates of an S2 incident (default four hours)
 * @param s3 between updates of an S3 incident (default a day)
 * @param s4 between updates of an S4 incident (default none)
 * @param checkInterval how often open incidents are checked for an update that is due, whose commander and comms are
 *                      then reminded in the room ({@code CSIRTBOT_UPDATE_CADENCE_CHECK_INTERVAL}, default a minute)
 */
@ConfigurationProperties("csirtbot.update-cadence")
public record UpdateCadence(@DefaultValue("PT1H") Duration s1, @DefaultValue("PT4H") Duration s2,
                            @DefaultValue("P1D") Duration s3, Duration s4,
                            @DefaultValue("1m") Duration checkInterval) {

    /** The time between updates at this severity; empty when none is owed. */
    public Optional<Duration> every(Severity severity) {
        Duration every = switch (severity) {
            case S1 -> s1;
            case S2 -> s2;
            case S3 -> s3;
            case S4 -> s4;
        };
        return every == null || every.isZero() || every.isNegative() ? Optional.empty() : Optional.of(every);
    }
}
