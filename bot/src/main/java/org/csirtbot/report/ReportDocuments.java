package org.csirtbot.report;

import java.time.Instant;
import java.util.List;

import org.csirtbot.observables.FoundObservable;
import org.csirtbot.observables.Observable;
import org.csirtbot.observables.ObservableType;
import org.csirtbot.storage.ReportDocument;

/** Maps reports to and from their stored form. */
final class ReportDocuments {

    private ReportDocuments() {
    }

    static Report toReport(ReportDocument d) {
        return new Report(d.id(), d.reporterId(), ReportCategory.fromCode(d.category()).orElse(ReportCategory.OTHER),
                d.description(), d.occurredAt(), d.affectedSystem(), d.observables(),
                ReportStatus.fromCode(d.status()), d.reportedAt(), d.triageChannel(), d.triageTs(),
                d.incidentId(), d.closedBy(), d.closingReason(), d.closedAt(), d.mailHeaders(), found(d.found()),
                d.campaignId(), d.department(), message(d.message()), notifier(d.notifier()),
                mail(d.mail()));
    }

    static ReportDocument toDocument(String id, SubmitReport s, Instant at, List<FoundObservable> found) {
        return new ReportDocument(id, s.submissionKey(), s.reporterId(), s.category().code(), s.description(),
                s.occurredAt(), s.affectedSystem(), s.observables(), ReportStatus.OPEN.code(), at,
                null, null, null, null, null, null, s.mailHeaders(),
                found.stream().map(f -> new ReportDocument.Found(f.observable().type().code(), f.observable().value(),
                        f.source())).toList(), null, s.department(), captured(s.message()), notifier(s.notifier()),
                mail(s.mail()));
    }

    private static Notifier notifier(ReportDocument.Notifier n) {
        return n == null ? null : new Notifier(n.intakeId(), n.from(), n.contact(), n.partnerId(), n.reference(),
                n.url(), n.tlp());
    }

    private static ReportDocument.Notifier notifier(Notifier n) {
        return n == null ? null : new ReportDocument.Notifier(n.intakeId(), n.from(), n.contact(), n.partnerId(),
                n.reference(), n.url(), n.tlp());
    }

    private static ReportedMail mail(ReportDocument.Attached a) {
        return a == null ? null : new ReportedMail(a.fileId(), a.name(), a.filetype(), a.size(), a.permalink());
    }

    private static ReportDocument.Attached mail(ReportedMail m) {
        return m == null ? null : new ReportDocument.Attached(m.fileId(), m.name(), m.filetype(), m.size(),
                m.permalink());
    }

    private static CapturedMessage message(ReportDocument.Captured c) {
        return c == null ? null : new CapturedMessage(c.channel(), c.author(), c.ts(), c.permalink(), c.text());
    }

    private static ReportDocument.Captured captured(CapturedMessage m) {
        return m == null ? null : new ReportDocument.Captured(m.channel(), m.author(), m.ts(), m.permalink(), m.text());
    }

    private static List<FoundObservable> found(List<ReportDocument.Found> stored) {
        if (stored == null) {
            return List.of();
        }
        return stored.stream().flatMap(f -> ObservableType.fromCode(f.type()).stream()
                .map(type -> new FoundObservable(new Observable(type, f.value()), f.source()))).toList();
    }
}
