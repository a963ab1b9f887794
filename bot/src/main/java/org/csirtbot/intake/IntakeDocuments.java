package org.csirtbot.intake;

import java.time.Instant;

import org.csirtbot.storage.intake.IntakeDocument;

/** Maps intake items to and from their stored form. */
final class IntakeDocuments {

    private IntakeDocuments() {
    }

    static IntakeItem toItem(IntakeDocument d) {
        IntakeKind kind = IntakeKind.fromCode(d.kind()).orElse(IntakeKind.NOTIFICATION);
        return new IntakeItem(d.intakeId(), kind, d.from(), d.partnerId(), d.fromContact(), d.subject(), d.body(),
                d.receivedAt(), d.reference(), d.url(), d.tlp(), d.client(), d.storedAt(), d.reportId(),
                kind == IntakeKind.ADVISORY ? AdvisoryStatus.fromCode(d.status()) : null, d.decidedBy(),
                d.decidedAt(), d.reason(), d.channel(), d.ts());
    }

    /** A new item as posted, with the key it is stored once by; received now unless the sender said when. */
    static IntakeDocument toDocument(String key, String id, Submission s, String partnerId, String client, Instant now) {
        return new IntakeDocument(key, id, s.kind().code(), s.from(), partnerId, s.fromContact(), s.subject(), s.body(),
                s.receivedAt() == null ? now : s.receivedAt(), s.reference(), s.url(), s.tlp(), client, now, null,
                s.kind() == IntakeKind.ADVISORY ? AdvisoryStatus.NEW.code() : null, null, null, null, null, null);
    }
}
