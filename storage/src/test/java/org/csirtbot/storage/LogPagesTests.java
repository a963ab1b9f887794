package org.csirtbot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The bot's own lookups in a log (already logged? where does it end?) read the incident's entries by their IDs, so
 * they cost what the incident's log costs however many other logs the store holds, and find the same as before.
 */
@StorageTest
class LogPagesTests {

    @Autowired
    IncidentLogStore log;
    @Autowired
    MongoTemplate mongo;

    @Test
    void entriesOfAKindWithGivenValuesAreFoundAcrossPagesTimesAndNumbersIncluded() {
        String incident = "INC-PAGES-" + UUID.randomUUID();
        Instant due = Instant.parse("2026-12-08T09:00:00Z");
        for (int i = 1; i <= 1_205; i++) {
            log.append(incident, "U_SCRIBE", i % 2 == 0 ? "note" : "captured", Map.of("n", i, "due", due));
        }

        assertThat(log.entries(incident, List.of("captured"), Map.of("n", 1_203L, "due", due)))
                .singleElement().satisfies(entry -> assertThat(entry.seq()).isEqualTo(1_203));
        assertThat(log.entries(incident, List.of("note"), Map.of("n", 1_203))).isEmpty();
        assertThat(log.entries(incident, List.of("note", "captured"), Map.of("due", due))).hasSize(1_205)
                .isSortedAccordingTo(LogPages.IN_ORDER);
        assertThat(log.head(incident)).hasValueSatisfying(head -> assertThat(head.seq()).isEqualTo(1_205));
    }

    @Test
    void anEntryRemovedBeforeTheEndDoesNotStopTheNextAppendAndTheLogShowsTheBreak() {
        String incident = "INC-PAGES-" + UUID.randomUUID();
        for (int i = 1; i <= 6; i++) {
            log.append(incident, "U_SCRIBE", "note", Map.of("n", i));
        }
        mongo.getCollection("incident_log").deleteOne(new Document("_id", incident + ":5"));
        IncidentLogStore restarted = new IncidentLogStore(mongo, java.time.Clock.systemUTC()); // knows no head

        LogEntryDocument next = restarted.append(incident, "U_SCRIBE", "note", Map.of("n", 7));

        assertThat(next.seq()).isEqualTo(7);
        assertThat(restarted.verify(incident)).isEqualTo(new LogVerification(false, 6, 5L));
    }
}
