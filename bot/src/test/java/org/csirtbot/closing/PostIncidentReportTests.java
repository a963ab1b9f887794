package org.csirtbot.closing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csirtbot.incident.IncidentStatus.CLOSED;
import static org.csirtbot.incident.IncidentStatus.CONTAINING;
import static org.csirtbot.incident.IncidentStatus.ERADICATING;
import static org.csirtbot.incident.IncidentStatus.INVESTIGATING;
import static org.csirtbot.incident.IncidentStatus.POST_INCIDENT;
import static org.csirtbot.incident.IncidentStatus.RECOVERING;
import static org.csirtbot.incident.IncidentStatus.TRIAGE;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentLog;
import org.csirtbot.incident.IncidentRole;
import org.csirtbot.incident.LogEntry;
import org.csirtbot.incident.LogVerification;
import org.csirtbot.incident.Severity;
import org.csirtbot.incident.Tlp;
import org.csirtbot.report.ReportCategory;
import org.csirtbot.testkit.BotMessages;
import org.csirtbot.testkit.GoldenFiles;
import org.junit.jupiter.api.Test;

/** The post-incident report of a hand-built incident and log, against a golden file; pure, no Spring context. */
class PostIncidentReportTests {

    static final String CMDR = "U0CMDR001";
    static final String DEPUTY = "U0DEPU001";
    static final String EXEC = "UEXEC0001";
    static final int ENTRIES = 32 + PlaybookRunEntries.COUNT;

    @Test
    void aClosedS1IncidentWithDecisionsRoleAndSeverityChangesReadsAsTheGoldenFile() {
        String report = report(Locale.ENGLISH).markdown(closedIncident(), log(), new LogVerification(true, ENTRIES, null));

        GoldenFiles.assertMatches(report, "reports/hand-built-incident.md");
    }

    @Test
    void inJapaneseTheReportSpeaksJapanese() {
        String report = report(Locale.JAPANESE).markdown(closedIncident(), log(), new LogVerification(true, ENTRIES, null));

        assertThat(report).contains("# 事後報告書: INC-2026-0042", "## 経過（UTC）", "## 振り返り",
                "- **封じ込めまでの時間（検知から）:** 2 時間 35 分", "- **宣言から封じ込めまでの時間:** 2 時間 15 分", "- **合計時間:** 1 日 0 時間 45 分",
                "重大度を S2 高 から S1 緊急 に変更", "意思決定 D-2 を却下: Policy forbids paying", "_未回答_",
                "プレイブック `ransomware`: 必須ステップ `p0.crisis` を免除: Crisis team already met by phone",
                "プレイブック `ransomware`: ステップ `p1.data` の判断で `cannot_exclude` を選択。理由: Payroll share",
                "### プレイブック `ransomware`、ステップ `p1.data`", "- **記録された値:** `__data__` = cannot\\_exclude",
                "プレイブック `personal-data-breach`: 期限 `appi_preliminary` の計測を開始（起点 2026-03-02 10:00:00 UTC (+00:00)",
                "プレイブック `ransomware`: 期限 `exec_briefing`（2026-03-02 11:15:00 UTC (+00:00)）まで残り 30 分 以内");
    }

    @Test
    void anOpenIncidentWithAnAlteredLogSaysSoAndLeavesUnknownTimesUnknown() {
        Incident open = new Incident("INC-2026-0043", "Lost laptop", Severity.S4, ReportCategory.LOST_DEVICE, Tlp.GREEN,
                false, INVESTIGATING, CMDR, CMDR, at("09:00"), null, List.of(), false, room(), List.of(
                new Incident.Phase(TRIAGE, at("09:00"), at("09:30")), new Incident.Phase(INVESTIGATING, at("09:30"), null)),
                List.of(), Incident.Closure.NONE, Incident.Retention.NONE);

        String report = report(Locale.ENGLISH).markdown(open, List.of(), new LogVerification(false, 7, 4L));

        assertThat(report).contains("- **Time to report:** unknown", "- **Time to declare:** unknown",
                "- **Time to contain (from detection):** unknown", "- **Total time:** unknown", "- **Closed:** —",
                "- **Intact:** **no**: the first bad entry is #4", "No decisions were recorded.", "- **Other roles:** —");
        assertThat(report.split("_Not answered._", -1)).hasSize(LessonsQuestion.values().length + 1);
    }

    static PostIncidentReport report(Locale locale) {
        return new PostIncidentReport(BotMessages.messages(), locale, ZoneId.of("UTC"));
    }

    static Incident closedIncident() {
        List<Incident.Phase> phases = List.of(
                new Incident.Phase(TRIAGE, at("09:15"), at("09:20")),
                new Incident.Phase(INVESTIGATING, at("09:20"), at("10:05")),
                new Incident.Phase(CONTAINING, at("10:05"), at("11:30")),
                new Incident.Phase(ERADICATING, at("11:30"), at("13:00")),
                new Incident.Phase(RECOVERING, at("13:00"), at("15:45")),
                new Incident.Phase(POST_INCIDENT, at("15:45"), Instant.parse("2026-03-03T10:00:00Z")),
                new Incident.Phase(CLOSED, Instant.parse("2026-03-03T10:00:00Z"), null));
        List<Incident.RoleHolder> roles = List.of(new Incident.RoleHolder(IncidentRole.DEPUTY, "U0DEPU002", at("11:10")),
                new Incident.RoleHolder(IncidentRole.APPROVER, EXEC, at("09:31")));
        return new Incident("INC-2026-0042", "Ransomware *on* <fs01> | finance", Severity.S1, ReportCategory.MALWARE,
                Tlp.AMBER_STRICT, true, CLOSED, CMDR, CMDR, at("09:15"), at("07:40"), List.of("RPT-2026-000101"), false,
                room(), phases, roles, new Incident.Closure(lessons(), null), Incident.Retention.NONE);
    }

    private static Map<String, String> lessons() {
        Map<String, String> lessons = new LinkedHashMap<>();
        lessons.put("what_happened", "07:40 a macro in an invoice mail ran.\n- fs01 shares encrypted\n1. backups intact");
        lessons.put("performance", "Containment was fast; the exec call took **too** long.");
        lessons.put("procedures", "Followed; the isolation runbook lacked the VLAN step.");
        lessons.put("corrective_actions", "Block Office macros from the internet (GPO).");
        lessons.put("indicators", "Mass renames to *.locked on SMB shares.");
        return lessons;
    }

    private static List<LogEntry> log() {
        List<LogEntry> log = new ArrayList<>();
        add(log, "08:56", "UEMPLOY01", "reported", Map.of("reportId", "RPT-2026-000101", "category", "malware",
                "reportedAt", "2026-03-02T08:55:00Z"));
        add(log, "09:15", CMDR, "declared", ordered("title", "Ransomware *on* <fs01> | finance", "severity", "S2",
                "category", "malware", "tlp", "AMBER+STRICT", "confidential", true, "commander", CMDR));
        add(log, "09:15", IncidentLog.BOT, "channel_created", Map.of("channelId", "C0ROOM001",
                "name", "inc-2026-0042-ransomware", "private", true));
        add(log, "09:15", IncidentLog.BOT, "members_invited", Map.of("users", List.of(CMDR, DEPUTY)));
        add(log, "09:16", IncidentLog.BOT, "topic_set", Map.of("channelId", "C0ROOM001"));
        add(log, "09:16", IncidentLog.BOT, "summary_posted", Map.of("channelId", "C0ROOM001", "ts", "1.1"));
        add(log, "09:16", IncidentLog.BOT, "summary_pinned", Map.of("channelId", "C0ROOM001", "ts", "1.1"));
        add(log, "09:20", CMDR, "status_changed", Map.of("from", "triage", "to", "investigating"));
        add(log, "09:30", CMDR, "role_assigned", Map.of("role", "deputy", "userId", DEPUTY));
        add(log, "09:31", CMDR, "role_assigned", Map.of("role", "approver", "userId", EXEC));
        add(log, "09:40", DEPUTY, "note_added", Map.of("text",
                "Encrypted: \\\\fs01\\finance\\*.xlsx, see <https://intranet/t/42|ticket>\n# not a heading | `x`"));
        add(log, "09:55", CMDR, "severity_changed", Map.of("from", "S2", "to", "S1", "reason", "Payroll data affected"));
        add(log, "10:05", CMDR, "status_changed", Map.of("from", "investigating", "to", "containing"));
        add(log, "10:10", CMDR, "decision_recorded", ordered("decisionId", "D-1", "question",
                "Isolate fs01 from the network now?", "options", List.of("Isolate now", "Keep online and watch"),
                "chosen", "Isolate now", "rationale", "Spread outweighs the evidence lost", "approval", EXEC));
        add(log, "10:20", EXEC, "decision_approved", Map.of("decisionId", "D-1", "reason", "Business impact accepted"));
        add(log, "10:25", DEPUTY, "decision_recorded", ordered("decisionId", "D-2", "question", "Pay the ransom?",
                "options", List.of("Pay", "Do not pay"), "chosen", "Pay", "rationale", "Fastest restore", "approval", EXEC));
        add(log, "10:40", EXEC, "decision_rejected", Map.of("decisionId", "D-2", "reason", "Policy forbids paying"));
        add(log, "10:45", CMDR, "decision_recorded", ordered("decisionId", "D-3", "question", "Restore from backup?",
                "options", "Yes", "chosen", "Yes", "rationale", "Backups verified clean", "approval", "none"));
        add(log, "10:50", DEPUTY, "decision_recorded", ordered("decisionId", "D-4", "question", "Tell the regulator?",
                "options", List.of("Now", "After scoping"), "chosen", "Now", "rationale", "72-hour clock runs",
                "approval", EXEC));
        add(log, "11:10", CMDR, "role_assigned", Map.of("role", "deputy", "userId", "U0DEPU002", "previous", DEPUTY));
        add(log, "11:12", CMDR, "role_removed", Map.of("role", "deputy", "userId", DEPUTY));
        add(log, "11:20", DEPUTY, "message_captured", ordered("author", "U0SCRB001", "text", "Firewall rule *deployed*",
                "permalink", "https://example.slack.com/archives/C0ROOM001/p1", "postedAt", "2026-03-02T11:18:30Z",
                "ts", "1772450310.000100"));
        add(log, "11:25", "U0SCRB001", "captured_message_edited", ordered("ts", "1772450310.000100",
                "text", "Firewall rule deployed on fw1 and fw2", "editedAt", "2026-03-02T11:24:00Z"));
        add(log, "11:28", "csirtbot", "captured_message_deleted", ordered("ts", "1772450310.000100",
                "deletedAt", "2026-03-02T11:27:10Z"));
        add(log, "11:30", CMDR, "status_changed", Map.of("from", "containing", "to", "eradicating"));
        add(log, "13:00", CMDR, "status_changed", Map.of("from", "eradicating", "to", "recovering"));
        add(log, "15:45", CMDR, "status_changed", Map.of("from", "recovering", "to", "post_incident"));
        add(log, "16:00", CMDR, "lessons_recorded", Map.of("answers", Map.of("what_happened", "draft")));
        add(log, "17:00", CMDR, "lessons_recorded", Map.of("answers", lessons()));
        add(log, "17:05", CMDR, "legal_hold_changed", Map.of("hold", true, "reason", "Police investigation"));
        add(log, Instant.parse("2026-03-03T10:00:00Z"), CMDR, "closed", Map.of("from", "post_incident"));
        add(log, Instant.parse("2026-03-03T10:00:02Z"), IncidentLog.BOT, "report_posted", Map.of("ts", "2.2"));
        log.addAll(PlaybookRunEntries.log());
        return numbered(log);
    }

    /** The entries in time order (those of one time in the order added), numbered and chained. */
    private static List<LogEntry> numbered(List<LogEntry> entries) {
        List<LogEntry> sorted = new ArrayList<>(entries);
        sorted.sort(java.util.Comparator.comparing(LogEntry::at));
        List<LogEntry> log = new ArrayList<>();
        for (LogEntry e : sorted) {
            long seq = log.size() + 1;
            log.add(new LogEntry(e.incidentId(), seq, e.at(), e.actor(), e.kind(), e.data(), "h" + (seq - 1),
                    seq == ENTRIES ? "9f2c" + "0".repeat(60) : "h" + seq));
        }
        return log;
    }

    static void add(List<LogEntry> log, String time, String actor, String kind, Map<String, Object> data) {
        add(log, at(time), actor, kind, data);
    }

    private static void add(List<LogEntry> log, Instant at, String actor, String kind, Map<String, Object> data) {
        log.add(new LogEntry("INC-2026-0042", 0, at, actor, kind, data, null, null));
    }

    static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            data.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return data;
    }

    private static Incident.Room room() {
        return new Incident.Room("C0ROOM001", "inc-2026-0042-ransomware", true, List.of(CMDR), true, "1.1", true);
    }

    static Instant at(String time) {
        return Instant.parse("2026-03-02T" + time + ":00Z");
    }
}
