package org.csirtbot.retention;

import java.math.BigInteger;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.csirtbot.incident.IncidentLog;
import org.csirtbot.incident.LogEntry;
import org.csirtbot.incident.LogKind;
import org.springframework.stereotype.Component;

/**
 * How long a playbook recorded that an incident must be kept: the last {@value #YEARS} given on completing a step
 * (core-close {@code z5.retention}), a decision or as a run's input, read from the incident's log. A value above
 * {@value #MAX_YEARS} years is capped at that (core-close refuses one, but another playbook's field may have no
 * bound); a negative one, or one that is not a number, counts as none.
 */
@Component
class RecordedRetention {

    /** The run value a playbook records the years in. */
    static final String YEARS = "__retention_years__";
    /** The most years a recorded value keeps an incident for. */
    static final int MAX_YEARS = 30;

    private static final List<LogKind> KINDS = List.of(LogKind.PLAYBOOK_STEP_COMPLETED, LogKind.PLAYBOOK_DECISION,
            LogKind.PLAYBOOK_INPUTS);

    private final IncidentLog log;

    RecordedRetention(IncidentLog log) {
        this.log = log;
    }

    /** The period recorded for the incident, capped; empty when none was. */
    Optional<Period> of(String incidentId) {
        return of(log.entries(incidentId, KINDS, Map.of()));
    }

    /** Pure: the period the last of {@code entries} (oldest first) to record {@value #YEARS} gives, capped. */
    static Optional<Period> of(List<LogEntry> entries) {
        return entries.stream().filter(e -> e.data() != null)
                .map(e -> Stream.of(e.data().get("fields"), e.data().get("values")).filter(Map.class::isInstance)
                        .map(m -> years(((Map<?, ?>) m).get(YEARS))).filter(Objects::nonNull).findFirst()
                        .orElse(null))
                .filter(Objects::nonNull).reduce((first, second) -> second)
                .map(Period::ofYears);
    }

    private static Integer years(Object value) {
        if (value == null) {
            return null;
        }
        try {
            BigInteger years = new BigInteger(value.toString().strip());
            return years.signum() < 0 ? null : years.min(BigInteger.valueOf(MAX_YEARS)).intValue();
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
