package org.csirtbot.playbooks.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.csirtbot.playbooks.engine.Event;
import org.csirtbot.playbooks.model.Playbook;
import org.csirtbot.playbooks.model.Severity;
import org.csirtbot.playbooks.model.Sla;
import org.csirtbot.playbooks.model.Step;
import org.csirtbot.playbooks.testing.Branch;
import org.csirtbot.playbooks.testing.BuiltIns;
import org.csirtbot.playbooks.testing.PlaybookWalks;
import org.csirtbot.playbooks.testing.Walked;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 15, act first: every built-in incident playbook reaches containment within its containment SLA counted from
 * declaration (the start of the run), on every branch that contains at all, on a controllable clock. The walks start
 * on Friday 18 July 2025 at 18:00 in Tokyo, before a weekend and 海の日, with a team acting every five minutes: a
 * containment SLA that counted business days, or containment written after the analysis, fails here.
 */
class ContainmentFromDeclarationTests {

    /** Friday 18 July 2025, 18:00 in Tokyo. */
    static final Instant FRIDAY_EVENING = Instant.parse("2025-07-18T09:00:00Z");

    /** The step that contains (or decides the containment of) each incident playbook. */
    static final Map<String, String> CONTAINMENT = Map.of(
            "phishing-report", "p2.block",
            "endpoint-malware", "p2.contain",
            "account-compromise", "p2.contain",
            "personal-data-breach", "p1.stop_exposure",
            "ddos", "p2.mitigate",
            "ransomware", "p1.isolate",
            "targeted-attack", "p1.contain",
            "website-defacement", "p1.offline",
            "lost-device", "p1.lock",
            "mis-sent-mail", "p1.recall");

    @Test
    void everyIncidentPlaybookHasAContainmentStepDueAtEverySeverityInCalendarHours() {
        assertThat(BuiltInLibraryTests.incidentPlaybookIds()).containsExactlyInAnyOrderElementsOf(CONTAINMENT.keySet());
        CONTAINMENT.forEach((id, stepId) -> {
            Sla sla = BuiltIns.playbook(id).step(stepId).map(Step::sla).orElseThrow();
            assertThat(sla.businessDays()).as(id + " " + stepId).isFalse();
            for (Severity severity : Severity.values()) {
                assertThat(sla.dueFor(severity)).as(id + " " + stepId + " at " + severity).get()
                        .satisfies(due -> assertThat(due).isLessThanOrEqualTo(Duration.ofHours(24)));
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("branches")
    void containmentIsReachedWithinItsSlaCountedFromDeclaration(Branch branch) {
        Playbook playbook = BuiltIns.playbook(branch.playbook());
        String containment = CONTAINMENT.get(branch.playbook());
        PlaybookWalks walk = PlaybookWalks.of(playbook).startingAt(FRIDAY_EVENING, null);
        Walked walked = branch.step() == null ? walk.walk() : walk.walkTaking(branch.step(), branch.option());

        assertThat(walked.state().finished()).isTrue();
        Optional<Instant> contained = doneAt(walked, containment);
        if (contained.isEmpty()) {
            assertThat(walked.visited(containment)).as("%s: containment neither done nor skipped", branch).isFalse();
            return;
        }
        Instant declared = walked.eventsOf(Event.RunStarted.class).get(0).at();
        Event.StepReady ready = walked.eventsOf(Event.StepReady.class).stream()
                .filter(r -> r.step().equals(containment)).findFirst().orElseThrow();
        assertThat(ready.dueAt()).as("%s: %s has an SLA", branch, containment).isNotNull();
        Duration sla = Duration.between(ready.at(), ready.dueAt());
        assertThat(contained.get()).as("%s: %s done within %s of declaration", branch, containment, sla)
                .isBeforeOrEqualTo(declared.plus(sla));
    }

    /** When the containment step was first completed or decided. */
    static Optional<Instant> doneAt(Walked walked, String step) {
        return walked.events().stream().filter(e -> e instanceof Event.StepCompleted c && c.step().equals(step)
                        || e instanceof Event.DecisionTaken d && d.step().equals(step))
                .map(e -> e instanceof Event.StepCompleted c ? c.at() : ((Event.DecisionTaken) e).at()).findFirst();
    }

    /** The main path of each incident playbook (step null), and every answer to every question it asks. */
    static Stream<Branch> branches() {
        return CONTAINMENT.keySet().stream().sorted().flatMap(id -> Stream.concat(Stream.of(new Branch(id, null, null)),
                Branch.allOf(BuiltIns.playbook(id)).stream()));
    }
}
