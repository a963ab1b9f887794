package org.csirtbot.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentStatus;
import org.csirtbot.incident.LogEntry;
import org.csirtbot.incident.Severity;
import org.csirtbot.incident.Tlp;
import org.csirtbot.playbooks.exercise.Inject;
import org.csirtbot.playbooks.exercise.Scenario;
import org.csirtbot.playbooks.exercise.ScenarioIncident;
import org.csirtbot.playbooks.model.LText;
import org.csirtbot.report.ReportCategory;
import org.csirtbot.testkit.BotMessages;
import org.junit.jupiter.api.Test;

/** The after-action report from an exercise's log alone: response times in scenario time, results, suggestions. */
class AfterActionReportTests {

    private static final Instant T0 = Instant.parse("2026-12-07T09:00:00Z");
    private static final Inject CALL = new Inject("reporter-calls", Duration.ofMinutes(10), Inject.Kind.MEDIA,
            new LText("Reporter", "記者"), new LText("Is it an attack?", "攻撃ですか"), Inject.Expects.RESPONSE,
            Duration.ofMinutes(30));
    private static final Inject CIO = new Inject("block", Duration.ofMinutes(20), Inject.Kind.MANAGEMENT,
            new LText("CIO", "CIO"), new LText("Block?", "遮断？"), Inject.Expects.DECISION, Duration.ofMinutes(20));
    private static final Scenario DRILL = new Scenario("drill", new LText("DoS drill", "DoS 訓練"),
            new LText("b", "b"), 10, new ScenarioIncident(new LText("t", "t"), "S2", "dos", "GREEN", false, null),
            false, List.of(CALL, CIO));

    @Test
    void aLateResponseIsMissedInScenarioTimeAndAnUnansweredDecisionSuggestsAnItemInJapanese() {
        Incident.Exercise exercise = new Incident.Exercise("drill", 10, T0, T0.plusSeconds(600), false);
        List<LogEntry> log = List.of(
                entry(1, 60, "exercise_inject_delivered", Map.of("inject", "reporter-calls")),
                // 4 real minutes at pace 10: 40 scenario minutes, beyond the 30 allowed
                entry(2, 300, "exercise_response", Map.of("inject", "reporter-calls", "text", "*Called* back")),
                entry(3, 120, "exercise_inject_delivered", Map.of("inject", "block")));
        ExerciseRecords records = ExerciseRecords.of(log);
        List<InjectOutcome> outcomes = DRILL.injects().stream().map(i -> InjectOutcome.of(i, exercise, records)).toList();

        assertThat(outcomes).extracting(InjectOutcome::result)
                .containsExactly(InjectOutcome.Result.MISSED, InjectOutcome.Result.NO_RESPONSE);
        assertThat(outcomes.get(0).scenarioResponseTime()).isEqualTo(Duration.ofMinutes(40));

        AfterActionReport.Written ja = new AfterActionReport(BotMessages.messages(), Locale.JAPANESE,
                ZoneId.of("Asia/Tokyo"))
                .write(incident(exercise), DRILL, log, outcomes, List.of());
        assertThat(ja.markdown()).contains("# 事後レビュー報告: INC-2026-0009、訓練 DoS 訓練",
                "- `reporter-calls`（報道、+10 分）: 配信 2026-12-07 18:01:00 JST (+09:00)、対応 2026-12-07 18:05:00 JST (+09:00)（`U1`）。"
                        + "対応時間 40 分、目標 30 分: **超過**",
                "- `U1`（提案）: 付与情報 `block` は未対応でした", "SLA のあるステップは開始されませんでした。");
        assertThat(ja.figures()).isEqualTo(new AfterActionReport.Figures(2, 0, 1, 1, 0, 0, 2));
    }

    private static Incident incident(Incident.Exercise exercise) {
        return new Incident("INC-2026-0009", "DoS drill", Severity.S2, ReportCategory.OTHER, Tlp.GREEN, false,
                IncidentStatus.INVESTIGATING, "U1", "U1", T0, null, List.of(), false,
                new Incident.Room("C1", "inc", false, List.of(), true, "1.1", true), List.of(), List.of(),
                Incident.Closure.NONE, Incident.Retention.NONE, exercise);
    }

    private static LogEntry entry(long seq, long seconds, String kind, Map<String, Object> data) {
        return new LogEntry("INC-2026-0009", seq, T0.plusSeconds(seconds), "U1", kind, data, "", "");
    }
}
