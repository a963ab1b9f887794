package org.csirtbot.closing.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The report cut into messages: between lines, within the size, nothing lost unless there are too many parts. */
class ReportPartsTests {

    @Test
    void aShortReportIsOnePart() {
        ReportParts parts = ReportParts.of("# Title\n\n- a\n- b\n", 100, 3);

        assertThat(parts.parts()).containsExactly("# Title\n\n- a\n- b");
        assertThat(parts.cut()).isFalse();
    }

    @Test
    void partsAreCutBetweenLinesAndTogetherHoldEveryLine() {
        String text = "line one\nline two\nline three\nline four";

        ReportParts parts = ReportParts.of(text, 19, 10);

        assertThat(parts.parts()).containsExactly("line one\nline two", "line three", "line four");
        assertThat(parts.parts()).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(19));
        assertThat(String.join("\n", parts.parts())).isEqualTo(text);
    }

    @Test
    void aLineLongerThanAPartIsSplitNeverInsideASurrogatePair() {
        String emoji = "\uD83D\uDD12";
        ReportParts parts = ReportParts.of("abcd" + emoji + "efgh", 5, 10);

        assertThat(parts.parts()).containsExactly("abcd", emoji + "efg", "h");
        assertThat(String.join("", parts.parts())).isEqualTo("abcd" + emoji + "efgh");
    }

    @Test
    void beyondTheMostPartsTheRestIsLeftOutAndSaidSo() {
        ReportParts parts = ReportParts.of("a\nb\nc\nd", 1, 2);

        assertThat(parts.parts()).containsExactly("a", "b");
        assertThat(parts.cut()).isTrue();
    }
}
