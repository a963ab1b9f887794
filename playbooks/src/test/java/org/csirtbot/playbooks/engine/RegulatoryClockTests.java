package org.csirtbot.playbooks.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.csirtbot.playbooks.model.Playbook;
import org.csirtbot.playbooks.testing.Fixtures;
import org.csirtbot.playbooks.time.BusinessCalendar;
import org.junit.jupiter.api.Test;

/**
 * The personal-data clocks of csirt-domain §6 against known dates. Awareness: Friday 25 April 2025, 09:00 in
 * Tokyo, just before a weekend and 昭和の日 (Tuesday 29 April); recorded an hour later.
 */
class RegulatoryClockTests {

    static final String AWARE = "2025-04-25T09:00:00+09:00";
    static final Actor PRIVACY = Actor.of("U-dpo", "privacy");
    static final Actor LEGAL = Actor.of("U-legal", "legal");

    final Playbook playbook = Fixtures.playbook("personal-data-breach");
    final Engine engine = new Engine(BusinessCalendar.japan(List.of()));

    @Test
    void clocksWithoutConditionStartFromTheRecordedAwarenessNotFromWhenItWasRecorded() {
        Outcome aware = aware();

        assertThat(aware.events()).contains(new Event.ClockStarted(tokyo("2025-04-25T10:00"), "internal_report",
                tokyo("2025-04-25T09:00"), tokyo("2025-04-30T09:00"), null));
        assertThat(aware.state().clocks()).containsOnlyKeys("internal_report");
    }

    @Test
    void appiUnlawfulPurposeGivesPreliminaryThreeToFiveDaysAndFinalSixtyDays() {
        Outcome decided = decideAppi(aware().state(), "reportable", "unlawful_purpose\nover_1000");

        assertThat(decided.events()).contains(
                new Event.ClockStarted(tokyo("2025-04-25T11:00"), "appi_preliminary", tokyo("2025-04-25T09:00"),
                        tokyo("2025-04-28T09:00"), tokyo("2025-04-30T09:00")),
                new Event.ClockStarted(tokyo("2025-04-25T11:00"), "appi_final_unlawful", tokyo("2025-04-25T09:00"),
                        tokyo("2025-06-24T09:00"), null));
        assertThat(decided.state().clocks()).doesNotContainKey("appi_final");
    }

    @Test
    void appiWithoutUnlawfulPurposeGivesTheFinalReportThirtyDays() {
        Outcome decided = decideAppi(aware().state(), "undetermined", "over_1000");

        assertThat(decided.state().clocks()).containsKeys("appi_preliminary", "appi_final").doesNotContainKey("appi_final_unlawful");
        assertThat(decided.state().clocks().get("appi_final").deadline()).isEqualTo(tokyo("2025-05-25T09:00"));
    }

    @Test
    void notReportableUnderAppiStartsNoAppiClock() {
        Outcome decided = decideAppi(aware().state(), "not_reportable", "");

        assertThat(decided.state().clocks()).containsOnlyKeys("internal_report");
    }

    @Test
    void gdprSeventyTwoHoursFromAwarenessWithWarningsAndOneBreach() {
        RunState state = decideGdpr(decideAppi(aware().state(), "not_reportable", "").state(), "notify").state();
        assertThat(state.clocks().get("gdpr_sa").deadline()).isEqualTo(tokyo("2025-04-28T09:00"));

        Outcome dayBefore = tick(state, "2025-04-27T09:00");
        Outcome hoursBefore = tick(dayBefore.state(), "2025-04-28T05:30");
        Outcome due = tick(hoursBefore.state(), "2025-04-28T09:00");
        Outcome after = tick(due.state(), "2025-04-29T09:00");

        assertThat(dayBefore.events()).containsExactly(new Event.ClockWarning(tokyo("2025-04-27T09:00"), "gdpr_sa",
                tokyo("2025-04-28T09:00"), "PT24H"));
        assertThat(hoursBefore.events()).containsExactly(new Event.ClockWarning(tokyo("2025-04-28T05:30"), "gdpr_sa",
                tokyo("2025-04-28T09:00"), "PT4H"));
        assertThat(due.events()).containsExactly(new Event.ClockDeadlinePassed(tokyo("2025-04-28T09:00"), "gdpr_sa",
                tokyo("2025-04-28T09:00"), false, List.of(), "im"));
        assertThat(after.events()).isEmpty();
    }

    @Test
    void theInternalReportClockCountsBusinessDaysAndStopsWhenItsStepIsDone() {
        Outcome decided = decideGdpr(decideAppi(aware().state(), "not_reportable", "").state(), "not_applicable");

        assertThat(decided.events()).contains(new Event.ClockStopped(tokyo("2025-04-25T12:00"), "internal_report", true));
        assertThat(tick(decided.state(), "2025-05-01T09:00").events()).isEmpty();
    }

    @Test
    void sendingThePreliminaryReportStopsItsClock() {
        RunState state = decideGdpr(decideAppi(aware().state(), "reportable", "over_1000").state(), "not_applicable").state();
        assertThat(state.ready()).containsExactly("pc.ppc_preliminary");
        state = engine.apply(playbook, state, new Action.Approve(LEGAL, "pc.ppc_preliminary", "ok"), tokyo("2025-04-26T10:00")).state();

        Outcome sent = engine.apply(playbook, state, new Action.Complete(PRIVACY, "pc.ppc_preliminary",
                Map.of("__ppc_receipt__", "PPC-2025-0001")), tokyo("2025-04-26T11:00"));

        assertThat(sent.events()).contains(new Event.ClockStopped(tokyo("2025-04-26T11:00"), "appi_preliminary", true));
        assertThat(sent.state().ready()).containsExactly("pc.ppc_final");
    }

    Outcome aware() {
        RunState started = engine.start(playbook, null, tokyo("2025-04-25T09:30")).state();
        return engine.apply(playbook, started, new Action.Choose(PRIVACY, "p0.awareness", "confirmed", "mail sent to a wrong list",
                Map.of("__t_aware__", AWARE, "__t_aware_by__", "U-dpo")), tokyo("2025-04-25T10:00"));
    }

    Outcome decideAppi(RunState state, String option, String categories) {
        Map<String, String> fields = categories.isEmpty() ? Map.of() : Map.of("__appi_categories__", categories);
        return engine.apply(playbook, state, new Action.Choose(PRIVACY, "p1.appi", option, "per PPC guideline", fields),
                tokyo("2025-04-25T11:00"));
    }

    Outcome decideGdpr(RunState state, String option) {
        return engine.apply(playbook, state, new Action.Choose(PRIVACY, "p1.gdpr", option, "EU customers", Map.of()),
                tokyo("2025-04-25T12:00"));
    }

    Outcome tick(RunState state, String tokyoTime) {
        return engine.apply(playbook, state, new Action.TimePasses(), tokyo(tokyoTime));
    }

    static Instant tokyo(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + ":00+09:00").toInstant();
    }
}
