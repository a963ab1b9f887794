package org.csirtbot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@StorageTest
class DecisionStoreTests {

    static final Instant PROPOSED = Instant.parse("2025-03-14T08:00:00.123Z");
    static final Instant DECIDED = Instant.parse("2025-03-14T08:30:00.456Z");

    @Autowired
    DecisionStore decisions;

    @Test
    void decisionsAreNumberedPerIncidentAndAResubmissionIsStoredOnce() {
        String incident = "INC-" + UUID.randomUUID();
        assertThat(decisions.nextNumber(incident)).isEqualTo(1);
        assertThat(decisions.nextNumber(incident)).isEqualTo(2);
        assertThat(decisions.nextNumber("INC-" + UUID.randomUUID())).isEqualTo(1);

        DecisionStore.Inserted first = decisions.insertOnce(pending(incident, "DEC-1", "view:V1"));
        DecisionStore.Inserted again = decisions.insertOnce(pending(incident, "DEC-2", "view:V1"));

        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.decision()).isEqualTo(first.decision());
        assertThat(decisions.find(incident, "DEC-1")).contains(first.decision());
        assertThat(decisions.find(incident, "DEC-2")).isEmpty();
    }

    @Test
    void aPendingDecisionIsSettledOnceAndTheFirstApproverWins() {
        String incident = "INC-" + UUID.randomUUID();
        DecisionDocument stored = decisions.insertOnce(pending(incident, "DEC-1", UUID.randomUUID().toString())).decision();

        assertThat(decisions.settle(stored.id(), DecisionDocument.APPROVED, "U_FIRST", "fine", DECIDED)).isTrue();
        assertThat(decisions.settle(stored.id(), DecisionDocument.REJECTED, "U_SECOND", "no", DECIDED)).isFalse();

        DecisionDocument settled = decisions.find(incident, "DEC-1").orElseThrow();
        assertThat(settled.status()).isEqualTo(DecisionDocument.APPROVED);
        assertThat(settled.decidedBy()).isEqualTo("U_FIRST");
        assertThat(settled.reason()).isEqualTo("fine");
        assertThat(settled.decidedAt()).isEqualTo(DECIDED);
    }

    @Test
    void approversActingAtTheSameMomentDecideItOnce() throws Exception {
        String incident = "INC-" + UUID.randomUUID();
        DecisionDocument stored = decisions.insertOnce(pending(incident, "DEC-1", UUID.randomUUID().toString())).decision();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        long won;
        try {
            List<Callable<Boolean>> approvers = IntStream.rangeClosed(1, 8).mapToObj(n -> (Callable<Boolean>) () ->
                    decisions.settle(stored.id(), n % 2 == 0 ? DecisionDocument.APPROVED : DecisionDocument.REJECTED,
                            "U_" + n, "reason " + n, DECIDED)).toList();
            won = 0;
            for (Future<Boolean> result : pool.invokeAll(approvers)) {
                won += result.get() ? 1 : 0;
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(won).isEqualTo(1);
        DecisionDocument settled = decisions.find(incident, "DEC-1").orElseThrow();
        assertThat(settled.reason()).isEqualTo("reason " + settled.decidedBy().substring(2));
    }

    @Test
    void aDecisionWithoutApprovalCannotBeSettledAndAnUnsettledOneIsPendingAgain() {
        String incident = "INC-" + UUID.randomUUID();
        DecisionDocument recorded = new DecisionDocument(DecisionDocument.id(incident, "DEC-1"), UUID.randomUUID().toString(),
                incident, "DEC-1", "Isolate?", List.of("yes", "no"), "yes", "spreading", "none", null, "U_CMD",
                PROPOSED, DecisionDocument.RECORDED, null, null, null, List.of());
        decisions.insertOnce(recorded);
        assertThat(decisions.settle(recorded.id(), DecisionDocument.APPROVED, "U_X", null, DECIDED)).isFalse();

        DecisionDocument pending = decisions.insertOnce(pending(incident, "DEC-2", UUID.randomUUID().toString())).decision();
        decisions.settle(pending.id(), DecisionDocument.REJECTED, "U_APPROVER", "too early", DECIDED);
        decisions.unsettle(pending.id(), "U_SOMEONE_ELSE");
        assertThat(decisions.find(incident, "DEC-2").orElseThrow().status()).isEqualTo(DecisionDocument.REJECTED);
        decisions.unsettle(pending.id(), "U_APPROVER");
        assertThat(decisions.find(incident, "DEC-2")).contains(pending);
    }

    @Test
    void approvalRequestsAreRememberedOnceEach() {
        String incident = "INC-" + UUID.randomUUID();
        DecisionDocument stored = decisions.insertOnce(pending(incident, "DEC-1", UUID.randomUUID().toString())).decision();

        decisions.addRequest(stored.id(), new DecisionDocument.Request("U_APPROVER", "D_APPROVER", "1710406800.000100"));
        decisions.addRequest(stored.id(), new DecisionDocument.Request("U_APPROVER", "D_APPROVER", "1710406800.000100"));
        decisions.addRequest(stored.id(), new DecisionDocument.Request("C_EXEC", "C_EXEC", "1710406800.000200"));

        assertThat(decisions.find(incident, "DEC-1").orElseThrow().requests()).containsExactly(
                new DecisionDocument.Request("U_APPROVER", "D_APPROVER", "1710406800.000100"),
                new DecisionDocument.Request("C_EXEC", "C_EXEC", "1710406800.000200"));
    }

    static DecisionDocument pending(String incidentId, String decisionId, String key) {
        return new DecisionDocument(DecisionDocument.id(incidentId, decisionId), key, incidentId, decisionId,
                "Take the mail server offline?", List.of("Take it offline", "Keep it running"), "Take it offline",
                "It is sending spam", "approver", null, "U_COMMANDER", PROPOSED, DecisionDocument.PENDING,
                null, null, null, List.of());
    }
}
