package org.csirtbot.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Map;

import org.csirtbot.incident.LogEntry;
import org.junit.jupiter.api.Test;

/** The years a playbook recorded, read from the log: the last value counts, capped at 30, nonsense ignored. */
class RecordedRetentionTests {

    @Test
    void theLastRecordedValueCountsWhetherAStepsFieldOrARunsInput() {
        assertThat(RecordedRetention.of(List.of())).isEmpty();
        assertThat(RecordedRetention.of(List.of(entry("fields", Map.of("__legal_hold__", "false"))))).isEmpty();
        assertThat(RecordedRetention.of(List.of(entry("fields", Map.of("__retention_years__", "5")))))
                .contains(Period.ofYears(5));
        assertThat(RecordedRetention.of(List.of(entry("fields", Map.of("__retention_years__", "5")),
                entry("values", Map.of("__retention_years__", "8")), entry("fields", Map.of("other", "1")))))
                .contains(Period.ofYears(8));
    }

    @Test
    void aValueBeyondThirtyYearsIsCappedAndANegativeOrNonNumberIsNone() {
        assertThat(RecordedRetention.of(List.of(entry("fields", Map.of("__retention_years__", "100")))))
                .contains(Period.ofYears(30));
        assertThat(RecordedRetention.of(List.of(entry("fields", Map.of("__retention_years__", "99999999999999999999")))))
                .contains(Period.ofYears(30));
        assertThat(RecordedRetention.of(List.of(entry("fields", Map.of("__retention_years__", "-3"))))).isEmpty();
        assertThat(RecordedRetention.of(List.of(entry("fields", Map.of("__retention_years__", "forever"))))).isEmpty();
        assertThat(RecordedRetention.of(List.of(entry("fields", Map.of("__retention_years__", "7")),
                entry("fields", Map.of("__retention_years__", "x"))))).as("a later nonsense value leaves the earlier")
                .contains(Period.ofYears(7));
    }

    private static LogEntry entry(String key, Map<String, String> values) {
        return new LogEntry("INC-1", 1, Instant.EPOCH, "U_IM", "playbook_step_completed", Map.of(key, values), "", "");
    }
}
