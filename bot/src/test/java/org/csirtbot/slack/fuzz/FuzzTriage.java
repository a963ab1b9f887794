package org.csirtbot.slack.fuzz;

import static org.csirtbot.slack.fuzz.FuzzRun.RESPONDERS;
import static org.csirtbot.slack.fuzz.FuzzRun.reportIdIn;
import static org.csirtbot.slack.fuzz.FuzzRun.within;
import static org.csirtbot.testkit.SlackPayloads.plainText;
import static org.csirtbot.testkit.SlackPayloads.staticSelect;
import static org.csirtbot.testkit.TestBot.TRIAGE;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.csirtbot.incident.Tlp;
import org.csirtbot.storage.IncidentDocument;
import org.csirtbot.storage.ReportDocument;
import org.csirtbot.testkit.SlackPayloads;
import org.csirtbot.triage.slack.TriageMessage;
import org.csirtbot.triage.slack.TriageModals;

/** Generated triage clicks and dismiss/attach submissions, and what each may change. */
final class FuzzTriage {

    private final FuzzRun run;

    FuzzTriage(FuzzRun run) {
        this.run = run;
    }

    FuzzCase triageClick(HostileText gen) {
        String user = gen.chance(0.6) ? gen.pick(RESPONDERS) : gen.nonResponder();
        String action = gen.chance(0.95) ? gen.pick(List.of(TriageMessage.DECLARE, TriageMessage.ATTACH,
                TriageMessage.DISMISS)) : gen.pick(List.of("triage_" + gen.mix(1), gen.any(), "TRIAGE_DECLARE"));
        String value = switch (gen.between(0, 9)) {
            case 0, 1, 2 -> gen.pick(run.openReports);
            case 3 -> gen.pick(run.baselineReports);
            case 4 -> run.closedReports.isEmpty() ? gen.fakeId() : gen.pick(run.closedReports);
            case 5 -> gen.chance(0.2) ? null : gen.fakeId();
            default -> gen.fakeId();
        };
        return triageClick(gen, user, action, value, gen.chance(0.7) ? TRIAGE : gen.mix(1),
                gen.chance(0.7) ? "1700000000.000100" : gen.mix(1));
    }

    FuzzCase triageClick(HostileText gen, String user, String action, String value, String channel, String ts) {
        boolean known = List.of(TriageMessage.DECLARE, TriageMessage.ATTACH, TriageMessage.DISMISS).contains(action);
        FuzzCase c = new FuzzCase(run, "block_actions " + (known ? action : "(unknown action)"), gen).input("user", user)
                .input("action_id", action).input("value", value).input("channel", channel).input("message_ts", ts);
        c.sendInteraction(SlackPayloads.blockActions(user, channel, ts, action, value, SlackPayloads.newTriggerId()));
        c.answers = known ? 1 : 0;
        return c;
    }

    FuzzCase dismissSubmission(HostileText gen) {
        String user = gen.chance(0.7) ? gen.pick(RESPONDERS) : gen.nonResponder();
        String reason = gen.chance(0.5) ? gen.shortText(TriageModals.REASON_MAX) : gen.any();
        return dismissSubmission(gen, user, triageMetadata(gen), reason);
    }

    FuzzCase dismissSubmission(HostileText gen, String user, String metadata, String reason) {
        Map<String, Map<String, Object>> state = new LinkedHashMap<>();
        state.put("reason", Map.of("value", plainText(reason)));
        FuzzCase c = new FuzzCase(run, "report_dismiss", gen).input("user", user).input("private_metadata", metadata)
                .input("reason", reason);
        String reportId = reportIdIn(metadata);
        String typedReason = reason == null ? "" : reason.strip();
        boolean dismisses = RESPONDERS.contains(user) && reportId != null && within(typedReason, TriageModals.REASON_MAX)
                && "open".equals(run.reportStatus(reportId));
        c.sendInteraction(SlackPayloads.viewSubmission(user, TriageModals.DISMISS, gen.viewId(), metadata, state));
        c.afterAck = ack -> {
            if (dismisses != ack.body().isEmpty()) {
                c.fail((dismisses ? "a valid dismissal must be acknowledged without errors"
                        : "an invalid dismissal must be answered with errors") + ", was: " + HostileText.show(ack.body()));
            }
            if (dismisses) {
                ReportDocument report = run.mongo.findById(reportId, ReportDocument.class);
                c.same("status", "dismissed", report.status());
                c.same("closingReason", HostileText.storable(typedReason), report.closingReason());
                c.same("closedBy", user, report.closedBy());
                run.openReports.remove(reportId);
                run.closedReports.add(reportId);
                c.changes.add("report dismissed");
            }
        };
        return c;
    }

    FuzzCase attachSubmission(HostileText gen) {
        String user = gen.chance(0.7) ? gen.pick(RESPONDERS) : gen.nonResponder();
        String incident = gen.chance(0.5) && !run.barrageIncidents.isEmpty() ? gen.pick(run.barrageIncidents) : gen.fakeId();
        return attachSubmission(gen, user, triageMetadata(gen), incident);
    }

    FuzzCase attachSubmission(HostileText gen, String user, String metadata, String incident) {
        Map<String, Map<String, Object>> state = new LinkedHashMap<>();
        state.put("incident", Map.of("value", staticSelect(incident)));
        FuzzCase c = new FuzzCase(run, "report_attach", gen).input("user", user).input("private_metadata", metadata)
                .input("incident", incident);
        String reportId = reportIdIn(metadata);
        boolean attaches = RESPONDERS.contains(user) && reportId != null && incident != null && !incident.isEmpty()
                && incident.length() <= TriageModals.REASON_MAX && run.barrageIncidents.contains(incident)
                && "open".equals(run.reportStatus(reportId)) && inRoomOf(user, incident);
        c.sendInteraction(SlackPayloads.viewSubmission(user, TriageModals.ATTACH, gen.viewId(), metadata, state));
        c.afterAck = ack -> {
            if (attaches != ack.body().isEmpty()) {
                c.fail((attaches ? "a valid attachment must be acknowledged without errors"
                        : "an invalid attachment must be answered with errors") + ", was: " + HostileText.show(ack.body()));
            }
            if (attaches) {
                ReportDocument report = run.mongo.findById(reportId, ReportDocument.class);
                c.same("status", "attached", report.status());
                c.same("incidentId", incident, report.incidentId());
                run.openReports.remove(reportId);
                run.closedReports.add(reportId);
                c.changes.add("report attached");
            }
        };
        return c;
    }

    /** A restricted incident (confidential, TLP AMBER+STRICT or RED) takes reports only from its commander and role holders. */
    private boolean inRoomOf(String user, String incidentId) {
        IncidentDocument d = run.mongo.findById(incidentId, IncidentDocument.class);
        boolean restricted = d != null && (d.confidential()
                || Tlp.fromLabel(d.tlp()).map(Tlp::restrictsRoom).orElse(false));
        return !restricted || user.equals(d.commanderId())
                || d.roles() != null && d.roles().stream().anyMatch(r -> user.equals(r.userId()));
    }

    /** Mostly the bot's own metadata for a report of the barrage; otherwise garbage or a report that is not there. */
    private String triageMetadata(HostileText gen) {
        return switch (gen.between(0, 9)) {
            case 0, 1, 2, 3 -> HostileText.context(gen.pick(run.openReports), TRIAGE, "1700000000.000100");
            case 4 -> run.closedReports.isEmpty() ? "" : HostileText.context(gen.pick(run.closedReports), TRIAGE, "1.1");
            default -> gen.metadata();
        };
    }
}
