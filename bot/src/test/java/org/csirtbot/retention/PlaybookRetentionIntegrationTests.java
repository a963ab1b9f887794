package org.csirtbot.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.csirtbot.incident.IncidentLog;
import org.csirtbot.incident.LogKind;
import org.csirtbot.playbook.PlaybookCatalog;
import org.csirtbot.playbook.PlaybookRun;
import org.csirtbot.playbook.PlaybookRuns;
import org.csirtbot.playbook.RunActions;
import org.csirtbot.playbook.RunAdvanced;
import org.csirtbot.playbooks.engine.Action;
import org.csirtbot.playbooks.engine.Actor;
import org.csirtbot.playbooks.engine.Event;
import org.csirtbot.storage.IncidentDocument;
import org.csirtbot.storage.IncidentLogStore;
import org.csirtbot.storage.IncidentStore;
import org.csirtbot.testkit.BotIntegrationTest;
import org.csirtbot.testkit.TestBot;
import org.csirtbot.testkit.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What core-close's {@code z5.retention} records counts: the years keep a closed incident past its severity's period
 * (never shorter), through the real purge job on the test clock; {@code __legal_hold__} holds it as
 * {@code /incident hold} does. The clock is set back to 1950-1980, so no incident of another test (all closed after
 * 1990) is due.
 */
@BotIntegrationTest
class PlaybookRetentionIntegrationTests {

    static final Instant CLOSED_AT = Instant.parse("1950-03-01T09:00:00Z");

    @LocalServerPort
    int port;
    @Autowired
    RetentionPurge purge;
    @Autowired
    PlaybookLegalHolds playbookHolds;
    @Autowired
    PlaybookCatalog catalog;
    @Autowired
    IncidentLog log;
    @Autowired
    IncidentStore incidents;
    @Autowired
    IncidentLogStore logs;
    @Autowired
    PlaybookRuns runs;
    @Autowired
    RunActions actions;
    @Autowired
    RecordedRetention recorded;

    @AfterEach
    void releaseTheClock() {
        TestClock.shared().release();
    }

    @Test
    void anS4KeptFiveYearsOutlivesTheS4PeriodAndGoesAfterFiveYearsWhileOneWithoutAValueGoesByTheRule() {
        String recorded = stored("INC-1950-9301", "S4", false);
        recordZ5(recorded, "5", "false");
        String unrecorded = stored("INC-1950-9302", "S4", false);
        String shorter = stored("INC-1950-9303", "S3", false);
        recordZ5(shorter, "1", "false");

        assertThat(purgeAt(years(1).minusSeconds(1))).doesNotContain(recorded, unrecorded, shorter);
        assertThat(purgeAt(years(1))).contains(unrecorded).doesNotContain(recorded, shorter);
        assertThat(rule(unrecorded)).isEqualTo("S4 closed + P1Y");

        assertThat(purgeAt(years(3))).as("1 year recorded is less than S3's 3: the rule applies").contains(shorter)
                .doesNotContain(recorded);
        assertThat(rule(shorter)).isEqualTo("S3 closed + P3Y");
        assertThat(api("/api/incidents/" + recorded).path("title").asText()).isEqualTo("Payroll data leak");
        assertThat(purgeAt(years(5).minusSeconds(1))).doesNotContain(recorded);

        assertThat(purgeAt(years(5))).contains(recorded);
        assertThat(rule(recorded)).isEqualTo("S4 closed + P5Y (recorded)");
        assertThat(api("/api/incidents/" + recorded + "/log")).isEmpty();
    }

    @Test
    void aRecordedLegalHoldHoldsTheIncidentAsIncidentHoldDoesAndNoPurgeTakesIt() {
        String held = stored("INC-1950-9401", "S4", false);
        String notHeld = stored("INC-1950-9402", "S4", false);
        String exercise = stored("INC-1950-9403", "S4", true);
        completeZ5(held, "true");
        completeZ5(notHeld, "false");
        completeZ5(exercise, "true");

        assertThat(api("/api/incidents/" + held).path("retention").path("legalHold").asBoolean()).isTrue();
        JsonNode entry = api("/api/incidents/" + held + "/log").findParents("kind").stream()
                .filter(e -> LogKind.LEGAL_HOLD_CHANGED.code().equals(e.path("kind").asText())).findFirst().orElseThrow();
        assertThat(entry.path("actor").asText()).isEqualTo("U_IM");
        assertThat(entry.path("data").path("reason").asText()).isEqualTo("core-close z5");
        assertThat(api("/api/incidents/" + notHeld).path("retention").path("legalHold").asBoolean()).isFalse();
        assertThat(api("/api/incidents/" + exercise).path("retention").path("legalHold").asBoolean())
                .as("a rehearsal's answer holds nothing").isFalse();

        completeZ5(held, "true"); // held already: nothing more is logged
        assertThat(api("/api/incidents/" + held + "/log").findValuesAsText("kind")
                .stream().filter(LogKind.LEGAL_HOLD_CHANGED.code()::equals)).hasSize(1);
        assertThat(purgeAt(years(30))).contains(notHeld).doesNotContain(held);
        assertThat(api("/api/incidents/" + held).path("title").asText()).isEqualTo("Payroll data leak");
    }

    @Test
    void completingZ5InTheRunHoldsTheIncidentAndRecordsTheYearsThePurgeReads() {
        String id = stored("INC-1950-9501", "S4", false, "post_incident");
        String run = runs.start(id, "core-close", "U_IM").run().id();
        act(run, a -> new Action.Complete(a, "z1.criteria", Map.of()));
        act(run, a -> new Action.Complete(a, "z2.report", Map.of("__report_location__", "the CSIRT share")));
        act(run, a -> new Action.Complete(a, "z3.lessons_optional", Map.of()));
        act(run, a -> new Action.Choose(a, "z4.share", "keep", "nothing worth sharing", Map.of()));
        assertThat(actions.act(run, "U_IM", a -> new Action.Complete(a, "z5.retention", Map.of(
                "__retention_years__", "31", "__legal_hold__", "true", "__evidence_access__", "U_IM"))).result())
                .as("more than 30 years is refused").isEqualTo(RunActions.Result.REFUSED);
        assertThat(api("/api/incidents/" + id).path("retention").path("legalHold").asBoolean()).isFalse();

        act(run, a -> new Action.Complete(a, "z5.retention", Map.of(
                "__retention_years__", "5", "__legal_hold__", "true", "__evidence_access__", "U_IM")));

        JsonNode retention = api("/api/incidents/" + id).path("retention");
        assertThat(retention.path("legalHold").asBoolean()).isTrue();
        assertThat(retention.path("holdReason").asText()).isEqualTo("core-close z5");
        assertThat(recorded.of(id)).contains(Period.ofYears(5));
    }

    private void act(String run, Function<Actor, Action> action) { // as the commander, who may work any step
        assertThat(actions.act(run, "U_IM", action).result()).isEqualTo(RunActions.Result.APPLIED);
    }

    /** The step completed as the engine reports it, the legal hold's listener told (not the room's). */
    private void completeZ5(String incidentId, String hold) {
        Map<String, String> fields = Map.of("__retention_years__", "0", "__legal_hold__", hold,
                "__evidence_access__", "U_IM");
        PlaybookRun run = new PlaybookRun(incidentId + "/core-close", incidentId,
                catalog.find("core-close").orElseThrow(), null, 7, "U_IM", CLOSED_AT, List.of());
        playbookHolds.advanced(new RunAdvanced(run, List.of(new Event.StepCompleted(CLOSED_AT, "z5.retention",
                "U_IM", fields))));
    }

    /** The log entry the engine's run records write when z5 is completed. */
    private void recordZ5(String incidentId, String years, String hold) {
        log.appendPlaybookEntry(incidentId, "U_IM", LogKind.PLAYBOOK_STEP_COMPLETED, Map.of("playbook", "core-close",
                "step", "z5.retention", "fields", Map.of("__retention_years__", years, "__legal_hold__", hold)));
    }

    private static Instant years(int n) {
        return CLOSED_AT.atOffset(ZoneOffset.UTC).plusYears(n).toInstant();
    }

    private List<String> purgeAt(Instant at) {
        TestClock.shared().set(at);
        return purge.purgeDue();
    }

    private String rule(String incidentId) {
        return api("/api/incidents/" + incidentId).path("retention").path("purgeRule").asText();
    }

    private String stored(String id, String severity, boolean exercise) {
        return stored(id, severity, exercise, "closed");
    }
    private String stored(String id, String severity, boolean exercise, String status) {
        Instant declared = CLOSED_AT.minus(Duration.ofDays(10));
        incidents.insertOnce(new IncidentDocument(id, "retention-test:" + id, "Payroll data leak", severity,
                "information_leak", "AMBER", false, status, "U_IM", "U_IM", declared, null,
                new ArrayList<>(), false, RetentionPurgeIntegrationTests.openedRoom(id),
                "closed".equals(status) ? List.of(new IncidentDocument.Phase("post_incident", declared, CLOSED_AT),
                        new IncidentDocument.Phase("closed", CLOSED_AT, null))
                        : List.of(new IncidentDocument.Phase(status, declared, null)), List.of(),
                IncidentDocument.Closure.none(), IncidentDocument.Retention.none(),
                exercise ? new IncidentDocument.Exercise("tabletop", 1, declared, CLOSED_AT, false) : null));
        logs.append(id, "U_IM", "declared", Map.of("title", "Payroll data leak"));
        if ("closed".equals(status)) {
            logs.append(id, "U_IM", "closed", Map.of("from", "post_incident"));
        }
        return id;
    }

    private JsonNode api(String path) {
        return TestBot.api(port, path).body();
    }
}
