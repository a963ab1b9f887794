package org.csirtbot.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csirtbot.storage.IncidentStoreTests.incident;
import static org.csirtbot.storage.IncidentStoreTests.withStatus;

import java.time.Instant;
import java.util.Map;

import org.csirtbot.storage.IncidentDocument.Room;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/** Lessons learned and archiving, on incidents stored before closure existed (closure null) too. */
@StorageTest
class IncidentClosureStoreTests {

    static final Instant CLOSED = Instant.parse("2025-03-12T17:00:00Z");

    @Autowired
    IncidentRetentionStore retention;
    @Autowired
    IncidentStore incidents;

    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void noIncidents() {
        mongo.remove(new Query(), IncidentDocument.class);
    }

    @Test
    void lessonsReplaceTheEarlierAnswersUntilTheIncidentIsClosed() {
        mongo.insert(withStatus(incident("INC-1", "k1", "Phishing", CLOSED), "post_incident"));

        assertThat(incidents.recordLessons("INC-1", Map.of("what_happened", "first"), null)).isTrue();
        assertThat(incidents.recordLessons("INC-1", Map.of("indicators", "second"), null)).isTrue();
        assertThat(incidents.findById("INC-1").orElseThrow().closure().lessons())
                .isEqualTo(Map.of("indicators", "second"));

        mongo.save(withStatus(incidents.findById("INC-1").orElseThrow(), "closed"));
        assertThat(incidents.recordLessons("INC-1", Map.of("indicators", "too late"), null)).isFalse();
        assertThat(incidents.findById("INC-1").orElseThrow().closure().lessons())
                .isEqualTo(Map.of("indicators", "second"));
    }

    @Test
    void closedRoomsAreFoundUntilTheirArchivingIsRecordedOnce() {
        mongo.insert(withRoom(withStatus(incident("INC-1", "k1", "Closed with a room", CLOSED), "closed")));
        mongo.insert(withStatus(incident("INC-2", "k2", "Closed, room never opened", CLOSED), "closed"));
        mongo.insert(withRoom(withStatus(incident("INC-3", "k3", "Still open", CLOSED), "recovering")));

        assertThat(incidents.findClosedNotArchived()).extracting(IncidentDocument::id).containsExactly("INC-1");

        assertThat(incidents.recordArchived("INC-1", CLOSED.plusSeconds(60))).isTrue();
        assertThat(incidents.recordArchived("INC-1", CLOSED.plusSeconds(120))).isFalse();
        assertThat(incidents.findById("INC-1").orElseThrow().closure().archivedAt()).isEqualTo(CLOSED.plusSeconds(60));
        assertThat(incidents.findClosedNotArchived()).isEmpty();
    }

    @Test
    void aRoomWhoseIncidentWasPurgedIsNotPutAwayAgain() {
        // putting a room away posts the report and logs it: after a purge that would start a new log for the tombstone
        mongo.insert(withRoom(withStatus(incident("INC-1", "k1", "Closed, purged before its room was archived", CLOSED),
                "closed")));
        assertThat(retention.purgeDetails("INC-1", CLOSED.plusSeconds(60), "S4 closed + P1Y")).isTrue();

        assertThat(incidents.findClosedNotArchived()).isEmpty();
    }

    private static IncidentDocument withRoom(IncidentDocument i) {
        return new IncidentDocument(i.id(), i.declarationKey(), i.title(), i.severity(), i.category(), i.tlp(),
                i.confidential(), i.status(), i.commanderId(), i.declaredBy(), i.declaredAt(), i.beganAt(), i.reportIds(),
                i.inviteReporters(), new Room("C" + i.id().replace("-", ""), "inc", false, null, true, "1.2", true),
                i.phases(), i.roles(), i.closure(), i.retention());
    }
}
