package org.csirtbot.closing;

import static org.csirtbot.closing.PostIncidentReportTests.CMDR;
import static org.csirtbot.closing.PostIncidentReportTests.DEPUTY;
import static org.csirtbot.closing.PostIncidentReportTests.EXEC;
import static org.csirtbot.closing.PostIncidentReportTests.add;
import static org.csirtbot.closing.PostIncidentReportTests.ordered;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.csirtbot.incident.IncidentLog;
import org.csirtbot.incident.LogEntry;

/**
 * What the playbook runs of the hand-built incident logged, as {@code RunRecords} writes it: the ransomware playbook
 * with an internal clock, and the personal-data playbook one of its decisions started. One entry of every playbook
 * kind; the report sorts them in among the others by time.
 */
final class PlaybookRunEntries {

    static final int COUNT = 19;

    private PlaybookRunEntries() {
    }

    static List<LogEntry> log() {
        List<LogEntry> log = new ArrayList<>();
        String bot = IncidentLog.BOT;
        add(log, "09:32", CMDR, "playbook_started", ordered("playbook", "ransomware", "version", 2, "severity", "S2"));
        add(log, "09:32", bot, "clock_started", ordered("playbook", "ransomware", "clock", "exec_briefing",
                "startedAt", "2026-03-02T09:15:00Z", "deadline", "2026-03-02T11:15:00Z"));
        add(log, "09:33", CMDR, "playbook_inputs", ordered("playbook", "ransomware", "values", Map.of(
                "__first_hosts__", "fs01\nfs02", "__seen_at__", "2026-03-02T07:40:00Z",
                "__note_text__", "Your files are *encrypted* <pay> | 2 BTC or lose them all, " + "x".repeat(60))));
        add(log, "09:36", DEPUTY, "playbook_step_completed", ordered("playbook", "ransomware", "step", "p0.first_aid",
                "fields", Map.of("__first_host__", "fs01", "__noticed_at__", "2026-03-02T07:40:00Z")));
        add(log, "09:38", CMDR, "playbook_step_skipped", ordered("playbook", "ransomware", "step", "p0.tracks",
                "reason", "Handled in the bridge call", "waived", false));
        add(log, "09:39", bot, "playbook_escalation", ordered("playbook", "ransomware", "step", "p0.crisis",
                "dueAt", "2026-03-02T09:35:00Z", "escalateTo", "im"));
        add(log, "09:50", bot, "playbook_reminder", ordered("playbook", "ransomware", "step", "p0.crisis", "number", 1));
        add(log, "09:54", CMDR, "playbook_step_skipped", ordered("playbook", "ransomware", "step", "p0.crisis",
                "reason", "Crisis team already met by phone", "waived", true));
        add(log, "10:08", CMDR, "playbook_decision", ordered("playbook", "ransomware", "step", "p1.data",
                "option", "cannot_exclude", "rationale", "Payroll share encrypted; theft *not* ruled out",
                "fields", Map.of("__data__", "cannot_exclude", "__data_basis__", "Payroll share on fs01\nNo egress logs")));
        add(log, "10:09", CMDR, "playbook_started", ordered("playbook", "personal-data-breach", "version", 1,
                "severity", "S1"));
        add(log, "10:09", bot, "clock_started", ordered("playbook", "personal-data-breach", "clock", "appi_preliminary",
                "startedAt", "2026-03-02T10:00:00Z", "deadline", "2026-03-05T10:00:00Z",
                "hardDeadline", "2026-03-09T10:00:00Z"));
        add(log, "10:41", EXEC, "playbook_approval", ordered("playbook", "ransomware", "step", "p1.payment_approval",
                "verdict", "rejected", "comment", ""));
        add(log, "10:45", bot, "clock_warning", ordered("playbook", "ransomware", "clock", "exec_briefing",
                "deadline", "2026-03-02T11:15:00Z", "before", "PT30M"));
        add(log, "11:15", bot, "clock_breached", ordered("playbook", "ransomware", "clock", "exec_briefing",
                "deadline", "2026-03-02T11:15:00Z", "hard", false));
        add(log, "11:40", bot, "clock_stopped", ordered("playbook", "ransomware", "clock", "exec_briefing",
                "metDeadline", false));
        add(log, "14:50", EXEC, "playbook_approval", ordered("playbook", "personal-data-breach", "step",
                "pc.ppc_preliminary", "verdict", "approved", "comment", "Send as drafted", "approvals", 1, "needed", 1));
        add(log, "14:55", DEPUTY, "playbook_step_completed", ordered("playbook", "personal-data-breach", "step",
                "pc.ppc_preliminary", "fields", Map.of()));
        add(log, "15:00", bot, "clock_stopped", ordered("playbook", "personal-data-breach", "clock", "appi_preliminary",
                "metDeadline", true));
        add(log, "15:30", bot, "playbook_finished", ordered("playbook", "ransomware"));
        return log;
    }
}
