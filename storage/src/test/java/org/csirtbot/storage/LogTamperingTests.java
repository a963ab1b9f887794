package org.csirtbot.storage;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;

/**
 * Someone with write access to MongoDB changes the log behind the bot's back; {@link IncidentLogStore#verify}
 * names the first bad sequence number by the rules of {@link LogVerification}.
 */
@StorageTest
class LogTamperingTests {

    private static final int ENTRIES = 5;

    @Autowired
    IncidentLogStore log;

    @Autowired
    MongoTemplate mongo;

    String incident;
    MongoCollection<Document> raw;

    @BeforeEach
    void writeFiveEntries() {
        incident = "INC-" + UUID.randomUUID();
        raw = mongo.getCollection("incident_log");
        for (int n = 1; n <= ENTRIES; n++) {
            log.append(incident, "U_COMMANDER", "note", Map.of("text", "step " + n, "n", n));
        }
    }

    @Test
    void anUntouchedLogIsValid() {
        assertThat(log.verify(incident)).isEqualTo(new LogVerification(true, ENTRIES, null));
        assertThat(log.verify("INC-NO-LOG")).isEqualTo(new LogVerification(true, 0, null));
    }

    @Test
    void aChangedDataFieldIsCaughtAtThatEntry() {
        raw.updateOne(entry(3), Updates.set("data.text", "nothing happened"));

        assertThat(log.verify(incident)).isEqualTo(new LogVerification(false, ENTRIES, 3L));
    }

    @Test
    void aChangedActorTimeOrKindIsCaughtAtThatEntry() {
        raw.updateOne(entry(1), Updates.set("actor", "U_MALLORY"));
        assertThat(log.verify(incident).firstInvalidSeq()).isEqualTo(1L);

        Date at = raw.find(entry(4)).first().getDate("at");
        raw.updateOne(entry(4), Updates.set("at", new Date(at.getTime() + 1)));
        raw.updateOne(entry(5), Updates.set("kind", "closed"));
        assertThat(log.verify(incident).firstInvalidSeq()).isEqualTo(1L);

        raw.updateOne(entry(1), Updates.set("actor", "U_COMMANDER"));
        assertThat(log.verify(incident).firstInvalidSeq()).isEqualTo(4L);
    }

    @Test
    void anEntryRewrittenWithARecomputedHashBreaksTheLinkOfTheNext() {
        LogEntryDocument original = log.entries(incident).get(1);
        Map<String, Object> forged = Map.of("text", "nothing happened", "n", 2);
        String hash = LogEntryHashing.hash(incident, 2, original.at(), original.actor(), original.kind(), forged,
                original.prevHash());
        raw.updateOne(entry(2), Updates.combine(Updates.set("data", new Document(forged)), Updates.set("hash", hash)));

        assertThat(log.verify(incident)).isEqualTo(new LogVerification(false, ENTRIES, 3L));
    }

    @Test
    void aRemovedEntryIsCaughtAtItsMissingNumber() {
        raw.deleteOne(entry(3));

        assertThat(log.verify(incident)).isEqualTo(new LogVerification(false, ENTRIES - 1, 3L));
    }

    @Test
    void aRemovedLastEntryLeavesAShorterValidChainThatOnlyTheCountShows() {
        raw.deleteOne(entry(ENTRIES));

        assertThat(log.verify(incident)).isEqualTo(new LogVerification(true, ENTRIES - 1, null));
    }

    @Test
    void twoEntriesWithTheirNumbersSwappedAreCaughtAtTheLowerNumber() {
        renumber(2, -1);
        renumber(4, 2);
        renumber(-1, 4);

        assertThat(log.entries(incident)).extracting(e -> e.data().get("text"))
                .containsExactly("step 1", "step 4", "step 3", "step 2", "step 5");
        assertThat(log.verify(incident)).isEqualTo(new LogVerification(false, ENTRIES, 2L));
    }

    @Test
    void anExtraEntryAtTheEndIsCaughtAtItsNumber() {
        raw.insertOne(forgedEntry(ENTRIES + 1, "f".repeat(64), "f".repeat(64)));

        assertThat(log.verify(incident)).isEqualTo(new LogVerification(false, ENTRIES + 1, 6L));
    }

    @Test
    void anEntrySlippedInByRenumberingIsCaughtAtItsNumber() {
        for (long seq = ENTRIES; seq >= 3; seq--) {
            renumber(seq, seq + 1);
        }
        raw.insertOne(forgedEntry(3, log.entries(incident).get(1).hash(), "0".repeat(64)));

        assertThat(log.verify(incident)).isEqualTo(new LogVerification(false, ENTRIES + 1, 3L));
    }

    @Test
    void anEntrySlippedInWithACorrectHashIsCaughtAtTheRenumberedNext() {
        for (long seq = ENTRIES; seq >= 3; seq--) {
            renumber(seq, seq + 1);
        }
        LogEntryDocument second = log.entries(incident).get(1);
        Document forged = forgedEntry(3, second.hash(), null);
        forged.put("hash", LogEntryHashing.hash(incident, 3, forged.getDate("at").toInstant(), "U_MALLORY", "note",
                Map.of("text", "all clear"), second.hash()));
        raw.insertOne(forged);

        assertThat(log.verify(incident)).isEqualTo(new LogVerification(false, ENTRIES + 1, 4L));
    }

    private Bson entry(long seq) {
        return and(eq("incidentId", incident), eq("seq", seq));
    }

    private void renumber(long from, long to) {
        raw.updateOne(entry(from), Updates.set("seq", to));
    }

    private Document forgedEntry(long seq, String prevHash, String hash) {
        return new Document("_id", "forged-" + UUID.randomUUID()).append("incidentId", incident).append("seq", seq)
                .append("at", new Date(1_750_000_000_000L)).append("actor", "U_MALLORY").append("kind", "note")
                .append("data", new Document("text", "all clear")).append("prevHash", prevHash).append("hash", hash);
    }
}
