package org.csirtbot.playbooks.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.csirtbot.playbooks.engine.Action;
import org.csirtbot.playbooks.engine.Actor;
import org.csirtbot.playbooks.engine.Engine;
import org.csirtbot.playbooks.engine.Event;
import org.csirtbot.playbooks.engine.Outcome;
import org.csirtbot.playbooks.engine.Refusal;
import org.csirtbot.playbooks.model.Playbook;
import org.csirtbot.playbooks.model.Severity;
import org.csirtbot.playbooks.testing.BuiltIns;
import org.csirtbot.playbooks.testing.PlaybookWalks;
import org.csirtbot.playbooks.testing.Walked;
import org.csirtbot.playbooks.time.BusinessCalendar;
import org.junit.jupiter.api.Test;

/** The shared closing: its main path and what each severity and answer changes. */
class CoreCloseWalkTests {

    static final Playbook CLOSE = BuiltIns.playbook("core-close");

    @Test
    void anS1IncidentHoldsTheLessonsMeetingWithinTwoWeeksSharesIndicatorsAndCloses() {
        Walked walked = PlaybookWalks.of(CLOSE).startingAt(PlaybookWalks.MONDAY_MORNING, Severity.S1)
                .with("__incident_severity__", "S1").choose("z4.share", "share").walk();

        assertThat(walked.path()).containsExactly("z1.criteria", "z2.report", "z3.lessons", "z4.share=share",
                "z4.send=approve", "z4.send", "z5.retention", "z6.close=confirmed");
        assertThat(walked.passedOver()).containsExactly("z3.lessons_optional");
        assertThat(walked.eventsOf(Event.StepReady.class)).filteredOn(e -> e.step().equals("z3.lessons"))
                .singleElement().satisfies(ready -> assertThat(ready.dueAt()).isEqualTo(ready.at().plus(Duration.ofDays(14))));
        assertThat(walked.eventsOf(Event.NotificationReady.class)).singleElement()
                .satisfies(ready -> assertThat(ready.audience()).containsExactly("partners", "jpcert"));
        assertThat(walked.state().disposition()).isEqualTo("confirmed");
    }

    @Test
    void anS3IncidentMaySkipTheLessonsWithAReasonButAnS2OneMayNot() {
        Walked s3 = PlaybookWalks.of(CLOSE).with("__incident_severity__", "S3").choose("z3.lessons_optional", "skip").walk();

        assertThat(s3.took("z3.lessons_optional", "skip")).isTrue();
        assertThat(s3.passedOver()).contains("z3.lessons");
        assertThat(CLOSE.step("z3.lessons").orElseThrow().skippable()).isFalse();
    }

    @Test
    void startedAsASubPlaybookOfAnS2IncidentTheBotsSeverityMakesTheLessonsMeetingMandatory() {
        // no __incident_severity__ given by hand: the start gives the incident's, as the bot does
        Walked s2 = PlaybookWalks.of(CLOSE).startingAt(PlaybookWalks.MONDAY_MORNING, Severity.S2).walk();
        Walked s4 = PlaybookWalks.of(CLOSE).startingAt(PlaybookWalks.MONDAY_MORNING, Severity.S4)
                .choose("z3.lessons_optional", "skip").walk();

        assertThat(s2.path()).contains("z3.lessons");
        assertThat(s2.passedOver()).containsExactly("z3.lessons_optional");
        assertThat(s4.passedOver()).contains("z3.lessons");
        assertThat(s4.took("z3.lessons_optional", "skip")).isTrue();
    }

    @Test
    void notSharingGoesStraightToRetention() {
        Walked walked = PlaybookWalks.of(CLOSE).with("__incident_severity__", "S4").choose("z4.share", "keep").walk();

        assertThat(walked.path()).containsSubsequence("z4.share=keep", "z5.retention").doesNotContain("z4.send");
    }

    @Test
    void aRejectedSharingWaitsForANewApproval() {
        Walked walked = PlaybookWalks.of(CLOSE).with("__incident_severity__", "S2").choose("z4.share", "share")
                .choose("z4.send", "reject", "approve").walk();

        assertThat(walked.path()).containsSubsequence("z4.send=reject", "z4.send=approve", "z4.send", "z5.retention");
    }

    @Test
    void retentionYearsBeyondThirtyOrBelowZeroAreRefusedAndThirtyIsTaken() {
        Walked ready = PlaybookWalks.of(CLOSE).with("__incident_severity__", "S4").choose("z4.share", "keep")
                .walkUntilReady("z5.retention");
        Engine engine = new Engine(BusinessCalendar.japan(List.of()));
        Actor im = Actor.of("U-im", "im");
        Instant later = ready.state().updatedAt().plusSeconds(60);
        for (String years : List.of("31", "-1", "forever")) {
            Outcome refused = engine.apply(CLOSE, ready.state(), new Action.Complete(im, "z5.retention", z5(years)), later);
            assertThat(refused.events()).as(years).singleElement().isInstanceOfSatisfying(Event.Refused.class,
                    r -> assertThat(r.reason()).isEqualTo(Refusal.INVALID_FIELD));
        }
        Outcome done = engine.apply(CLOSE, ready.state(), new Action.Complete(im, "z5.retention", z5("30")), later);
        assertThat(done.refused()).isFalse();
        assertThat(done.state().values()).containsEntry("__retention_years__", "30").containsEntry("__legal_hold__", "true");
    }

    private static Map<String, String> z5(String years) {
        return Map.of("__retention_years__", years, "__legal_hold__", "true", "__evidence_access__", "U-im");
    }
}
