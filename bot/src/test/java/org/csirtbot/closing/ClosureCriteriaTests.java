package org.csirtbot.closing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csirtbot.closing.ClosureCriteria.Criterion.COMMANDER;
import static org.csirtbot.closing.ClosureCriteria.Criterion.LESSONS;
import static org.csirtbot.closing.ClosureCriteria.Criterion.MANDATORY_STEPS;
import static org.csirtbot.closing.ClosureCriteria.Criterion.POST_INCIDENT;
import static org.csirtbot.closing.ClosureCriteria.Criterion.SEVERITY;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.csirtbot.closing.ClosureCriteria.Missing;
import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentStatus;
import org.csirtbot.incident.Severity;
import org.csirtbot.incident.Tlp;
import org.csirtbot.report.ReportCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What keeps an incident from being closed: everything at once, in a fixed order. */
class ClosureCriteriaTests {

    static final Map<String, String> ALL_ANSWERED = Arrays.stream(LessonsQuestion.values())
            .collect(Collectors.toMap(LessonsQuestion::id, q -> "answer"));

    @ParameterizedTest
    @EnumSource(Severity.class)
    void aReviewedIncidentWithEveryAnswerAndNoOpenStepMayClose(Severity severity) {
        assertThat(ClosureCriteria.missing(incident(severity, IncidentStatus.POST_INCIDENT, "U1", ALL_ANSWERED), List.of()))
                .isEmpty();
    }

    @Test
    void s3AndS4CloseWithoutLessonsS1AndS2NeedEveryQuestionAnswered() {
        assertThat(ClosureCriteria.missing(incident(Severity.S3, IncidentStatus.POST_INCIDENT, "U1", Map.of()), List.of()))
                .isEmpty();
        Map<String, String> partly = Map.of("what_happened", "x", "indicators", " ");

        List<Missing> missing = ClosureCriteria.missing(incident(Severity.S2, IncidentStatus.POST_INCIDENT, "U1", partly),
                List.of());

        assertThat(missing).singleElement().satisfies(m -> {
            assertThat(m.criterion()).isEqualTo(LESSONS);
            assertThat(m.items()).hasSize(9).doesNotContain("what_happened").contains("indicators")
                    .startsWith("performance");
        });
    }

    @Test
    void everythingMissingIsListedAtOnceInOrder() {
        Incident bare = incident(null, IncidentStatus.CONTAINING, null, Map.of());

        List<Missing> missing = ClosureCriteria.missing(bare, List.of("Preserve evidence"));

        assertThat(missing).extracting(Missing::criterion)
                .containsExactly(POST_INCIDENT, COMMANDER, SEVERITY, MANDATORY_STEPS);
        assertThat(missing.get(3).items()).containsExactly("Preserve evidence");
    }

    @Test
    void anS1StillInvestigatingWithoutLessonsLacksTheReviewAndTheLessons() {
        List<Missing> missing = ClosureCriteria.missing(incident(Severity.S1, IncidentStatus.INVESTIGATING, "U1", Map.of()),
                List.of());

        assertThat(missing).extracting(Missing::criterion).containsExactly(POST_INCIDENT, LESSONS);
        assertThat(missing.get(1).items()).hasSize(LessonsQuestion.values().length);
    }

    static Incident incident(Severity severity, IncidentStatus status, String commander, Map<String, String> lessons) {
        Instant at = Instant.parse("2026-03-02T09:00:00Z");
        return new Incident("INC-2026-0001", "Test", severity, ReportCategory.OTHER, Tlp.GREEN, false, status, commander,
                "U1", at, null, List.of(), false, new Incident.Room(null, null, false, null, false, null, false),
                List.of(new Incident.Phase(status, at, null)), List.of(), new Incident.Closure(lessons, null),
                Incident.Retention.NONE);
    }
}
