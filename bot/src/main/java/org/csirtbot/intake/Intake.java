package org.csirtbot.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.RoomAnnounced;
import org.csirtbot.partners.Partner;
import org.csirtbot.partners.Partners;
import org.csirtbot.report.Report;
import org.csirtbot.report.ReportCategory;
import org.csirtbot.report.ReportIntake;
import org.csirtbot.report.ReportReceived;
import org.csirtbot.report.SubmitReport;
import org.csirtbot.storage.intake.IntakeStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Takes in what outside parties send: each item once per sender and reference (a repeated delivery answers with the
 * item stored first), its sender looked up in the directory (an unknown one is taken in, marked unverified). A
 * notification becomes a report into triage, with no reporter and its notifier; an advisory is asked about in triage.
 */
@Service
public class Intake {

    private static final Logger log = LoggerFactory.getLogger(Intake.class);

    private final IntakeStore store;
    private final ReportIntake reports;
    private final Partners partners;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Intake(IntakeStore store, ReportIntake reports, Partners partners, Clock clock, ApplicationEventPublisher events) {
        this.store = store;
        this.reports = reports;
        this.partners = partners;
        this.clock = clock;
        this.events = events;
    }

    /** What became of a posted item: every problem (nothing stored), or the item and whether this post stored it. */
    public record Received(List<String> problems, IntakeItem item, boolean created) {
    }

    /** Checks and stores a posted item from API client {@code client}; a notification goes to triage, as a report. */
    public Received receive(JsonNode posted, String client) {
        IntakeChecks.Read read = IntakeChecks.read(posted, clock);
        if (!read.problems().isEmpty()) {
            return new Received(read.problems(), null, false);
        }
        Submission s = read.submission();
        String key = s.reference() == null ? "once:" + UUID.randomUUID()
                : "ref:" + s.from().toLowerCase(Locale.ROOT) + "\n" + s.reference();
        Instant now = clock.instant();
        String id = store.findByKey(key).map(IntakeDocuments::toItem).map(IntakeItem::id)
                .orElseGet(() -> store.nextId(s.kind().prefix(), now.atZone(ZoneOffset.UTC).getYear()));
        String partnerId = partners.find(s.from()).or(() -> partners.find(s.from().toLowerCase(Locale.ROOT)))
                .map(Partner::id).orElse(null);
        IntakeStore.Inserted inserted = store.insertOnce(IntakeDocuments.toDocument(key, id, s, partnerId, client, now));
        IntakeItem item = IntakeDocuments.toItem(inserted.item());
        if (inserted.created()) {
            log.info("Intake: {} {} from {}{} by API client {}", item.kind().code(), item.id(), item.from(),
                    item.knownNotifier() ? "" : " (not in the directory: unverified)", client);
        }
        if (item.kind() == IntakeKind.NOTIFICATION) {
            item = toTriage(item);
        } else if (item.ts() == null) {
            events.publishEvent(new AdvisoryReceived(item));
        }
        return new Received(List.of(), item, inserted.created());
    }

    /** The notification's report, made once and announced to triage while it is not posted there. */
    private IntakeItem toTriage(IntakeItem notification) {
        Report report = reportOf(notification);
        if (notification.reportId() == null) {
            store.recordReport(notification.id(), report.id());
        }
        if (report.isOpen() && report.triageTs() == null) {
            events.publishEvent(new ReportReceived(report));
        }
        return find(notification.id()).orElse(notification);
    }

    /**
     * The report an item becomes (a notification at once, an advisory when an incident is opened from it): no reporter,
     * the notifier instead, the subject and body as its description; made once per item.
     */
    public Report reportOf(IntakeItem item) {
        return reports.submit(new SubmitReport("intake:" + item.id(), null, ReportCategory.OTHER,
                item.subject() + "\n\n" + item.body(), null, null, List.of(), null, null, null, item.notifier()));
    }

    /**
     * The report an incident is declared from when a responder opens one from an advisory: made once, kept with the
     * advisory, and shown as posted where the advisory is (so triage's outcome lands on the advisory's message).
     */
    public Report reportForIncident(IntakeItem advisory) {
        Report report = reportOf(advisory);
        if (advisory.reportId() == null) {
            store.recordReport(advisory.id(), report.id());
        }
        if (report.triageTs() == null && advisory.ts() != null) {
            reports.recordTriagePost(report.id(), advisory.channel(), advisory.ts());
        }
        return report;
    }

    /** An incident declared from an advisory's report: the advisory's answer is that incident, by its declarer. */
    @EventListener
    void declared(RoomAnnounced announced) {
        Incident incident = announced.incident();
        try {
            incident.reportIds().stream().findFirst().flatMap(reports::find).map(Report::notifier)
                    .flatMap(notifier -> find(notifier.intakeId())).filter(item -> item.kind() == IntakeKind.ADVISORY)
                    .ifPresent(advisory -> decide(advisory.id(), AdvisoryStatus.INCIDENT, incident.declaredBy(), null));
        } catch (RuntimeException e) {
            // the room's announcement goes on; the advisory keeps its answer until the next announcement (recovery)
            log.warn("Could not mark the advisory {} was declared from: {}", incident.id(), e.toString());
        }
    }

    public Optional<IntakeItem> find(String id) {
        return store.find(id).map(IntakeDocuments::toItem);
    }

    /** Every item of the kind (or every item, null), oldest first. */
    public List<IntakeItem> all(IntakeKind kind) {
        return store.all(kind == null ? null : kind.code()).stream().map(IntakeDocuments::toItem).toList();
    }

    /** Advisories stored but not yet asked about in triage (the post failed, or the process stopped first). */
    public List<IntakeItem> advisoriesNotPosted() {
        return store.advisoriesNotPosted().stream().map(IntakeDocuments::toItem).toList();
    }

    public void recordPost(String id, String channel, String ts) {
        store.recordPost(id, channel, ts);
    }

    /**
     * Records the answer to an advisory, by a Slack user, with the reason (not affected) or null; empty when it is not
     * an advisory or an incident was opened from it meanwhile.
     */
    public Optional<IntakeItem> decide(String id, AdvisoryStatus status, String by, String reason) {
        boolean decided = store.decide(id, status.follows(), status.code(), by, clock.instant(), reason);
        if (decided) {
            log.info("Advisory {}: {} by {}", id, status.code(), by);
        }
        if (decided && status == AdvisoryStatus.NOT_AFFECTED) {
            // a report made when someone began to open an incident from it, and then did not, is closed with the answer
            find(id).map(IntakeItem::reportId).ifPresent(reportId -> reports.dismiss(reportId, reason, by));
        }
        return decided ? find(id) : Optional.empty();
    }
}
