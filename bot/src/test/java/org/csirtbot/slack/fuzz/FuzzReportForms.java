package org.csirtbot.slack.fuzz;

import static org.csirtbot.slack.fuzz.FuzzRun.CATEGORIES;
import static org.csirtbot.slack.fuzz.FuzzRun.RESPONDERS;
import static org.csirtbot.slack.fuzz.FuzzRun.within;
import static org.csirtbot.testkit.SlackPayloads.plainText;
import static org.csirtbot.testkit.SlackPayloads.staticSelect;
import static org.csirtbot.testkit.TestBot.EMPLOYEE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.csirtbot.report.ReportCategory;
import org.csirtbot.report.slack.ReportModal;
import org.csirtbot.slack.ModalParts;
import org.csirtbot.testkit.Forms;
import org.csirtbot.testkit.SlackPayloads;
import org.csirtbot.testkit.TestBot;

import com.fasterxml.jackson.databind.JsonNode;

/** Generated report-form submissions, and what the bot must store and show for each. */
final class FuzzReportForms {

    private final FuzzRun run;

    FuzzReportForms(FuzzRun run) {
        this.run = run;
    }

    FuzzCase reportSubmission(HostileText gen, boolean aimValid) {
        return reportSubmission(gen, aimValid,
                gen.chance(0.5) ? EMPLOYEE : gen.chance(0.3) ? gen.pick(RESPONDERS) : gen.nonResponder());
    }

    FuzzCase reportSubmission(HostileText gen, boolean aimValid, String user) {
        String category = aimValid ? gen.pick(CATEGORIES) : gen.chance(0.2) ? null : gen.choice(CATEGORIES);
        String what = aimValid ? (gen.chance(0.05) ? gen.huge().substring(0, ReportModal.WHAT_MAX) : gen.shortText(300))
                : gen.any();
        String when = aimValid ? gen.shortText(ReportModal.SHORT_MAX) : gen.any();
        String system = aimValid ? gen.shortText(ReportModal.SHORT_MAX) : gen.any();
        String observables = aimValid ? observableLines(gen) : gen.any();
        String metadata = gen.chance(0.6) ? "" : gen.metadata();
        String viewId = aimValid ? HostileText.freshViewId() : gen.viewId();
        Map<String, Map<String, Object>> state = new LinkedHashMap<>();
        state.put("category", Map.of("value", staticSelect(category)));
        putText(gen, state, "what", what, aimValid);
        putText(gen, state, "when", when, aimValid);
        putText(gen, state, "system", system, aimValid);
        putText(gen, state, "observables", observables, aimValid);

        FuzzCase c = new FuzzCase(run, "report_submit", gen).input("user", user).input("view_id", viewId)
                .input("private_metadata", metadata).input("category", category).input("what", what)
                .input("when", when).input("system", system).input("observables", observables)
                .input("state blocks", state.keySet().toString());
        String categoryOk = CATEGORIES.contains(category) ? category : null;
        String typedWhat = typed(state, "what");
        String typedWhen = typed(state, "when");
        String typedSystem = typed(state, "system");
        String typedObservables = typed(state, "observables");
        List<String> lines = Arrays.stream(typedObservables.split("\\R")).map(String::strip)
                .filter(l -> !l.isEmpty()).toList();
        boolean valid = categoryOk != null && within(typedWhat, ReportModal.WHAT_MAX)
                && within(typedWhen, ReportModal.SHORT_MAX) && within(typedSystem, ReportModal.SHORT_MAX)
                && typedObservables.length() <= ReportModal.OBSERVABLES_MAX && lines.size() <= ReportModal.OBSERVABLES_MAX_LINES;
        String key = HostileText.storable("view:" + viewId);
        String earlier = valid ? run.reportByKey.get(key) : null;
        c.newReports = valid && earlier == null ? 1 : 0;
        c.sendInteraction(SlackPayloads.viewSubmission(user, ReportModal.CALLBACK, viewId, metadata, state));
        c.afterAck = ack -> {
            JsonNode body = c.json(ack.body());
            if (!valid) {
                if (!"errors".equals(body.path("response_action").asText())) {
                    c.fail("an invalid report form must be answered with errors, was: " + HostileText.show(ack.body()));
                }
                return;
            }
            if (!"update".equals(body.path("response_action").asText())) {
                c.fail("a valid report form must be answered with the thank-you view, was: " + HostileText.show(ack.body()));
                return;
            }
            String reportId = Forms.first(Forms.REPORT_ID, body.path("view").toString());
            if (earlier != null) {
                if (!earlier.equals(reportId)) {
                    c.fail("a repeated submission of view " + HostileText.show(viewId) + " must show " + earlier
                            + " again, showed " + reportId);
                }
                return;
            }
            run.reportByKey.put(key, reportId);
            JsonNode stored = TestBot.api(run.port, "/api/reports/" + reportId).body();
            c.same("reporterId", HostileText.storable(user), stored.path("reporterId").asText());
            c.same("category", ReportCategory.fromCode(categoryOk).orElseThrow().name(), stored.path("category").asText());
            c.same("description", HostileText.storable(typedWhat), stored.path("description").asText());
            c.same("occurredAt", HostileText.storable(typedWhen), stored.path("occurredAt").asText());
            c.same("affectedSystem", HostileText.storable(typedSystem), stored.path("affectedSystem").asText());
            List<String> storedLines = new ArrayList<>();
            stored.path("observables").forEach(o -> storedLines.add(o.asText()));
            c.same("observables", lines.stream().map(HostileText::storable).toList().toString(), storedLines.toString());
            c.same("status", "OPEN", stored.path("status").asText());
            if (stored.hasNonNull("campaignId")) {
                // like an earlier report (generated texts share URLs and addresses): its campaign's message shows it
                c.changes.add("report created");
                return;
            }
            if (stored.path("triageTs").isNull() || stored.path("triageTs").isMissingNode()) {
                c.fail(reportId + " was not posted to the triage channel");
            }
            run.openReports.add(reportId);
            c.changes.add("report created");
        };
        return c;
    }

    private static String observableLines(HostileText gen) {
        if (gen.chance(0.3)) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        if (gen.chance(0.15)) {
            // as much as the form takes, all of it markup that grows fourfold when escaped
            String dense = gen.pick(List.of("<!channel>", "<&>", "&lt;", "<@U123>"));
            for (int i = 0; i < ReportModal.OBSERVABLES_MAX_LINES; i++) {
                lines.add(dense.repeat(59 / dense.length()));
            }
            return String.join("\n", lines);
        }
        for (int i = gen.between(1, 8); i > 0; i--) {
            lines.add(gen.shortText(40));
        }
        return String.join(gen.pick(List.of("\n", "\r\n", "\u2028", "\r")), lines);
    }

    /** A text input's state: usually as Slack sends it; when not aiming at a valid form, sometimes left out or under another action ID. */
    private static void putText(HostileText gen, Map<String, Map<String, Object>> state, String block, String value,
                                boolean aimValid) {
        if (!aimValid && gen.chance(0.08)) {
            return;
        }
        String action = !aimValid && gen.chance(0.05) ? "VALUE" : ModalParts.VALUE;
        state.put(block, Map.of(action, plainText(value)));
    }

    /** What the form reads from a text input: its value trimmed, or nothing. */
    private static String typed(Map<String, Map<String, Object>> state, String block) {
        Map<String, Object> actions = state.get(block);
        Object value = actions == null ? null : actions.get(ModalParts.VALUE);
        Object text = value == null ? null : ((Map<?, ?>) value).get("value");
        return text == null ? "" : ((String) text).strip();
    }
}
