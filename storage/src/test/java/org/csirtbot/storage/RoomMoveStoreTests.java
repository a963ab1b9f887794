package org.csirtbot.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csirtbot.storage.IncidentStoreTests.MONDAY;
import static org.csirtbot.storage.IncidentStoreTests.incident;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * TLP and confidentiality changed only as read, and a room move recorded step by step: begun once, each result kept
 * once, the room replaced with the move's promised log entry only while it is the room left, and the incidents with a
 * move to make or finish found again after a stop.
 */
@StorageTest
class RoomMoveStoreTests {

    static final List<String> RESTRICTING = List.of("AMBER+STRICT", "RED");

    @Autowired
    IncidentStore incidents;
    @Autowired
    ClassificationStore classification;
    @Autowired
    RoomMoveStore moves;
    @Autowired
    PendingLogStore promises;
    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void oneIncidentInAPublicRoom() {
        mongo.remove(new Query(), IncidentDocument.class);
        incidents.insertOnce(incident("INC-1", "decl-1", "Payroll leak", MONDAY));
        incidents.recordRoom("INC-1", new IncidentDocument.Room("C_OLD", "inc-1-payroll-leak", false,
                List.of("U_A", "U_B"), true, "1.000100", true));
    }

    @Test
    void theClassificationChangesOnlyFromTheValueRead() {
        assertThat(classification.changeTlp("INC-1", "amber", "RED", null)).isTrue();
        assertThat(classification.changeTlp("INC-1", "amber", "GREEN", null)).as("read before").isFalse();
        assertThat(classification.changeConfidential("INC-1", false, true, null)).isTrue();
        assertThat(classification.changeConfidential("INC-1", false, true, null)).isFalse();

        IncidentDocument changed = incidents.findById("INC-1").orElseThrow();
        assertThat(changed.tlp()).isEqualTo("RED");
        assertThat(changed.confidential()).isTrue();
    }

    @Test
    void aMoveIsBegunOnceAndEachStepKeptOnce() {
        assertThat(moves.restrictedInPublicRooms(RESTRICTING)).isEmpty();
        classification.changeConfidential("INC-1", false, true, null);
        assertThat(moves.restrictedInPublicRooms(RESTRICTING)).containsExactly("INC-1");

        RoomMoveStore.Move begun = moves.begin("INC-1", "C_OLD", "1.000100", MONDAY).orElseThrow();
        assertThat(moves.begin("INC-1", "C_OLD", "9.9", MONDAY.plusSeconds(5)).orElseThrow()).isEqualTo(begun);
        moves.recordTarget("INC-1", "G_NEW", "inc-1");
        moves.recordTarget("INC-1", "G_OTHER", "inc-1-2");
        moves.recordSummary("INC-1", "2.000100");
        moves.recordSummary("INC-1", "3.000100");

        assertThat(moves.find("INC-1").orElseThrow()).isEqualTo(new RoomMoveStore.Move("C_OLD", "1.000100", "G_NEW",
                "inc-1", "2.000100", MONDAY, null, null));
        assertThat(moves.restrictedInPublicRooms(RESTRICTING)).as("begun").isEmpty();
        assertThat(moves.unfinished()).containsExactly("INC-1");
        assertThat(moves.movedFrom("C_OLD")).as("not switched yet").isEmpty();
    }

    @Test
    void theRoomIsReplacedWithItsLogEntryOnlyWhileItIsTheRoomLeft() {
        moves.begin("INC-1", "C_OLD", "1.000100", MONDAY);
        moves.recordTarget("INC-1", "G_NEW", "inc-1");
        var logged = PendingLogStore.Entry.of("csirtbot", "room_moved", Map.of("from", "C_OLD", "to", "G_NEW"));

        assertThat(moves.switchRoom("INC-1", "C_OLD", "G_NEW", "inc-1", List.of("U_A"), "2.000100", MONDAY, logged))
                .isTrue();
        assertThat(moves.switchRoom("INC-1", "C_OLD", "G_NEW", "inc-1", List.of("U_A"), "2.000100", MONDAY, logged))
                .as("switched before").isFalse();

        assertThat(incidents.findById("INC-1").orElseThrow().room()).isEqualTo(
                new IncidentDocument.Room("G_NEW", "inc-1", true, List.of("U_A"), true, "2.000100", true));
        assertThat(promises.pending("INC-1")).extracting(PendingLogStore.Entry::kind).containsExactly("room_moved");
        assertThat(incidents.findByChannel("C_OLD")).isEmpty();
        assertThat(moves.movedFrom("C_OLD")).contains("INC-1");
        assertThat(moves.begin("INC-1", "G_NEW", "2.000100", MONDAY)).as("a private room never moves")
                .map(RoomMoveStore.Move::from).contains("C_OLD");

        moves.finish("INC-1", MONDAY.plusSeconds(60));
        assertThat(moves.unfinished()).isEmpty();
        assertThat(moves.find("INC-1").orElseThrow().finishedAt()).isEqualTo(MONDAY.plusSeconds(60));
    }
}
