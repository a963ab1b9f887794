package org.csirtbot.decision;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.csirtbot.decision.IncidentDecision.Status;
import org.csirtbot.incident.IncidentLog;
import org.csirtbot.incident.LogKind;
import org.csirtbot.storage.DecisionDocument;
import org.csirtbot.storage.DecisionStore;
import org.springframework.stereotype.Service;

/**
 * Records decisions on incidents and settles those waiting for approval, logging each step (who, when, why). Who
 * may decide ({@link CsirtAction#DECIDE}) or approve ({@link Authorization#approve}) is the caller's check.
 */
@Service
public class IncidentDecisions {

    private final DecisionStore store;
    private final IncidentLog log;
    private final Clock clock;

    IncidentDecisions(DecisionStore store, IncidentLog log, Clock clock) {
        this.store = store;
        this.log = log;
        this.clock = clock;
    }

    /** The decision as recorded, and whether this call recorded it (false: the same submission came again). */
    public record Recorded(IncidentDecision decision, boolean created) {
    }

    /** Stores the decision and logs {@link LogKind#DECISION_RECORDED}, once per submission key. */
    public Recorded record(RecordDecision command) {
        var earlier = store.findBySubmissionKey(command.key());
        if (earlier.isPresent()) {
            return new Recorded(DecisionDocuments.toDecision(earlier.get()), false);
        }
        String decisionId = "DEC-" + store.nextNumber(command.incidentId());
        var inserted = store.insertOnce(DecisionDocuments.toDocument(command, decisionId, clock.instant()));
        IncidentDecision decision = DecisionDocuments.toDecision(inserted.decision());
        if (!inserted.created()) {
            return new Recorded(decision, false);
        }
        try {
            log.append(decision.incidentId(), decision.proposedBy(), LogKind.DECISION_RECORDED, recordedData(decision));
        } catch (RuntimeException e) {
            // not in the log, so not recorded: taken back, so that submitting again records it
            store.remove(DecisionDocuments.id(decision));
            throw e;
        }
        return new Recorded(decision, true);
    }

    public Optional<IncidentDecision> find(String incidentId, String decisionId) {
        return store.find(incidentId, decisionId).map(DecisionDocuments::toDecision);
    }

    /** The latest decisions of an incident (newest first), how many it has in all and how many wait for approval. */
    public record Latest(List<IncidentDecision> shown, long total, long pending) {
    }

    public Latest latest(String incidentId, int shown) {
        return new Latest(store.latest(incidentId, shown).stream().map(DecisionDocuments::toDecision).toList(),
                store.count(incidentId, null), store.count(incidentId, DecisionDocument.PENDING));
    }

    /** Remembers a message that asks for the decision's approval, so it can be updated once decided. */
    public void addRequest(IncidentDecision decision, IncidentDecision.Request request) {
        store.addRequest(DecisionDocuments.id(decision), DecisionDocuments.toDocument(request));
    }

    /** Whether this call settled the decision, and the decision as it is now. */
    public record Settled(boolean settledNow, IncidentDecision decision) {
    }

    /**
     * Approves or rejects a pending decision and logs {@link LogKind#DECISION_APPROVED} or
     * {@link LogKind#DECISION_REJECTED}; when it is no longer pending (someone was quicker), nothing changes.
     *
     * @param reason the approver's reason; blank when they gave none
     * @throws IllegalArgumentException when there is no such decision
     */
    public Settled settle(String incidentId, String decisionId, String by, boolean approve, String reason) {
        String id = DecisionDocuments.id(incidentId, decisionId);
        String why = reason == null ? "" : reason;
        Status to = approve ? Status.APPROVED : Status.REJECTED;
        if (store.settle(id, to.code(), by, why, clock.instant())) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("decisionId", decisionId);
            data.put("reason", why);
            try {
                log.append(incidentId, by, approve ? LogKind.DECISION_APPROVED : LogKind.DECISION_REJECTED, data);
            } catch (RuntimeException e) {
                store.unsettle(id, by);
                throw e;
            }
            return new Settled(true, current(incidentId, decisionId));
        }
        return new Settled(false, current(incidentId, decisionId));
    }

    private IncidentDecision current(String incidentId, String decisionId) {
        return find(incidentId, decisionId)
                .orElseThrow(() -> new IllegalArgumentException("no decision " + incidentId + "/" + decisionId));
    }

    private static Map<String, Object> recordedData(IncidentDecision d) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("decisionId", d.decisionId());
        data.put("question", d.question());
        data.put("options", d.options());
        data.put("chosen", d.chosen());
        data.put("rationale", d.rationale());
        data.put("approval", d.approvalCode());
        return data;
    }
}
