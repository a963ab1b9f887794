package org.csirtbot.playbooks.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.csirtbot.playbooks.engine.Event;
import org.csirtbot.playbooks.model.Playbook;
import org.csirtbot.playbooks.model.Severity;
import org.csirtbot.playbooks.testing.BuiltIns;
import org.csirtbot.playbooks.testing.PlaybookWalks;
import org.csirtbot.playbooks.testing.Walked;
import org.junit.jupiter.api.Test;

/**
 * The legal cases of issue 15, each a scripted walk of PB-4 from Monday 10:00 in Tokyo: a controller with no EU
 * establishment (EDPB Guidelines 9/2022 para. 73), My Number (番号法 Art. 29-4), a breach at our contractor (通則編
 * 3-5-3-2), the processor's exemption (通則編 3-5-3-5) and the provisional clock from the first awareness anywhere in
 * the company (通則編 3-5-3-3).
 */
class PersonalDataBreachLegalWalkTests {

    static final Playbook BREACH = BuiltIns.playbook("personal-data-breach");
    /** Someone in sales read the customer's mail on Saturday morning; the CSIRT hears of it on Monday. */
    static final String SALES_KNEW = "2025-05-31T09:00:00+09:00";

    @Test
    void aControllerWithNoEuEstablishmentNotifiesTheAuthorityOfEachMemberStateNotALeadAuthority() {
        Walked walked = walk().with("__eu_establishment__", "none").choose("p1.appi", "not_reportable")
                .choose("p1.gdpr", "notify").walk();

        assertThat(walked.path()).containsSubsequence("p1.gdpr=notify", "pc.gdpr_sa_each=approve", "pc.gdpr_sa_each");
        assertThat(walked.passedOver()).contains("pc.gdpr_sa");
        assertThat(walked.eventsOf(Event.ClockStarted.class)).extracting(Event.ClockStarted::clock)
                .contains("gdpr_sa_each").doesNotContain("gdpr_sa");
        assertThat(walked.eventsOf(Event.ClockStopped.class)).extracting(Event.ClockStopped::clock, Event.ClockStopped::metDeadline)
                .contains(tuple("gdpr_sa_each", true));
        assertThat(walked.state().values()).containsKey("__sa_references__");
    }

    @Test
    void withAMainEstablishmentInTheEuTheLeadAuthorityIsNotified() {
        Walked walked = walk().with("__eu_establishment__", "main").choose("p1.gdpr", "notify").walk();

        assertThat(walked.path()).contains("pc.gdpr_sa=approve", "pc.gdpr_sa");
        assertThat(walked.passedOver()).contains("pc.gdpr_sa_each");
    }

    @Test
    void myNumberInTheDataIsReportedOnItsOwnBesidesTheAppiReport() {
        Walked walked = walk().choose("p1.my_number", "reportable").walk();

        assertThat(walked.path()).contains("pc.my_number=approve", "pc.my_number", "pc.ppc_preliminary");
        assertThat(walked.eventsOf(Event.ClockStopped.class)).extracting(Event.ClockStopped::clock, Event.ClockStopped::metDeadline)
                .contains(tuple("my_number_preliminary", true), tuple("appi_preliminary", true));
        assertThat(walked.state().values()).containsKey("__my_number_receipt__");
    }

    @Test
    void withoutMyNumberNoMyNumberReportOrClock() {
        Walked walked = walk().walk();

        assertThat(walked.took("p1.my_number", "not_included")).isTrue();
        assertThat(walked.passedOver()).contains("pc.my_number");
        assertThat(walked.eventsOf(Event.ClockStarted.class)).extracting(Event.ClockStarted::clock)
                .doesNotContain("my_number_preliminary");
    }

    @Test
    void aBreachAtOurContractorIsReportedByUsAsTheEntrustingBusinessJointlyIfAgreed() {
        Walked walked = walk().with("__our_role__", "contractor_breach").with("__joint_report__", "true").walk();

        assertThat(walked.path()).containsSubsequence("p1.data", "p1.contractor", "p1.appi=reportable",
                "pc.ppc_preliminary", "pc.ppc_final");
        assertThat(walked.path()).contains("pc.subjects");
        assertThat(walked.passedOver()).contains("pc.controller");
        assertThat(walked.state().values()).containsEntry("__joint_report__", "true").containsKey("__contractor__");
    }

    @Test
    void asAProcessorThatToldItsControllerWeMakeNoPpcReportAndNoAppiNoticeOfOurOwn() {
        Walked walked = walk().with("__our_role__", "processor").choose("p1.appi", "reportable").walk();

        assertThat(walked.path()).contains("pc.controller=approve", "pc.controller");
        assertThat(walked.passedOver()).contains("pc.ppc_preliminary", "pc.ppc_final", "pc.subjects");
        assertThat(walked.eventsOf(Event.ClockStarted.class)).extracting(Event.ClockStarted::clock)
                .contains("controller_notice").doesNotContain("appi_preliminary", "appi_final", "appi_final_unlawful");
        assertThat(walked.eventsOf(Event.ClockStopped.class)).extracting(Event.ClockStopped::clock, Event.ClockStopped::metDeadline)
                .contains(tuple("controller_notice", true));
    }

    /** The controller's 24 hours: its notice is ready as soon as awareness is recorded, before any analysis. */
    @Test
    void theControllerNoticeIsReadyRightAfterAwarenessWithinItsTwentyFourHours() {
        Walked walked = walk().with("__our_role__", "processor").walkUntilReady("pc.controller");

        assertThat(walked.path()).containsExactly("p0.intake", "p0.awareness=occurred");
        Instant ready = walked.eventsOf(Event.StepReady.class).stream().filter(r -> r.step().equals("pc.controller"))
                .findFirst().orElseThrow().at();
        assertThat(walked.state().clocks().get("controller_notice").deadline()).isAfter(ready);
    }

    /** The provisional APPI clock counts from Saturday, when sales knew, not from Monday, when the CSIRT heard. */
    @Test
    void theProvisionalAppiClockCountsFromTheFirstAwarenessAnywhereInTheCompany() {
        Walked walked = walk().with("__t_aware__", SALES_KNEW).walkUntilReady("p1.data");

        Event.ClockStarted started = walked.eventsOf(Event.ClockStarted.class).stream()
                .filter(c -> c.clock().equals("appi_awareness")).findFirst().orElseThrow();
        assertThat(started.startedAt()).isEqualTo(OffsetDateTime.parse(SALES_KNEW).toInstant());
        assertThat(started.deadline()).isEqualTo(OffsetDateTime.parse("2025-06-03T09:00:00+09:00").toInstant());
        assertThat(started.hardDeadline()).isEqualTo(OffsetDateTime.parse("2025-06-05T09:00:00+09:00").toInstant());
    }

    @Test
    void thePreliminaryReportRecordsTheFinalReportsLegalDueDateAsCounselComputedIt() {
        Walked walked = walk().with("__final_due_by_counsel__", "2025-07-01T23:59:00+09:00").walk();

        assertThat(walked.state().values()).containsEntry("__final_due_by_counsel__", "2025-07-01T23:59:00+09:00");
        assertThat(BREACH.legalReviewed()).isNotBlank();
    }

    static PlaybookWalks walk() {
        return PlaybookWalks.of(BREACH).startingAt(PlaybookWalks.MONDAY_MORNING, Severity.S2);
    }
}
