package org.csirtbot.slack.fuzz;

import static org.csirtbot.slack.fuzz.FuzzRun.CATEGORIES;
import static org.csirtbot.slack.fuzz.FuzzRun.RESPONDERS;
import static org.csirtbot.slack.fuzz.FuzzRun.SEVERITIES;
import static org.csirtbot.slack.fuzz.FuzzRun.TLPS;
import static org.csirtbot.slack.fuzz.FuzzRun.reportIdIn;
import static org.csirtbot.slack.fuzz.FuzzRun.within;
import static org.csirtbot.testkit.SlackPayloads.checkboxes;
import static org.csirtbot.testkit.SlackPayloads.plainText;
import static org.csirtbot.testkit.SlackPayloads.staticSelect;
import static org.csirtbot.testkit.TestBot.TRIAGE;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.LinkedHashMap;
import java.util.Map;

import org.csirtbot.storage.IncidentDocument;
import org.csirtbot.testkit.SlackPayloads;
import org.csirtbot.testkit.TestBot;
import org.csirtbot.triage.slack.DeclareModal;
import org.csirtbot.triage.slack.TriageContext;
import org.springframework.data.mongodb.core.query.Query;

import com.fasterxml.jackson.databind.JsonNode;

/** Generated declare-form submissions, and what the bot must store and open for each. */
final class FuzzDeclareForms {

    private final FuzzRun run;

    FuzzDeclareForms(FuzzRun run) {
        this.run = run;
    }

    FuzzCase declareSubmission(HostileText gen) {
        String user = gen.chance(0.65) ? gen.pick(RESPONDERS) : gen.nonResponder();
        boolean aimValid = gen.chance(0.5);
        String title = aimValid ? gen.shortText(DeclareModal.TITLE_MAX) : gen.any();
        String severity = aimValid ? gen.pick(SEVERITIES) : gen.choice(SEVERITIES);
        String category = aimValid ? gen.pick(CATEGORIES) : gen.choice(CATEGORIES);
        String tlp = aimValid ? gen.pick(TLPS) : gen.choice(TLPS);
        String metadata = switch (gen.between(0, 9)) {
            case 0, 1, 2 -> "";
            case 3 -> TriageContext.none().toMetadata();
            case 4 -> run.openReports.isEmpty() ? "" : HostileText.context(gen.pick(run.openReports), TRIAGE, "1.1");
            case 5 -> run.closedReports.isEmpty() ? "" : HostileText.context(gen.pick(run.closedReports), TRIAGE, "1.1");
            default -> gen.metadata();
        };
        return declaration(gen, user, title, severity, category, tlp, metadata, gen.viewId());
    }

    FuzzCase declaration(HostileText gen, String user, String title, String severity, String category, String tlp,
                         String metadata, String viewId) {
        Map<String, Map<String, Object>> state = new LinkedHashMap<>();
        state.put("title", Map.of("value", plainText(title)));
        state.put("severity", Map.of("value", staticSelect(severity)));
        state.put("category", Map.of("value", staticSelect(category)));
        state.put("tlp", Map.of("value", staticSelect(tlp)));
        boolean confidential = gen.chance(0.3);
        state.put("confidential", Map.of("value", confidential ? checkboxes(gen.chance(0.8) ? "yes" : gen.any())
                : checkboxes()));
        if (gen.chance(0.5)) {
            state.put("invite_reporter", Map.of("value", gen.chance(0.5) ? checkboxes("yes") : checkboxes()));
        }
        FuzzCase c = new FuzzCase(run, "incident_declare", gen).input("user", user).input("view_id", viewId)
                .input("private_metadata", metadata).input("title", title).input("severity", severity)
                .input("category", category).input("tlp", tlp).input("confidential", String.valueOf(confidential));
        String typedTitle = title == null ? "" : title.strip();
        boolean responder = RESPONDERS.contains(user);
        boolean fields = within(typedTitle, DeclareModal.TITLE_MAX) && SEVERITIES.contains(severity)
                && CATEGORIES.contains(category) && TLPS.contains(tlp);
        String reportId = reportIdIn(metadata);
        String key = HostileText.storable(reportId != null ? "report:" + reportId : "view:" + viewId);
        String reportStatus = reportId == null ? null : run.reportStatus(reportId);
        boolean declaredBefore = run.mongo.exists(Query.query(where("declarationKey").is(key)), IncidentDocument.class);
        boolean accepted = responder && fields
                && (reportId == null || "open".equals(reportStatus) || "attached".equals(reportStatus) || declaredBefore);
        boolean creates = accepted && !declaredBefore && (reportId == null || "open".equals(reportStatus));
        c.newIncidents = creates ? 1 : 0;
        c.sendInteraction(SlackPayloads.viewSubmission(user, DeclareModal.CALLBACK, viewId, metadata, state));
        c.afterAck = ack -> {
            if (accepted != ack.body().isEmpty()) {
                c.fail((accepted ? "a valid declaration must be acknowledged without errors"
                        : "an invalid declaration must be answered with errors") + ", was: " + HostileText.show(ack.body()));
            }
            if (!responder && !ack.body().contains("Only CSIRT responders")) {
                c.fail("a non-responder must be told only responders declare, was: " + HostileText.show(ack.body()));
            }
            if (!creates) {
                return;
            }
            IncidentDocument incident = run.mongo.findOne(Query.query(where("declarationKey").is(key)), IncidentDocument.class);
            if (incident == null) {
                c.fail("no incident stored under " + HostileText.show(key));
                return;
            }
            c.same("title", HostileText.storable(typedTitle), incident.title());
            c.same("severity", severity, incident.severity());
            c.same("category", category, incident.category());
            c.same("tlp", tlp, incident.tlp());
            c.same("declaredBy", user, incident.declaredBy());
            JsonNode api = TestBot.api(run.port, "/api/incidents/" + incident.id()).body();
            if (!api.path("room").path("summaryPinned").asBoolean()) {
                c.fail("the room of " + incident.id() + " was not opened completely: " + api.path("room"));
            }
            run.barrageIncidents.add(incident.id());
            c.changes.add("incident declared");
            if (reportId != null) {
                run.openReports.remove(reportId);
                run.closedReports.add(reportId);
                c.same("status of " + reportId, "attached", run.reportStatus(reportId));
            }
        };
        return c;
    }
}
