package org.csirtbot.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The lifecycle table, cell by cell: {@code x} where a phase may follow another, {@code .} where not. */
class StatusTransitionsTests {

    private static final String TABLE = """
            # from \\ to     triage investigating containing eradicating recovering post_incident closed
            triage          .      x             .          .           .          .             .
            investigating   .      .             x          .           x          x             .
            containing      .      x             .          x           .          .             .
            eradicating     .      .             x          .           x          .             .
            recovering      .      x             .          .           .          x             .
            post_incident   .      x             .          .           .          .             x
            closed          .      .             .          .           .          .             .
            """;

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @MethodSource("cells")
    void everyPairIsAllowedOrForbiddenAsTheTableSays(IncidentStatus from, IncidentStatus to, boolean allowed) {
        assertThat(StatusTransitions.allows(from, to)).isEqualTo(allowed);
        assertThat(StatusTransitions.next(from).contains(to)).isEqualTo(allowed);
    }

    @Test
    void theTableHasACellForEveryPair() {
        assertThat(cells()).hasSize(IncidentStatus.values().length * IncidentStatus.values().length);
    }

    @Test
    void nextPhasesAreListedInLifecycleOrder() {
        assertThat(StatusTransitions.next(IncidentStatus.INVESTIGATING)).containsExactly(IncidentStatus.CONTAINING,
                IncidentStatus.RECOVERING, IncidentStatus.POST_INCIDENT);
    }

    static Stream<Arguments> cells() {
        List<List<String>> rows = TABLE.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .map(l -> Arrays.asList(l.split("\\s+"))).toList();
        assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(IncidentStatus.values().length + 1));
        IncidentStatus[] phases = IncidentStatus.values();
        assertThat(rows).extracting(r -> r.get(0)).containsExactly(Arrays.stream(phases).map(IncidentStatus::code)
                .toArray(String[]::new));
        return rows.stream().flatMap(row -> Arrays.stream(phases).map(to -> Arguments.of(
                IncidentStatus.ofCode(row.get(0)).orElseThrow(), to, "x".equals(row.get(to.ordinal() + 1)))));
    }
}
