package org.csirtbot.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.csirtbot.improvements.Improvement;
import org.csirtbot.improvements.ImprovementStatus;
import org.junit.jupiter.api.Test;

/** Improvements closed on time: done by their due day in the organisation's zone, overdue ones, dropped left out. */
class ImprovementMetricsTests {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    static final LocalDate FROM = LocalDate.parse("2026-06-01");
    static final LocalDate TO = LocalDate.parse("2026-06-30");
    static final LocalDate TODAY = LocalDate.parse("2026-06-20");

    @Test
    void sharesDoneOnOrBeforeTheirDueDayOverThoseDoneOrOverdue() {
        List<Improvement> register = List.of(
                // done 23:30 Tokyo on its due day (14:30 UTC): on time
                item("2026-06-05", ImprovementStatus.DONE, "2026-06-05T14:30:00Z", false),
                // done 00:30 Tokyo the day after (15:30 UTC on the due day): late
                item("2026-06-05", ImprovementStatus.DONE, "2026-06-05T15:30:00Z", false),
                item("2026-06-10", ImprovementStatus.IN_PROGRESS, null, false),
                item("2026-06-25", ImprovementStatus.OPEN, null, false),
                item("2026-06-10", ImprovementStatus.DROPPED, "2026-06-09T00:00:00Z", false),
                item("2026-06-10", ImprovementStatus.OPEN, null, true),
                item("2026-05-01", ImprovementStatus.OPEN, null, false),
                item("2026-07-01", ImprovementStatus.DONE, "2026-06-02T00:00:00Z", false));

        ImprovementMetrics metrics = ImprovementMetrics.of(register, FROM, TO, TODAY, TOKYO);

        assertThat(metrics.due()).as("dropped, exercise and out-of-period items left out").isEqualTo(4);
        assertThat(metrics.doneOnTime()).isEqualTo(1);
        assertThat(metrics.doneLate()).isEqualTo(1);
        assertThat(metrics.overdue()).as("the one due 06-25 is not judged yet").isEqualTo(1);
        assertThat(metrics.onTimeShare()).isEqualTo(1.0 / 3);
        assertThat(metrics.overdueNow()).as("due 06-10 and 05-01, still owed").isEqualTo(2);
    }

    @Test
    void nothingJudgedHasNoShare() {
        ImprovementMetrics metrics = ImprovementMetrics.of(
                List.of(item("2026-06-25", ImprovementStatus.OPEN, null, false)), FROM, TO, TODAY, TOKYO);

        assertThat(metrics.due()).isEqualTo(1);
        assertThat(metrics.onTimeShare()).isNull();
        assertThat(metrics.overdueNow()).isZero();
    }

    private static Improvement item(String dueOn, ImprovementStatus status, String changedAt, boolean exercise) {
        return new Improvement("IMP-2026-0001", "Patch the VPN", "U1", LocalDate.parse(dueOn), status, "INC-1", null,
                null, false, exercise, "U1", Instant.parse("2026-05-01T00:00:00Z"), "U1",
                changedAt == null ? null : Instant.parse(changedAt), null);
    }
}
