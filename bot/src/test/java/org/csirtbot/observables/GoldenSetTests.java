package org.csirtbot.observables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every line of {@code observables/golden.tsv} is one case: what a person pastes, and exactly the observables that must
 * come out of it, in order. The file's header says how it is written and which ambiguous cases were decided how.
 */
class GoldenSetTests {

    private static final Set<String> CATEGORIES = Set.of("url", "domain", "email", "ipv4", "ipv6", "hash", "defanged",
            "japanese", "mail", "near-miss", "mixed");

    private final ObservableExtraction extraction = new ObservableExtraction();

    static List<GoldenCase> cases() {
        return GoldenCase.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsExactlyWhatTheLineSays(GoldenCase golden) {
        assertThat(golden.actual(extraction)).as(golden.toString()).containsExactlyElementsOf(golden.expected());
    }

    @Test
    void theSetHoldsAtLeast300CasesOfEveryCategory() {
        List<GoldenCase> all = GoldenCase.all();

        assertThat(all).hasSizeGreaterThanOrEqualTo(300);
        assertThat(all.stream().map(GoldenCase::category).collect(Collectors.toSet())).isEqualTo(CATEGORIES);
        assertThat(all.stream().filter(c -> c.category().equals("near-miss")))
                .as("near-misses").hasSizeGreaterThanOrEqualTo(50).allSatisfy(c -> assertThat(c.expected()).isEmpty());
        assertThat(all.stream().filter(c -> c.category().equals("mail"))).as("mail headers").hasSizeGreaterThanOrEqualTo(5);
        assertThat(all.stream().filter(c -> c.input().codePoints().anyMatch(cp -> cp >= 0x3040 && cp <= 0x9fff)))
                .as("cases with Japanese text").hasSizeGreaterThanOrEqualTo(30);
    }

    @Test
    void everyTypeOfObservableIsExpectedSomewhere() {
        Set<String> types = GoldenCase.all().stream().flatMap(c -> c.expected().stream())
                .map(e -> e.substring(0, e.indexOf(':'))).collect(Collectors.toSet());

        assertThat(types).containsExactlyInAnyOrder("url", "domain", "email", "ipv4", "ipv6", "md5", "sha1", "sha256",
                "subject", "message-id");
    }
}
