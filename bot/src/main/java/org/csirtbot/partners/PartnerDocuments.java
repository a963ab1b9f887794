package org.csirtbot.partners;

import java.time.Instant;

import org.csirtbot.storage.partners.PartnerDocument;

/** Directory entries to and from what the store keeps of those edited through the API. */
final class PartnerDocuments {

    private PartnerDocuments() {
    }

    static PartnerDocument toDocument(Partner p, String by, Instant at) {
        return new PartnerDocument(p.id(), names(p.name()), p.kind().code(), contact(p.contact24x7()),
                contact(p.office()), p.pgpFingerprint(), p.tlpMax().label(), p.helpsWith(), names(p.note()),
                p.website(), p.duties().any() ? new PartnerDocument.Duties(p.duties().notifyWithinHours(),
                p.duties().provides(), p.duties().contractRef()) : null, by, at);
    }

    /** The stored entry, or null when it no longer reads (a kind or TLP the bot no longer knows). */
    static Partner toPartner(PartnerDocument d) {
        var kind = PartnerKind.ofCode(d.kind());
        var tlp = PartnerFields.tlp(d.tlpMax());
        if (kind.isEmpty() || tlp.isEmpty()) {
            return null;
        }
        return new Partner(d.id(), names(d.name()), kind.get(), contact(d.contact24x7()), contact(d.office()),
                d.pgpFingerprint(), tlp.get(), d.helpsWith(), names(d.note()), d.website(), d.duties() == null ? Duties.NONE : new Duties(
                d.duties().notifyWithinHours(), d.duties().provides(), d.duties().contractRef()), Partner.Origin.API,
                d.editedBy(), d.editedAt());
    }

    private static PartnerDocument.Names names(Bilingual b) {
        return new PartnerDocument.Names(b.en(), b.ja());
    }

    private static Bilingual names(PartnerDocument.Names n) {
        return n == null ? Bilingual.EMPTY : new Bilingual(n.en(), n.ja());
    }

    private static PartnerDocument.Contact contact(Contact c) {
        return new PartnerDocument.Contact(c.phone(), c.email(), c.webForm());
    }

    private static Contact contact(PartnerDocument.Contact c) {
        return c == null ? Contact.EMPTY : new Contact(c.phone(), c.email(), c.webForm());
    }
}
