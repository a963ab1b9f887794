package org.csirtbot.decision;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.csirtbot.decision.IncidentDecision.Approval;
import org.csirtbot.decision.IncidentDecision.Status;
import org.csirtbot.storage.DecisionDocument;

/** Maps decisions to and from their stored form. */
final class DecisionDocuments {

    private DecisionDocuments() {
    }

    static DecisionDocument toDocument(RecordDecision d, String decisionId, Instant at) {
        String status = d.approval() == Approval.NONE ? DecisionDocument.RECORDED : DecisionDocument.PENDING;
        return new DecisionDocument(DecisionDocument.id(d.incidentId(), decisionId), d.key(), d.incidentId(),
                decisionId, d.question(), d.options(), d.chosen(), d.rationale(), d.approval().code(), d.approverId(),
                d.proposedBy(), at, status, null, null, null, List.of());
    }

    static IncidentDecision toDecision(DecisionDocument d) {
        return new IncidentDecision(d.incidentId(), d.decisionId(), d.question(),
                d.options() == null ? List.of() : List.copyOf(d.options()), d.chosen(), d.rationale(),
                Approval.ofCode(d.approval()).orElse(Approval.NONE), d.approverId(), d.proposedBy(), d.proposedAt(),
                Status.valueOf(d.status().toUpperCase(Locale.ROOT)), d.decidedBy(), d.decidedAt(),
                d.reason(), d.requests() == null ? List.of()
                        : d.requests().stream().map(r -> new IncidentDecision.Request(r.recipient(), r.channel(), r.ts())).toList());
    }

    static String id(IncidentDecision d) {
        return id(d.incidentId(), d.decisionId());
    }

    static String id(String incidentId, String decisionId) {
        return DecisionDocument.id(incidentId, decisionId);
    }

    static DecisionDocument.Request toDocument(IncidentDecision.Request r) {
        return new DecisionDocument.Request(r.recipient(), r.channel(), r.ts());
    }
}
