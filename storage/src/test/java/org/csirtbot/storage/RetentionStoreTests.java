package org.csirtbot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.csirtbot.storage.IncidentDocument.Closure;
import org.csirtbot.storage.IncidentDocument.Phase;
import org.csirtbot.storage.IncidentDocument.RoleHolder;
import org.csirtbot.storage.IncidentDocument.Room;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/** Legal hold, purging a closed incident after its retention period, and reading incidents over a period. */
@StorageTest
class RetentionStoreTests {

    static final Instant DECLARED = Instant.parse("2018-04-02T09:00:00Z");
    static final Instant CLOSED = Instant.parse("2018-05-02T09:00:00Z");
    static final Instant PURGED = Instant.parse("2026-01-05T03:00:00Z");

    @Autowired
    IncidentStore incidents;

    @Autowired
    IncidentRetentionStore retention;

    @Autowired
    IncidentLogStore log;

    @Autowired
    ReportStore reports;

    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void nothingStored() {
        mongo.remove(new Query(), IncidentDocument.class);
        mongo.remove(new Query(), LogEntryDocument.class);
        mongo.remove(new Query(), ReportDocument.class);
    }

    @Test
    void purgingAClosedIncidentLeavesATombstoneAndRemovesItsLogAndItsReportsDetails() {
        ReportDocument report = reports.insertOnce(ReportStoreTests.report("sub-1", "the CEO asked for gift cards"));
        reports.attach(report.id(), "INC-1", "U_COMMANDER", CLOSED);
        ReportDocument unrelated = reports.insertOnce(ReportStoreTests.report("sub-2", "another matter"));
        incidents.insertOnce(closed("INC-1", List.of(report.id())));
        incidents.insertOnce(closed("INC-2", List.of()));
        log.append("INC-1", "U_COMMANDER", "declared", Map.of("title", "Gift card fraud"));
        log.append("INC-1", "U_COMMANDER", "closed", Map.of("from", "post_incident"));
        log.append("INC-2", "U_COMMANDER", "declared", Map.of("title", "Kept"));

        assertThat(retention.purgeDetails("INC-1", PURGED, "S3 closed + P3Y")).isTrue();
        assertThat(retention.findPurgeUnfinished()).extracting(IncidentDocument::id).containsExactly("INC-1");
        assertThat(log.purgeLog("INC-1")).isEqualTo(2);
        assertThat(reports.purgeDetails("INC-1")).isEqualTo(1);
        retention.recordPurgeDone("INC-1");

        IncidentDocument tombstone = incidents.findById("INC-1").orElseThrow();
        assertThat(tombstone.title()).isNull();
        assertThat(tombstone.commanderId()).isNull();
        assertThat(tombstone.declaredBy()).isNull();
        assertThat(tombstone.roles()).isNull();
        assertThat(tombstone.closure().lessons()).isNull();
        assertThat(tombstone.closure().archivedAt()).isEqualTo(CLOSED);
        assertThat(tombstone.room().channelName()).isNull();
        assertThat(tombstone.room().invited()).isNull();
        assertThat(tombstone.declarationKey()).isEqualTo("decl-INC-1");
        assertThat(tombstone.severity()).isEqualTo("S3");
        assertThat(tombstone.category()).isEqualTo("phishing_mail");
        assertThat(tombstone.status()).isEqualTo("closed");
        assertThat(tombstone.declaredAt()).isEqualTo(DECLARED);
        assertThat(tombstone.reportIds()).containsExactly(report.id());
        assertThat(tombstone.phases()).extracting(Phase::phase).containsExactly("triage", "closed");
        assertThat(tombstone.retention().purgedAt()).isEqualTo(PURGED);
        assertThat(tombstone.retention().purgeRule()).isEqualTo("S3 closed + P3Y");
        assertThat(tombstone.retention().purgeDone()).isTrue();
        assertThat(retention.findPurgeUnfinished()).isEmpty();
        assertThat(retention.findPurgeable()).extracting(IncidentDocument::id).containsExactly("INC-2");

        assertThat(log.entries("INC-1")).isEmpty();
        assertThat(log.entries("INC-2")).hasSize(1);
        ReportDocument purgedReport = reports.findById(report.id()).orElseThrow();
        assertThat(purgedReport.reporterId()).isNull();
        assertThat(purgedReport.description()).isNull();
        assertThat(purgedReport.observables()).isNull();
        assertThat(purgedReport.reportedAt()).isEqualTo(ReportStoreTests.REPORTED);
        assertThat(purgedReport.incidentId()).isEqualTo("INC-1");
        assertThat(reports.findById(unrelated.id()).orElseThrow().description()).isEqualTo("another matter");
    }

    @Test
    void anIncidentNotClosedOrUnderLegalHoldIsNeverPurgedNorIsItsLog() {
        incidents.insertOnce(withStatus(closed("INC-OPEN", List.of()), "post_incident"));
        incidents.insertOnce(closed("INC-HELD", List.of()));
        assertThat(retention.changeLegalHold("INC-HELD", true, "litigation", "U_LEGAL", PURGED, null)).isTrue();
        log.append("INC-OPEN", "U_COMMANDER", "declared", Map.of());
        log.append("INC-HELD", "U_COMMANDER", "declared", Map.of());

        assertThat(retention.findPurgeable()).isEmpty();
        assertThat(retention.purgeDetails("INC-OPEN", PURGED, "S4 closed + P1Y")).isFalse();
        assertThat(retention.purgeDetails("INC-HELD", PURGED, "S4 closed + P1Y")).isFalse();
        assertThat(log.purgeLog("INC-OPEN")).isZero();
        assertThat(log.purgeLog("INC-HELD")).isZero();
        assertThat(log.purgeLog("INC-NONE")).isZero();

        assertThat(incidents.findById("INC-OPEN").orElseThrow().title()).isEqualTo("Gift card fraud");
        assertThat(incidents.findById("INC-HELD").orElseThrow().retention().purgedAt()).isNull();
        assertThat(log.entries("INC-OPEN")).hasSize(1);
        assertThat(log.entries("INC-HELD")).hasSize(1);
    }

    @Test
    void legalHoldIsSetAndReleasedOnceEachWithWhoWhyAndWhenButNotOnATombstone() {
        incidents.insertOnce(closed("INC-1", List.of()));
        incidents.insertOnce(closed("INC-2", List.of()));

        assertThat(retention.changeLegalHold("INC-1", true, "litigation", "U_LEGAL", CLOSED, null)).isTrue();
        assertThat(retention.changeLegalHold("INC-1", true, "again", "U_OTHER", PURGED, null)).isFalse();
        IncidentDocument.Retention held = incidents.findById("INC-1").orElseThrow().retention();
        assertThat(held).isEqualTo(new IncidentDocument.Retention(true, "litigation", "U_LEGAL", CLOSED));

        assertThat(retention.changeLegalHold("INC-1", false, "case settled", "U_LEGAL", PURGED, null)).isTrue();
        assertThat(retention.changeLegalHold("INC-1", false, "again", "U_LEGAL", PURGED, null)).isFalse();
        assertThat(incidents.findById("INC-1").orElseThrow().retention())
                .isEqualTo(new IncidentDocument.Retention(false, "case settled", "U_LEGAL", PURGED));

        retention.purgeDetails("INC-2", PURGED, "S3 closed + P3Y");
        assertThat(retention.changeLegalHold("INC-2", true, "too late", "U_LEGAL", PURGED, null)).isFalse();
        assertThat(incidents.findById("INC-2").orElseThrow().retention().legalHold()).isFalse();
    }

    @Test
    void incidentsAreReadOverAPeriodOfTheirDeclaration() {
        incidents.insertOnce(declaredAt("INC-A", Instant.parse("2024-12-31T23:59:59Z")));
        incidents.insertOnce(declaredAt("INC-B", Instant.parse("2025-01-01T00:00:00Z")));
        incidents.insertOnce(declaredAt("INC-C", Instant.parse("2025-01-31T23:59:59Z")));
        incidents.insertOnce(declaredAt("INC-D", Instant.parse("2025-02-01T00:00:00Z")));

        assertThat(incidents.findDeclaredBetween(Instant.parse("2025-01-01T00:00:00Z"),
                Instant.parse("2025-02-01T00:00:00Z"))).extracting(IncidentDocument::id).containsExactly("INC-B", "INC-C");
    }

    @Test
    void anIncidentStoredBeforeRetentionExistedIsPurgedToAReadableTombstone() {
        IncidentDocument c = closed("INC-OLD", List.of());
        incidents.insertOnce(new IncidentDocument(c.id(), c.declarationKey(), c.title(), c.severity(), c.category(),
                c.tlp(), false, c.status(), c.commanderId(), c.declaredBy(), c.declaredAt(), null, c.reportIds(), true,
                c.room(), c.phases(), null, null, null));

        assertThat(retention.purgeDetails("INC-OLD", PURGED, "S3 closed + P3Y")).isTrue();

        IncidentDocument tombstone = incidents.findById("INC-OLD").orElseThrow();
        assertThat(tombstone.title()).isNull();
        assertThat(tombstone.retention().legalHold()).isFalse();
        assertThat(tombstone.retention().purgeRule()).isEqualTo("S3 closed + P3Y");
        assertThat(retention.findPurgeUnfinished()).extracting(IncidentDocument::id).containsExactly("INC-OLD");
    }

    static IncidentDocument closed(String id, List<String> reportIds) {
        return new IncidentDocument(id, "decl-" + id, "Gift card fraud", "S3", "phishing_mail", "AMBER", false,
                "closed", "U_COMMANDER", "U_DECLARER", DECLARED, null, reportIds, true,
                new Room("C_" + id, "inc-gift-card-fraud", false, List.of("U_COMMANDER", "U_REPORTER"), true,
                        "1.0", true),
                List.of(new Phase("triage", DECLARED, CLOSED), new Phase("closed", CLOSED, null)),
                List.of(new RoleHolder("deputy", "U_DEPUTY", DECLARED)),
                new Closure(Map.of("what_happened", "the CEO was impersonated"), CLOSED),
                IncidentDocument.Retention.none());
    }

    static IncidentDocument declaredAt(String id, Instant at) {
        IncidentDocument c = closed(id, List.of());
        return new IncidentDocument(id, c.declarationKey(), c.title(), c.severity(), c.category(), c.tlp(), false,
                c.status(), c.commanderId(), c.declaredBy(), at, null, c.reportIds(), true, c.room(), c.phases(),
                c.roles(), c.closure(), c.retention());
    }

    static IncidentDocument withStatus(IncidentDocument i, String status) {
        return IncidentStoreTests.withStatus(i, status);
    }
}
