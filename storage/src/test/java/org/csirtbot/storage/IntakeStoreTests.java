package org.csirtbot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.csirtbot.storage.intake.IntakeDocument;
import org.csirtbot.storage.intake.IntakeStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The web intake's store on the real driver: an item stored once per key, an advisory's answer changed only from the
 * statuses it may follow, and a notification's words purged with its report while an advisory stays whole.
 */
@StorageTest
class IntakeStoreTests {

    static final Instant AT = Instant.parse("2025-06-01T01:00:00Z");

    @Autowired
    IntakeStore intake;

    @Test
    void anItemIsStoredOncePerKeyAndTheFirstWins() {
        String key = "ref:jpcert\n" + UUID.randomUUID();
        IntakeStore.Inserted first = intake.insertOnce(item(key, intake.nextId("NTF", 2025), "notification", null));
        IntakeStore.Inserted again = intake.insertOnce(item(key, "NTF-2025-999999", "notification", null));

        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.item().intakeId()).isEqualTo(first.item().intakeId());
        assertThat(intake.find("NTF-2025-999999")).isEmpty();
    }

    @Test
    void anAdvisoryAnswerChangesOnlyFromTheStatusesItMayFollow() {
        String id = intake.nextId("ADV", 2025);
        intake.insertOnce(item("once:" + UUID.randomUUID(), id, "advisory", "new"));

        assertThat(intake.decide(id, List.of("new", "checking"), "incident", "U1", AT, null)).isTrue();
        assertThat(intake.decide(id, List.of("new", "checking"), "not_affected", "U2", AT, "no")).isFalse();
        assertThat(intake.find(id).orElseThrow().decidedBy()).isEqualTo("U1");
    }

    @Test
    void aNotificationsWordsArePurgedWithItsReportAndAnAdvisoryStaysWhole() {
        String report = "RPT-2025-" + UUID.randomUUID();
        String notification = intake.nextId("NTF", 2025);
        String advisory = intake.nextId("ADV", 2025);
        intake.insertOnce(item("once:" + UUID.randomUUID(), notification, "notification", null));
        intake.insertOnce(item("once:" + UUID.randomUUID(), advisory, "advisory", "new"));
        intake.recordReport(notification, report);
        intake.recordReport(advisory, report);

        assertThat(intake.purgeNotificationsOf(List.of(report))).isEqualTo(1);

        IntakeDocument purged = intake.find(notification).orElseThrow();
        assertThat(purged.body()).isNull();
        assertThat(purged.subject()).isNull();
        assertThat(purged.fromContact()).isNull();
        assertThat(purged.from()).isNull();
        assertThat(purged.reference()).isEqualTo("REF-1");
        assertThat(intake.find(advisory).orElseThrow().body()).isEqualTo("Details that identify a person");
    }

    private static IntakeDocument item(String key, String id, String kind, String status) {
        return new IntakeDocument(key, id, kind, "A researcher", null, "+81-3-0000-0000", "Your site leaks",
                "Details that identify a person", AT, "REF-1", "https://example.org/x", "TLP:AMBER", "api:gateway", AT,
                null, status, null, null, null, null, null);
    }
}
