package org.csirtbot.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What the web intake accepts, read without the bot: each problem named, every one at once, values normalised. */
class IntakeChecksTests {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-01T00:00:00Z"), ZoneOffset.UTC);

    @Test
    void aGoodItemIsReadWithItsTlpAndTimeNormalised() {
        IntakeChecks.Read read = read("""
                {"kind": "advisory", "from": " jpcert ", "subject": "注意喚起", "body": "Patch.", "tlp": "amber+strict",
                 "receivedAt": "2026-04-01T08:30:00+09:00", "url": "https://www.jpcert.or.jp/at/2026/at260001.html"}""");

        assertThat(read.problems()).isEmpty();
        assertThat(read.submission().kind()).isEqualTo(IntakeKind.ADVISORY);
        assertThat(read.submission().from()).isEqualTo("jpcert");
        assertThat(read.submission().tlp()).isEqualTo("TLP:AMBER+STRICT");
        assertThat(read.submission().receivedAt()).isEqualTo(Instant.parse("2026-03-31T23:30:00Z"));
        assertThat(read.submission().reference()).isNull();
    }

    @Test
    void everyProblemIsNamedAndNothingIsRead() {
        IntakeChecks.Read read = read("""
                {"from": ["x"], "subject": "%s", "body": "", "url": "ftp://x", "receivedAt": "2026-04-01T08:30:00"}"""
                .formatted("s".repeat(IntakeChecks.SUBJECT_MAX + 1)));

        assertThat(read.submission()).isNull();
        assertThat(read.problems()).containsExactlyInAnyOrder("kind is required", "from must be a string",
                "subject is 301 characters; at most 300 are kept", "body is required",
                "url must be an http or https link without spaces",
                "receivedAt must be a time with its offset (RFC 3339), such as 2026-04-01T09:30:00+09:00; "
                        + "'2026-04-01T08:30:00' is not");
        assertThat(read("[1]").problems()).singleElement().asString().contains("JSON object");
    }

    @Test
    void aTimeMoreThanFiveMinutesAheadIsInTheFuture() {
        String item = """
                {"kind": "notification", "from": "police", "subject": "s", "body": "b", "receivedAt": "%s"}""";
        assertThat(read(item.formatted("2026-04-01T00:04:00Z")).problems()).isEmpty();
        assertThat(read(item.formatted("2026-04-01T00:06:00Z")).problems()).singleElement().asString()
                .startsWith("receivedAt is in the future");
    }

    private static IntakeChecks.Read read(String json) {
        try {
            JsonNode node = new ObjectMapper().readTree(json);
            return IntakeChecks.read(node, CLOCK);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
