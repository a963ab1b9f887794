package org.csirtbot.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.List;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentStatus;
import org.csirtbot.incident.Severity;
import org.csirtbot.metrics.IncidentMetricsTests;
import org.csirtbot.report.ReportCategory;
import org.junit.jupiter.api.Test;

/** When a closed incident's retention period runs out: its severity's period from closing, never while held. */
class RetentionRuleTests {

    static final Instant DECLARED = Instant.parse("2020-02-28T10:00:00Z");
    static final Instant CLOSED_AT = Instant.parse("2020-02-29T12:00:00Z");
    static final RetentionProperties DEFAULTS = new RetentionProperties(Period.ofYears(7), Period.ofYears(5),
            Period.ofYears(3), Period.ofYears(1), Period.ofDays(90), Duration.ofHours(1),
            Period.ofYears(1), Period.ofDays(30), Duration.ofMinutes(10));

    @Test
    void eachSeverityIsKeptForItsPeriodCountedFromClosing() {
        // a year after 29 February 2020 is 28 February 2021, as the calendar counts it
        assertThat(RetentionRule.due(closed(Severity.S4), DEFAULTS, Instant.parse("2021-02-28T11:59:59Z"))).isEmpty();
        assertThat(RetentionRule.due(closed(Severity.S4), DEFAULTS, Instant.parse("2021-02-28T12:00:00Z")))
                .contains("S4 closed + P1Y");
        assertThat(RetentionRule.due(closed(Severity.S3), DEFAULTS, Instant.parse("2023-02-28T11:59:59Z"))).isEmpty();
        assertThat(RetentionRule.due(closed(Severity.S3), DEFAULTS, Instant.parse("2023-02-28T12:00:00Z")))
                .contains("S3 closed + P3Y");
        assertThat(RetentionRule.due(closed(Severity.S2), DEFAULTS, Instant.parse("2025-02-28T12:00:00Z")))
                .contains("S2 closed + P5Y");
        assertThat(RetentionRule.due(closed(Severity.S1), DEFAULTS, Instant.parse("2025-02-28T12:00:00Z"))).isEmpty();
        assertThat(RetentionRule.due(closed(Severity.S1), DEFAULTS, Instant.parse("2027-02-28T12:00:00Z")))
                .contains("S1 closed + P7Y");
    }

    @Test
    void anIncidentUnderLegalHoldNotClosedOrAlreadyPurgedIsNeverDue() {
        Instant muchLater = Instant.parse("2090-01-01T00:00:00Z");
        Incident held = with(closed(Severity.S4), new Incident.Retention(true, "litigation", "U1", CLOSED_AT));
        Incident purged = with(closed(Severity.S4),
                new Incident.Retention(false, null, null, null, CLOSED_AT, "S4 closed + P1Y"));
        Incident open = IncidentMetricsTests.withPhases("INC-1", Severity.S4, ReportCategory.OTHER, null,
                List.of(new Incident.Phase(IncidentStatus.POST_INCIDENT, DECLARED, null)));

        assertThat(RetentionRule.due(held, DEFAULTS, muchLater)).isEmpty();
        assertThat(RetentionRule.due(purged, DEFAULTS, muchLater)).isEmpty();
        assertThat(RetentionRule.due(open, DEFAULTS, muchLater)).isEmpty();
    }

    @Test
    void aNegativeOrEmptyPeriodIsRefusedAtStartRatherThanPurgingOnClosing() {
        assertThatThrownBy(() -> new RetentionProperties(Period.ofYears(7), Period.ofYears(5), Period.ofYears(3),
                Period.ofYears(-1), Period.ofDays(90), Duration.ofHours(1),
                Period.ofYears(1), Period.ofDays(30), Duration.ofMinutes(10)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("csirtbot.retention.s4", "P-1Y");
        assertThatThrownBy(() -> new RetentionProperties(null, Period.ofYears(5), Period.ofYears(3), Period.ofYears(1),
                Period.ofDays(90), Duration.ofHours(1),
                Period.ofYears(1), Period.ofDays(30), Duration.ofMinutes(10)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("csirtbot.retention.s1");
    }

    @Test
    void aPeriodBeyondTheCalendarKeepsTheIncidentRatherThanFailingThePurge() {
        RetentionProperties forever = new RetentionProperties(Period.ofYears(7), Period.ofYears(5), Period.ofYears(3),
                Period.ofYears(Integer.MAX_VALUE), Period.ofDays(90), Duration.ofHours(1),
                Period.ofYears(1), Period.ofDays(30), Duration.ofMinutes(10));

        assertThat(RetentionRule.due(closed(Severity.S4), forever, Instant.parse("2090-01-01T00:00:00Z"))).isEmpty();
    }

    @Test
    void anExerciseIsKeptForTheExercisePeriodWhateverItsSeverity() {
        Incident s1 = closed(Severity.S1);
        Incident exercise = new Incident(s1.id(), s1.title(), s1.severity(), s1.category(), s1.tlp(), s1.confidential(),
                s1.status(), s1.commanderId(), s1.declaredBy(), s1.declaredAt(), s1.beganAt(), s1.reportIds(),
                s1.inviteReporters(), s1.room(), s1.phases(), s1.roles(), s1.closure(), s1.retention(),
                new Incident.Exercise("drill", 10, DECLARED, CLOSED_AT, false));

        assertThat(RetentionRule.due(exercise, DEFAULTS, Instant.parse("2020-05-29T11:59:59Z"))).isEmpty();
        assertThat(RetentionRule.due(exercise, DEFAULTS, Instant.parse("2020-05-29T12:00:00Z")))
                .contains("exercise closed + P90D");
        assertThat(RetentionRule.due(with(exercise, new Incident.Retention(true, "audit", "U1", CLOSED_AT)), DEFAULTS,
                Instant.parse("2030-01-01T00:00:00Z"))).isEmpty();
    }

    @Test
    void aReopenedIncidentIsNeverDueAndClosedAgainCountsFromTheLastClosing() {
        Instant reopenedAt = CLOSED_AT.plus(Duration.ofDays(400));
        Instant closedAgainAt = reopenedAt.plus(Duration.ofDays(10));
        Incident reopened = IncidentMetricsTests.withPhases("INC-1", Severity.S4, ReportCategory.OTHER, null, List.of(
                new Incident.Phase(IncidentStatus.POST_INCIDENT, DECLARED, CLOSED_AT),
                new Incident.Phase(IncidentStatus.CLOSED, CLOSED_AT, reopenedAt),
                new Incident.Phase(IncidentStatus.POST_INCIDENT, reopenedAt, null)));
        Incident closedAgain = IncidentMetricsTests.withPhases("INC-1", Severity.S4, ReportCategory.OTHER, null,
                List.of(new Incident.Phase(IncidentStatus.POST_INCIDENT, DECLARED, CLOSED_AT),
                        new Incident.Phase(IncidentStatus.CLOSED, CLOSED_AT, reopenedAt),
                        new Incident.Phase(IncidentStatus.POST_INCIDENT, reopenedAt, closedAgainAt),
                        new Incident.Phase(IncidentStatus.CLOSED, closedAgainAt, null)));

        assertThat(RetentionRule.due(reopened, DEFAULTS, Instant.parse("2090-01-01T00:00:00Z"))).isEmpty();
        assertThat(RetentionRule.due(closedAgain, DEFAULTS, closedAgainAt.plus(Duration.ofDays(364)))).isEmpty();
        assertThat(RetentionRule.due(closedAgain, DEFAULTS, closedAgainAt.plus(Duration.ofDays(366))))
                .contains("S4 closed + P1Y");
    }

    @Test
    void aRecordedPeriodKeepsItLongerButNeverShorterAndNotAnExercise() {
        Incident s4 = closed(Severity.S4);
        assertThat(RetentionRule.due(s4, DEFAULTS, Period.ofYears(5), Instant.parse("2021-02-28T12:00:00Z"))).isEmpty();
        assertThat(RetentionRule.due(s4, DEFAULTS, Period.ofYears(5), Instant.parse("2025-02-28T11:59:59Z"))).isEmpty();
        assertThat(RetentionRule.due(s4, DEFAULTS, Period.ofYears(5), Instant.parse("2025-02-28T12:00:00Z")))
                .contains("S4 closed + P5Y (recorded)");
        assertThat(RetentionRule.due(closed(Severity.S1), DEFAULTS, Period.ofYears(1),
                Instant.parse("2027-02-28T11:59:59Z"))).as("never shorter than the rule").isEmpty();
        assertThat(RetentionRule.due(closed(Severity.S1), DEFAULTS, Period.ofYears(1),
                Instant.parse("2027-02-28T12:00:00Z"))).contains("S1 closed + P7Y");
        assertThat(RetentionRule.due(s4, DEFAULTS, null, Instant.parse("2021-02-28T12:00:00Z")))
                .contains("S4 closed + P1Y");
    }

    static Incident closed(Severity severity) {
        return IncidentMetricsTests.withPhases("INC-1", severity, ReportCategory.OTHER, null, List.of(
                new Incident.Phase(IncidentStatus.POST_INCIDENT, DECLARED, CLOSED_AT),
                new Incident.Phase(IncidentStatus.CLOSED, CLOSED_AT, null)));
    }

    static Incident with(Incident i, Incident.Retention retention) {
        return new Incident(i.id(), i.title(), i.severity(), i.category(), i.tlp(), i.confidential(), i.status(),
                i.commanderId(), i.declaredBy(), i.declaredAt(), i.beganAt(), i.reportIds(), i.inviteReporters(),
                i.room(), i.phases(), i.roles(), i.closure(), retention, i.exercise());
    }
}
