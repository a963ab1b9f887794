package org.csirtbot.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

@StorageTest
class ReportStoreTests {

    static final Instant REPORTED = Instant.parse("2025-03-14T08:00:00.123Z");
    static final Instant HANDLED = Instant.parse("2025-03-14T08:30:00.456Z");

    @Autowired
    ReportStore reports;

    @Autowired
    MongoTemplate mongo;

    @Test
    void aRetriedSubmissionIsStoredOnceAndTheFirstReportWins() {
        String key = UUID.randomUUID().toString();

        ReportDocument first = reports.insertOnce(report(key, "phishing mail from the CEO"));
        ReportDocument second = reports.insertOnce(report(key, "same form, submitted again"));

        assertThat(first.id()).isNotNull();
        assertThat(second).isEqualTo(first);
        assertThat(reports.findById(first.id())).contains(first);
        assertThat(mongo.find(query(where("submissionKey").is(key)), ReportDocument.class))
                .singleElement().extracting(ReportDocument::description).isEqualTo("phishing mail from the CEO");
    }

    @Test
    void simultaneousRetriesOfOneSubmissionStoreOneReport() throws Exception {
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<ReportDocument> returned = new ArrayList<>();
        try {
            List<Callable<ReportDocument>> retries = IntStream.rangeClosed(1, 8)
                    .mapToObj(n -> (Callable<ReportDocument>) () -> reports.insertOnce(report(key, "try " + n)))
                    .toList();
            for (Future<ReportDocument> result : pool.invokeAll(retries)) {
                returned.add(result.get());
            }
        } finally {
            pool.shutdownNow();
        }

        ReportDocument stored = reports.findBySubmissionKey(key).orElseThrow();
        assertThat(returned).containsOnly(stored);
        assertThat(mongo.count(query(where("submissionKey").is(key)), ReportDocument.class)).isEqualTo(1);
    }

    @Test
    void attachingAnOpenReportLinksItToTheIncident() {
        ReportDocument open = reports.insertOnce(report(UUID.randomUUID().toString(), "laptop stolen"));

        assertThat(reports.attach(open.id(), "INC-7", "U_HANDLER", HANDLED)).isTrue();

        ReportDocument attached = reports.findById(open.id()).orElseThrow();
        assertThat(attached.status()).isEqualTo("attached");
        assertThat(attached.incidentId()).isEqualTo("INC-7");
        assertThat(attached.closedBy()).isEqualTo("U_HANDLER");
        assertThat(attached.closedAt()).isEqualTo(HANDLED);
        assertThat(attached.description()).isEqualTo("laptop stolen");
    }

    @Test
    void dismissingAnOpenReportRecordsWhoAndWhy() {
        ReportDocument open = reports.insertOnce(report(UUID.randomUUID().toString(), "weird pop-up"));

        assertThat(reports.dismiss(open.id(), "adware, cleaned", "U_HANDLER", HANDLED)).isTrue();

        ReportDocument dismissed = reports.findById(open.id()).orElseThrow();
        assertThat(dismissed.status()).isEqualTo("dismissed");
        assertThat(dismissed.closingReason()).isEqualTo("adware, cleaned");
        assertThat(dismissed.closedBy()).isEqualTo("U_HANDLER");
        assertThat(dismissed.closedAt()).isEqualTo(HANDLED);
        assertThat(dismissed.incidentId()).isNull();
    }

    @Test
    void aHandledReportCannotBeAttachedOrDismissedAgain() {
        ReportDocument open = reports.insertOnce(report(UUID.randomUUID().toString(), "USB stick in car park"));
        reports.attach(open.id(), "INC-1", "U_FIRST", HANDLED);
        ReportDocument handled = reports.findById(open.id()).orElseThrow();

        assertThat(reports.attach(open.id(), "INC-2", "U_SECOND", HANDLED.plusSeconds(60))).isFalse();
        assertThat(reports.dismiss(open.id(), "duplicate", "U_SECOND", HANDLED.plusSeconds(60))).isFalse();

        assertThat(reports.findById(open.id())).contains(handled);
    }

    @Test
    void aDismissedReportCannotBeAttachedLater() {
        ReportDocument open = reports.insertOnce(report(UUID.randomUUID().toString(), "strange login"));
        reports.dismiss(open.id(), "was me", "U_FIRST", HANDLED);
        ReportDocument handled = reports.findById(open.id()).orElseThrow();

        assertThat(reports.attach(open.id(), "INC-3", "U_SECOND", HANDLED.plusSeconds(60))).isFalse();

        assertThat(reports.findById(open.id())).contains(handled);
    }

    @Test
    void anUnknownReportIsNotHandled() {
        assertThat(reports.attach("000000000000000000000000", "INC-1", "U_X", HANDLED)).isFalse();
        assertThat(reports.dismiss("no-such-report", "gone", "U_X", HANDLED)).isFalse();
    }

    @Test
    void theTriagePostIsRememberedSoItCanBeUpdated() {
        ReportDocument open = reports.insertOnce(report(UUID.randomUUID().toString(), "ransom note on screen"));

        reports.recordTriagePost(open.id(), "C_TRIAGE", "1710406800.000100");

        ReportDocument stored = reports.findById(open.id()).orElseThrow();
        assertThat(stored.triageChannel()).isEqualTo("C_TRIAGE");
        assertThat(stored.triageTs()).isEqualTo("1710406800.000100");
        assertThat(stored.status()).isEqualTo(ReportStore.OPEN);
    }

    @Test
    void aReportedSlackMessageIsKeptWithTheReportAndPurgedWithItsDetails() {
        ReportDocument.Captured message = new ReportDocument.Captured("C_GENERAL", "U_WRITER", "1710406700.000200",
                "https://example.slack.com/archives/C_GENERAL/p1710406700000200", "log in at https://evil.example.com");
        ReportDocument plain = report(UUID.randomUUID().toString(), "a DM asked me to log in");
        ReportDocument about = reports.insertOnce(new ReportDocument(plain.id(), plain.submissionKey(),
                plain.reporterId(), plain.category(), plain.description(), plain.occurredAt(), plain.affectedSystem(),
                plain.observables(), plain.status(), plain.reportedAt(), null, null, null, null, null, null, null,
                List.of(), null, null, message));
        assertThat(reports.findById(about.id()).orElseThrow().message()).isEqualTo(message);

        assertThat(reports.purgeUnattached(about.id(), HANDLED)).isTrue();

        ReportDocument purged = reports.findById(about.id()).orElseThrow();
        assertThat(purged.message()).isNull();
        assertThat(purged.description()).isNull();
    }

    @Test
    void anAttachedMailIsKeptAsWhereItIsAndPurgedWithTheDetails() {
        ReportDocument.Attached mail = new ReportDocument.Attached("F0MAIL0001", "invoice.eml", "eml", 48_213,
                "https://example.slack.com/files/U_REPORTER/F0MAIL0001/invoice.eml");
        ReportDocument plain = report(UUID.randomUUID().toString(), "a mail with an invoice");
        ReportDocument about = reports.insertOnce(new ReportDocument(plain.id(), plain.submissionKey(),
                plain.reporterId(), plain.category(), plain.description(), plain.occurredAt(), plain.affectedSystem(),
                plain.observables(), plain.status(), plain.reportedAt(), null, null, null, null, null, null, null,
                List.of(), null, null, null, null, mail));
        assertThat(reports.findById(about.id()).orElseThrow().mail()).isEqualTo(mail);

        assertThat(reports.purgeUnattached(about.id(), HANDLED)).isTrue();

        assertThat(reports.findById(about.id()).orElseThrow().mail()).isNull();
    }

    static ReportDocument report(String submissionKey, String description) {
        return new ReportDocument(null, submissionKey, "U_REPORTER", "phishing", description, "this morning",
                "mail", List.of("evil.example.com", "203.0.113.7"), ReportStore.OPEN, REPORTED,
                null, null, null, null, null, null);
    }
}
