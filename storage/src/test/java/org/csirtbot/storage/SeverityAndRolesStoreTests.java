package org.csirtbot.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csirtbot.storage.IncidentStoreTests.MONDAY;
import static org.csirtbot.storage.IncidentStoreTests.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.csirtbot.storage.IncidentDocument.RoleHolder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/** Severity and role changes: stored only when the incident is still as read. */
@StorageTest
class SeverityAndRolesStoreTests {

    @Autowired
    IncidentStore incidents;

    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void oneIncident() {
        mongo.remove(new Query(), IncidentDocument.class);
        incidents.insertOnce(incident("INC-1", "decl-1", "Ransomware", MONDAY));
    }

    @Test
    void theSeverityChangesOnlyFromTheSeverityRead() {
        assertThat(incidents.changeSeverity("INC-1", "high", "critical", null)).isTrue();
        assertThat(incidents.changeSeverity("INC-1", "high", "low", null)).as("read before the first change").isFalse();

        IncidentDocument changed = incidents.findById("INC-1").orElseThrow();
        assertThat(changed.severity()).isEqualTo("critical");
        assertThat(changed).usingRecursiveComparison().ignoringFields("severity")
                .isEqualTo(incident("INC-1", "decl-1", "Ransomware", MONDAY));
    }

    @Test
    void simultaneousSeverityChangesFromOneReadChangeItOnce() throws Exception {
        List<Boolean> results = concurrently(4, n -> incidents.changeSeverity("INC-1", "high", "level-" + n, null));

        assertThat(results).filteredOn(Boolean::booleanValue).hasSize(1);
        assertThat(incidents.findById("INC-1").orElseThrow().severity()).startsWith("level-");
    }

    @Test
    void rolesAreGivenOnAnIncidentStoredWithoutThemAndThenChangedOnlyAsRead() {
        List<RoleHolder> first = List.of(new RoleHolder("scribe", "U_SCRIBE", MONDAY));
        assertThat(incidents.changeRoles("INC-1", "U_COMMANDER", List.of(), "U_COMMANDER", first, null)).isTrue();
        assertThat(incidents.findById("INC-1").orElseThrow().roles()).isEqualTo(first);

        List<RoleHolder> second = List.of(new RoleHolder("scribe", "U_SCRIBE", MONDAY),
                new RoleHolder("approver", "U_APPROVER", MONDAY.plusSeconds(60)));
        assertThat(incidents.changeRoles("INC-1", "U_COMMANDER", List.of(), "U_COMMANDER", second, null))
                .as("read before the scribe was given").isFalse();
        assertThat(incidents.changeRoles("INC-1", "U_COMMANDER", rolesOf("INC-1"), "U_COMMANDER", second, null)).isTrue();
        assertThat(incidents.findById("INC-1").orElseThrow().roles()).isEqualTo(second);
    }

    @Test
    void theCommanderIsHandedOverOnlyByWhoeverReadTheCurrentOne() {
        assertThat(incidents.changeRoles("INC-1", "U_COMMANDER", List.of(), "U_NEW", List.of(), null)).isTrue();
        assertThat(incidents.changeRoles("INC-1", "U_COMMANDER", List.of(), "U_OTHER", List.of(), null))
                .as("the commander read is no longer the commander").isFalse();

        IncidentDocument changed = incidents.findById("INC-1").orElseThrow();
        assertThat(changed.commanderId()).isEqualTo("U_NEW");
        assertThat(changed.roles()).isEmpty();
    }

    @Test
    void simultaneousRoleChangesFromOneReadChangeThemOnce() throws Exception {
        List<RoleHolder> read = List.of(new RoleHolder("deputy", "U_DEPUTY", MONDAY));
        incidents.changeRoles("INC-1", "U_COMMANDER", List.of(), "U_COMMANDER", read, null);

        List<Boolean> results = concurrently(4, n -> incidents.changeRoles("INC-1", "U_COMMANDER", read,
                "U_COMMANDER", List.of(new RoleHolder("deputy", "U_DEPUTY", MONDAY),
                        new RoleHolder("liaison", "U_" + n, MONDAY.plusSeconds(n))), null));

        assertThat(results).filteredOn(Boolean::booleanValue).hasSize(1);
        assertThat(rolesOf("INC-1")).hasSize(2);
    }

    private List<RoleHolder> rolesOf(String id) {
        return incidents.findById(id).orElseThrow().roles();
    }

    private static List<Boolean> concurrently(int callers, java.util.function.IntFunction<Boolean> change)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        List<Boolean> results = new ArrayList<>();
        try {
            List<Callable<Boolean>> changes = IntStream.rangeClosed(1, callers)
                    .mapToObj(n -> (Callable<Boolean>) () -> change.apply(n)).toList();
            for (Future<Boolean> result : pool.invokeAll(changes)) {
                results.add(result.get());
            }
        } finally {
            pool.shutdownNow();
        }
        return results;
    }
}
