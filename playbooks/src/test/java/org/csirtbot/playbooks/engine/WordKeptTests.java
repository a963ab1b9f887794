package org.csirtbot.playbooks.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.csirtbot.playbooks.model.Criterion;
import org.csirtbot.playbooks.model.Playbook;
import org.csirtbot.playbooks.model.Severity;
import org.csirtbot.playbooks.testing.Fixtures;
import org.csirtbot.playbooks.time.BusinessCalendar;
import org.junit.jupiter.api.Test;

/**
 * The engine keeps its word: a decision never lowers the severity by itself, a run starts no lower than its playbook's
 * default and follows the incident's severity, a sub-playbook step waits for its run, an SLA counts from the event it
 * names, and the closure criteria not met are told.
 */
class WordKeptTests {

    static final Instant DECLARED = Instant.parse("2025-06-06T09:00:00Z"); // a Friday, 18:00 in Tokyo
    static final Actor IM = Actor.of("U-im", "commander");

    final Playbook playbook = Fixtures.playbook("word-kept");
    final Engine engine = new Engine(BusinessCalendar.japan(List.of()));

    @Test
    void aDecisionThatWouldLowerTheSeverityOnlyProposesItAndTheRunFollowsTheIncidentOnceConfirmed() {
        RunState ready = atImpact(Severity.S2, Map.of());

        Outcome chosen = engine.apply(playbook, ready, new Action.Choose(IM, "impact", "minor", "one mailbox", Map.of()),
                at(20));

        assertThat(chosen.state().severity()).isEqualTo(Severity.S2);
        assertThat(chosen.events()).noneMatch(e -> e instanceof Event.SeverityChanged)
                .contains(new Event.SeverityLoweringProposed(at(20), "impact", Severity.S2, Severity.S4, "U-im"));
        assertThat(chosen.state().ready()).containsExactly("contain");

        Outcome confirmed = engine.apply(playbook, chosen.state(), new Action.IncidentRated(Severity.S4), at(30));

        assertThat(confirmed.state().severity()).isEqualTo(Severity.S4);
        assertThat(confirmed.state().values()).containsEntry("__incident_severity__", "S4");
        assertThat(confirmed.events()).contains(new Event.SeverityChanged(at(30), null, Severity.S2, Severity.S4));
    }

    @Test
    void aRaiseAboveTheIncidentsSeverityStaysAutomatic() {
        Outcome chosen = engine.apply(playbook, atImpact(Severity.S3, Map.of()),
                new Action.Choose(IM, "impact", "critical", "domain admin", Map.of()), at(20));

        assertThat(chosen.state().severity()).isEqualTo(Severity.S1);
        assertThat(chosen.events()).contains(new Event.SeverityChanged(at(20), "impact", Severity.S3, Severity.S1))
                .noneMatch(e -> e instanceof Event.SeverityLoweringProposed);
    }

    @Test
    void aRunStartsAtTheHigherOfTheIncidentsSeverityAndThePlaybooksDefault() {
        assertThat(engine.start(playbook, Severity.S4, DECLARED).state().severity()).isEqualTo(Severity.S3);
        assertThat(engine.start(playbook, Severity.S2, DECLARED).state().severity()).isEqualTo(Severity.S2);
        assertThat(engine.start(playbook, null, DECLARED).state().severity()).isEqualTo(Severity.S3);
    }

    @Test
    void theSubPlaybookStepWaitsForItsRunToEndAndAsksForItOnce() {
        Outcome started = engine.start(playbook, Severity.S3, given(Severity.S3, Map.of()), DECLARED);

        assertThat(started.events()).contains(new Event.PlaybookRequested(DECLARED, "intake", "core-intake", null, "sub",
                Map.of(), true));
        assertThat(started.state().requestedPlaybooks()).containsExactly("core-intake");
        Outcome other = engine.apply(playbook, started.state(), new Action.SubRunEnded("phishing-report"), at(5));
        assertThat(other.events()).isEmpty();
        assertThat(other.state().ready()).containsExactly("intake");

        Outcome ended = engine.apply(playbook, started.state(), new Action.SubRunEnded("core-intake"), at(10));

        assertThat(ended.state().ready()).containsExactly("impact");
        assertThat(ended.events()).contains(new Event.StepCompleted(at(10), "intake", "engine", Map.of()));
    }

    @Test
    void anSlaFromTheDeclarationIsDueAnHourAfterItHoweverLateTheStepBecameReady() {
        RunState ready = atImpact(Severity.S3, Map.of());

        assertThat(ready.steps().get("impact").readyAt()).isEqualTo(at(10));
        Outcome before = engine.apply(playbook, ready, new Action.TimePasses(), at(59));
        assertThat(before.events()).isEmpty();
        Outcome overdue = engine.apply(playbook, ready, new Action.TimePasses(), at(60));
        assertThat(overdue.events()).containsExactly(new Event.StepOverdue(at(60), "impact", at(60), null));
    }

    @Test
    void anSlaFromAwarenessCountsFromTheRecordedTimeAndFromReadinessUntilItIsKnown() {
        Instant aware = DECLARED.minus(Duration.ofHours(1));
        RunState known = decided(atImpact(Severity.S3, Map.of("__t_aware__", "2025-06-06T17:00:00+09:00")));
        RunState unknown = decided(atImpact(Severity.S3, Map.of()));

        assertThat(readyEvent(known, "contain")).isEqualTo(aware.plus(Duration.ofHours(2)));
        assertThat(readyEvent(unknown, "contain")).isEqualTo(at(20).plus(Duration.ofHours(2)));
    }

    @Test
    void anSlaFromReadinessIsTheDefault() {
        RunState contained = engine.apply(playbook, decided(atImpact(Severity.S3, Map.of())),
                new Action.Complete(IM, "contain", Map.of()), at(40)).state();

        assertThat(readyEvent(contained, "report")).isEqualTo(at(70));
    }

    @Test
    void theClosureCriteriaNotMetAreToldUntilTheirStepIsDoneAndTheirConditionHolds() {
        RunState ready = atImpact(Severity.S3, Map.of());

        assertThat(ClosureCheck.unmet(playbook, ready)).extracting(Criterion::id).containsExactly("contained", "impact_known");
        RunState contained = engine.apply(playbook, decided(ready), new Action.Complete(IM, "contain", Map.of()), at(40))
                .state();
        assertThat(ClosureCheck.unmet(playbook, contained)).isEmpty();
    }

    /** Started for an incident of {@code severity} declared at {@link #DECLARED}, the intake run over at +10 min. */
    RunState atImpact(Severity severity, Map<String, String> more) {
        RunState started = engine.start(playbook, severity, given(severity, more), DECLARED.plus(Duration.ofMinutes(1)))
                .state();
        return engine.apply(playbook, started, new Action.SubRunEnded("core-intake"), at(10)).state();
    }

    /** The decision taken as critical at +20 min (a raise to S1: containment at its S1 SLA). */
    RunState decided(RunState state) {
        return engine.apply(playbook, state, new Action.Choose(IM, "impact", "critical", "admin", Map.of()), at(20))
                .state();
    }

    Instant readyEvent(RunState state, String step) {
        return engine.recap(playbook, state).stream().filter(e -> e instanceof Event.StepReady r && r.step().equals(step))
                .map(e -> ((Event.StepReady) e).dueAt()).findFirst().orElseThrow();
    }

    static Map<String, String> given(Severity severity, Map<String, String> more) {
        Map<String, String> given = new java.util.HashMap<>(more);
        given.put("__incident_severity__", severity.name());
        given.put("__t_declared__", "2025-06-06T18:00:00+09:00");
        return given;
    }

    static Instant at(long minutes) {
        return DECLARED.plus(Duration.ofMinutes(minutes));
    }
}
