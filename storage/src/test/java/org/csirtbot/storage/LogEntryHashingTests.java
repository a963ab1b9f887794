package org.csirtbot.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The canonical form an auditor re-computes, and the chain check on entries in memory. */
class LogEntryHashingTests {

    private static final Instant AT = Instant.parse("2025-06-30T23:59:59Z");

    @Test
    void theCanonicalFormIsSortedCompactJsonWithMillisecondTimesAndItsSha256IsTheHash() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("title", "Phishing \"wave\"\n/ü");
        data.put("severity", "S2");
        data.put("users", List.of("U1", "U2"));
        data.put("nested", new LinkedHashMap<>(Map.of("b", 1, "a", 2.5)));
        data.put("confidential", false);

        String canonical = LogEntryHashing.canonicalForm("INC-2025-0001", 1, AT, "U123", "declared", data,
                LogEntryHashing.GENESIS);

        assertThat(canonical).isEqualTo("{\"actor\":\"U123\",\"at\":\"2025-06-30T23:59:59.000Z\",\"data\":{"
                + "\"confidential\":false,\"nested\":{\"a\":2.5,\"b\":1},\"severity\":\"S2\","
                + "\"title\":\"Phishing \\\"wave\\\"\\n/ü\",\"users\":[\"U1\",\"U2\"]},\"incidentId\":\"INC-2025-0001\","
                + "\"kind\":\"declared\",\"prevHash\":\"" + "0".repeat(64) + "\",\"seq\":1}");
        // as `printf '%s' "$canonical" | sha256sum` gives it
        assertThat(LogEntryHashing.hash("INC-2025-0001", 1, AT, "U123", "declared", data, LogEntryHashing.GENESIS))
                .isEqualTo("f8ef946200f0579bdad2a9e375b7ab8316760b33822f3332631da1d62b9fe9d4");
    }

    @Test
    void valuesHashAlikeAsGivenAndAsReadBackFromMongo() {
        Map<String, Object> given = Map.of("n", 7, "f", 0.1f, "when", AT.plusNanos(123_456_789),
                "list", new Object[] {"a", Thread.State.NEW}, "map", Map.of("x", (short) 1));
        Map<String, Object> readBack = Map.of("n", 7L, "f", (double) 0.1f, "when", Date.from(AT.plusMillis(123)),
                "list", new ArrayList<>(List.of("a", "NEW")), "map", new org.bson.Document("x", 1));

        assertThat(hashOf(given)).isEqualTo(hashOf(readBack));
        assertThat(hashOf(Map.of("n", 7))).isNotEqualTo(hashOf(Map.of("n", "7")));
    }

    @Test
    void aValueTheHashDoesNotCoverIsRefused() {
        assertThatThrownBy(() -> hashOf(Map.of("report", new Object())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.lang.Object");
        assertThatThrownBy(() -> hashOf(Map.of("ids", Map.of(1, "one"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSecondEntryWithTheSameNumberIsCaughtAtThatNumberWhicheverComesFirst() {
        List<LogEntryDocument> chain = chain(4);
        LogEntryDocument original = chain.get(1);
        LogEntryDocument twin = new LogEntryDocument("forged", original.incidentId(), 2, original.at(), "U_MALLORY",
                original.kind(), Map.of(), original.prevHash(), LogEntryHashing.hash(original.incidentId(), 2,
                        original.at(), "U_MALLORY", original.kind(), Map.of(), original.prevHash()));

        List<LogEntryDocument> twinAfter = new ArrayList<>(chain);
        twinAfter.add(2, twin);
        List<LogEntryDocument> twinBefore = new ArrayList<>(chain);
        twinBefore.add(1, twin);

        assertThat(LogVerification.of(chain)).isEqualTo(new LogVerification(true, 4, null));
        assertThat(LogVerification.of(twinAfter)).isEqualTo(new LogVerification(false, 5, 2L));
        assertThat(LogVerification.of(twinBefore)).isEqualTo(new LogVerification(false, 5, 2L));
    }

    @Test
    void aFirstEntryNotLinkedToTheGenesisIsCaughtAtOne() {
        LogEntryDocument first = chain(1).get(0);
        String prev = "1".repeat(64);
        LogEntryDocument relinked = new LogEntryDocument(first.id(), first.incidentId(), 1, first.at(), first.actor(),
                first.kind(), first.data(), prev, LogEntryHashing.hash(first.incidentId(), 1, first.at(),
                        first.actor(), first.kind(), first.data(), prev));

        assertThat(LogVerification.of(List.of(relinked))).isEqualTo(new LogVerification(false, 1, 1L));
    }

    private static List<LogEntryDocument> chain(int length) {
        List<LogEntryDocument> chain = new ArrayList<>();
        String prev = LogEntryHashing.GENESIS;
        for (long seq = 1; seq <= length; seq++) {
            Map<String, Object> data = Map.of("n", seq);
            String hash = LogEntryHashing.hash("INC-1", seq, AT, "U_A", "note", data, prev);
            chain.add(new LogEntryDocument("INC-1:" + seq, "INC-1", seq, AT, "U_A", "note", data, prev, hash));
            prev = hash;
        }
        return chain;
    }

    private static String hashOf(Map<String, Object> data) {
        return LogEntryHashing.hash("INC-1", 1, AT, "U_A", "note", data, LogEntryHashing.GENESIS);
    }
}
