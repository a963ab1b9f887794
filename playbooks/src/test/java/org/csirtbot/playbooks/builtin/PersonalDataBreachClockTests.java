package org.csirtbot.playbooks.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.csirtbot.playbooks.engine.Action;
import org.csirtbot.playbooks.engine.Actor;
import org.csirtbot.playbooks.engine.Engine;
import org.csirtbot.playbooks.engine.Event;
import org.csirtbot.playbooks.engine.Outcome;
import org.csirtbot.playbooks.engine.Refusal;
import org.csirtbot.playbooks.engine.RunState;
import org.csirtbot.playbooks.model.Playbook;
import org.csirtbot.playbooks.model.Severity;
import org.csirtbot.playbooks.testing.BuiltIns;
import org.csirtbot.playbooks.testing.PlaybookWalks;
import org.csirtbot.playbooks.testing.Walked;
import org.csirtbot.playbooks.time.BusinessCalendar;
import org.junit.jupiter.api.Test;

/**
 * The legal clocks of PB-4 against known dates (csirt-domain §6.1, §6.2). Awareness: Friday 18 July 2025, 17:30 in
 * Tokyo, before a weekend and 海の日 (Monday 21 July); the team works on from 18:00. The APPI and GDPR clocks count
 * calendar time, so the weekend and the holiday count; the internal containment SLA counts business days.
 */
class PersonalDataBreachClockTests {

    static final String AWARE = "2025-07-18T17:30:00+09:00";
    static final Instant FRIDAY_EVENING = tokyo("2025-07-18T18:00");
    static final List<String> TOLD_ON_BREACH = List.of("im", "privacy", "legal");
    static final Actor PRIVACY = Actor.of("U-dpo", "privacy");
    static final Actor LEGAL = Actor.of("U-legal", "legal");

    final Playbook breach = BuiltIns.playbook("personal-data-breach");
    final Engine engine = new Engine(BusinessCalendar.japan(List.of()));

    @Test
    void appiAndGdprClocksCountFromAwarenessThroughTheWeekendAndTheHoliday() {
        RunState state = reported("over_1000", "notify");

        assertThat(state.clocks()).containsOnlyKeys("appi_awareness", "appi_preliminary", "appi_final", "gdpr_sa");
        assertClock(state, "appi_preliminary", "2025-07-21T17:30", "2025-07-23T17:30");
        assertClock(state, "gdpr_sa", "2025-07-21T17:30", null);
        assertClock(state, "appi_final", "2025-08-17T17:30", null);
        assertThat(state.clocks().values()).allSatisfy(c -> assertThat(c.startedAt()).isEqualTo(tokyo("2025-07-18T17:30")));
    }

    @Test
    void anUnlawfulPurposeGivesTheFinalReportSixtyDaysInsteadOfThirty() {
        RunState state = reported("unlawful_purpose\nover_1000", "not_applicable");

        assertThat(state.clocks()).containsOnlyKeys("appi_awareness", "appi_preliminary", "appi_final_unlawful");
        assertClock(state, "appi_final_unlawful", "2025-09-16T17:30", null);
    }

    @Test
    void gdprWarnsADayAndFourHoursAheadAndEscalatesToManagementAtSeventyTwoHours() {
        RunState state = reported("over_1000", "notify");

        Outcome dayBefore = tick(state, "2025-07-20T17:30");
        Outcome hoursBefore = tick(dayBefore.state(), "2025-07-21T13:30");
        Outcome due = tick(hoursBefore.state(), "2025-07-21T17:30");
        Outcome hard = tick(due.state(), "2025-07-23T17:30");

        assertThat(dayBefore.events()).contains(new Event.ClockWarning(tokyo("2025-07-20T17:30"), "gdpr_sa",
                tokyo("2025-07-21T17:30"), "PT24H"));
        assertThat(hoursBefore.events()).contains(new Event.ClockWarning(tokyo("2025-07-21T13:30"), "gdpr_sa",
                tokyo("2025-07-21T17:30"), "PT4H"));
        assertThat(due.events()).contains(
                new Event.ClockDeadlinePassed(tokyo("2025-07-21T17:30"), "gdpr_sa", tokyo("2025-07-21T17:30"), false,
                        TOLD_ON_BREACH, "mgmt"),
                new Event.ClockDeadlinePassed(tokyo("2025-07-21T17:30"), "appi_preliminary", tokyo("2025-07-21T17:30"),
                        false, TOLD_ON_BREACH, "mgmt"));
        assertThat(hard.events()).containsExactly(new Event.ClockDeadlinePassed(tokyo("2025-07-23T17:30"),
                "appi_preliminary", tokyo("2025-07-23T17:30"), true, TOLD_ON_BREACH, "mgmt"));
    }

    @Test
    void reportabilityDecidedOnTuesdayStillCountsFromFridaySoTheTargetHasPassed() {
        RunState beforeDecision = walk().walkUntilReady("p1.appi").state();

        Outcome decided = engine.apply(breach, beforeDecision, new Action.Choose(PRIVACY, "p1.appi", "reportable",
                "card numbers found in the file", Map.of("__appi_categories__", "property_damage")), tokyo("2025-07-22T10:00"));

        assertThat(decided.events()).contains(
                new Event.ClockStarted(tokyo("2025-07-22T10:00"), "appi_preliminary", tokyo("2025-07-18T17:30"),
                        tokyo("2025-07-21T17:30"), tokyo("2025-07-23T17:30")),
                new Event.ClockDeadlinePassed(tokyo("2025-07-22T10:00"), "appi_preliminary", tokyo("2025-07-21T17:30"),
                        false, TOLD_ON_BREACH, "mgmt"));
        assertThat(decided.events()).noneMatch(Event.ClockWarning.class::isInstance);
    }

    @Test
    void thePreliminaryReportGoesOutOnlyOnceLegalApprovedAndSendingItStopsItsClock() {
        RunState state = reported("over_1000", "not_applicable");
        Outcome byPrivacy = engine.apply(breach, state, new Action.Approve(PRIVACY, "pc.ppc_preliminary", "ok"),
                tokyo("2025-07-20T09:00"));
        Outcome early = engine.apply(breach, state, new Action.Complete(PRIVACY, "pc.ppc_preliminary",
                Map.of("__ppc_receipt__", "PPC-1")), tokyo("2025-07-20T09:00"));
        assertThat(refusal(byPrivacy)).isEqualTo(Refusal.ROLE_REQUIRED);
        assertThat(refusal(early)).isEqualTo(Refusal.AWAITING_APPROVAL);

        state = engine.apply(breach, state, new Action.Approve(LEGAL, "pc.ppc_preliminary", "checked"), tokyo("2025-07-20T10:00")).state();
        Outcome sent = engine.apply(breach, state, new Action.Complete(PRIVACY, "pc.ppc_preliminary",
                Map.of("__ppc_receipt__", "PPC-2025-0718", "__final_due_by_counsel__", "2025-08-17T23:59:00+09:00")),
                tokyo("2025-07-20T11:00"));

        assertThat(sent.events()).contains(new Event.ClockStopped(tokyo("2025-07-20T11:00"), "appi_preliminary", true));
        assertThat(sent.state().ready()).contains("pc.ppc_final");
        assertThat(sent.state().clocks().get("appi_final").stoppedAt()).isNull();
    }

    @Test
    void asAProcessorTheControllerIsDueADayAfterAwareness() {
        RunState state = walk().with("__our_role__", "processor").with("__appi_categories__", "over_1000")
                .choose("p1.gdpr", "not_applicable").walkUntilReady("pc.controller").state();

        assertClock(state, "controller_notice", "2025-07-19T17:30", null);
    }

    /**
     * Issue 15 (review X6, X3): containment is due in calendar hours, so a Friday-evening exposure is due that night,
     * not after the weekend and the holiday (it counted business days before); the run is at least S2, its default.
     */
    @Test
    void anIncidentDeclaredS3RunsAtItsDefaultS2SoContainmentIsDueInFourCalendarHoursEvenOnAFridayEvening() {
        Walked walked = walk().walkUntilReady("p1.data");

        Event.StepReady ready = walked.eventsOf(Event.StepReady.class).stream()
                .filter(r -> r.step().equals("p1.stop_exposure")).findFirst().orElseThrow();
        assertThat(walked.state().severity()).isEqualTo(Severity.S2);
        assertThat(ready.at().atZone(ZoneId.of("Asia/Tokyo")).toLocalDate()).isEqualTo(LocalDate.of(2025, 7, 18));
        assertThat(ready.dueAt()).isEqualTo(ready.at().plus(Duration.ofHours(4)));
    }

    /** From Friday evening at S3: awareness recorded, APPI reportable with these categories, the GDPR answer given. */
    RunState reported(String categories, String gdpr) {
        return walk().with("__appi_categories__", categories).choose("p1.appi", "reportable").choose("p1.gdpr", gdpr)
                .walkUntilReady("pc.ppc_preliminary").state();
    }

    PlaybookWalks walk() {
        return PlaybookWalks.of(breach).startingAt(FRIDAY_EVENING, Severity.S3).with("__t_aware__", AWARE);
    }

    Outcome tick(RunState state, String tokyoTime) {
        return engine.apply(breach, state, new Action.TimePasses(), tokyo(tokyoTime));
    }

    static void assertClock(RunState state, String clock, String deadline, String hardDeadline) {
        assertThat(state.clocks().get(clock)).as(clock).satisfies(c -> {
            assertThat(c.deadline()).isEqualTo(tokyo(deadline));
            assertThat(c.hardDeadline()).isEqualTo(hardDeadline == null ? null : tokyo(hardDeadline));
        });
    }

    static Refusal refusal(Outcome outcome) {
        return outcome.events().stream().filter(Event.Refused.class::isInstance).map(e -> ((Event.Refused) e).reason())
                .findFirst().orElse(null);
    }

    static Instant tokyo(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + ":00+09:00").toInstant();
    }
}
