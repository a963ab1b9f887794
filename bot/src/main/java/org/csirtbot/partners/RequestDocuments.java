package org.csirtbot.partners;

import java.time.Instant;
import java.time.LocalDate;

import org.csirtbot.incident.Tlp;
import org.csirtbot.storage.partners.OutsideRequestDocument;

/** Requests to and from outside organisations, to and from the store's documents. */
final class RequestDocuments {

    private RequestDocuments() {
    }

    static OutsideRequestDocument toDocument(String id, String incidentId, String key, NewOutsideRequest r, String by,
                                             Instant at) {
        return new OutsideRequestDocument(id, incidentId, key, r.direction().code(), r.partnerId(), r.subject(),
                r.ourRef(), r.theirRef(), r.tlp().label(), r.dueOn() == null ? null : r.dueOn().toString(),
                r.status().code(), r.decisionId(), by, at, by, at, null, null);
    }

    static OutsideRequest toRequest(OutsideRequestDocument d) {
        return new OutsideRequest(d.id(), d.incidentId(),
                RequestDirection.ofCode(d.direction()).orElse(RequestDirection.OUTGOING), d.partnerId(), d.subject(),
                d.ourRef(), d.theirRef(), PartnerFields.tlp(d.tlp()).orElse(Tlp.RED),
                d.dueOn() == null ? null : LocalDate.parse(d.dueOn()),
                RequestStatus.ofCode(d.status()).orElse(RequestStatus.SENT), d.decisionId(), d.createdBy(),
                d.createdAt(), d.changedBy(), d.changedAt(), d.channel(), d.ts());
    }
}
