package org.csirtbot.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.csirtbot.testkit.SlackPayloads.plainText;
import static org.csirtbot.testkit.TestBot.RESPONDER;
import static org.csirtbot.testkit.TestBot.SECOND_RESPONDER;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.bson.Document;
import org.csirtbot.storage.IncidentDocument;
import org.csirtbot.testkit.ClosingSteps;
import org.csirtbot.testkit.DecisionJourneys;
import org.csirtbot.testkit.Forms;
import org.csirtbot.testkit.SlackJourneyTest;
import org.csirtbot.testkit.SlackPayloads;
import org.csirtbot.testkit.TestBot;
import org.csirtbot.testkit.fakeslack.FakeSlackWorkspace;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

/**
 * After a purge nothing personal of the incident, or of a report that never reached one, is left anywhere in the
 * store: every collection the database lists (so one added later is covered too) is read whole through the driver,
 * and none holds the reporter's ID, what they wrote, the title, the decision's question and rationale or the reason
 * of a dismissal (all carry one marker); none that names the incident or its reports names a responder; and each
 * report's triage post in Slack is replaced by a tombstone line. The indicator registry keeps what the report's
 * observables were by design, longer than the incident (README, "Indicators"): their values stay, and nothing else of
 * them names the marker.
 */
class PurgeLeavesNothingPersonalIntegrationTests extends SlackJourneyTest {

    private static final Duration FOUR_YEARS = Duration.ofDays(4 * 366);

    @Autowired
    MongoTemplate mongo;
    @Autowired
    RetentionPurge purge;
    @Autowired
    DismissedReportsPurge dismissedReports;

    private final String marker = "Q" + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
    private final String reporter = "U" + marker;

    @Test
    void aPurgedIncidentAndAnOldDismissedOrUntriagedReportLeaveNoPersonalDataInAnyCollection() {
        String attached = journeys.report(reporter, report("attached"));
        String incident = journeys.declareFromTriage(attached, RESPONDER,
                Forms.declaration("Leak of " + marker + " payroll", "S3", "information_leak", "AMBER", false, true));
        await().until(() -> journeys.logKinds(incident).contains("summary_pinned"));
        String room = journeys.roomOf(incident);
        new DecisionJourneys(slack, requests, mongo).decide(RESPONDER, room, incident, DecisionJourneys.form(
                "Tell " + marker + "'s manager?", "- Yes\n- No", "Yes", "Because " + marker + " asked us", "none",
                null), 0);
        closeLongAgo(incident, room);
        String dismissed = journeys.report(reporter, report("dismissed"));
        dismiss(dismissed, "Only " + marker + "'s own test mail");
        String untriaged = journeys.report(reporter, report("untriaged"));
        backdate(dismissed, "closedAt");
        backdate(untriaged, "reportedAt");
        assertThat(everyDocumentMentioning(marker)).as("the marker is stored before the purge").isNotEmpty();

        assertThat(purge.purgeDue()).contains(incident);
        assertThat(dismissedReports.purgeDue()).contains(dismissed, untriaged);

        assertThat(everyDocumentMentioning(marker)).isEmpty();
        assertThat(mongo.getCollection("indicators").find(new Document("value", marker.toLowerCase(Locale.ROOT)
                + "@example.com")).first()).as("the report's observable, an indicator kept by its own retention")
                .isNotNull();
        assertThat(everyDocumentMentioning(incident, attached, dismissed, untriaged))
                .noneMatch(json -> json.contains(RESPONDER) || json.contains(SECOND_RESPONDER));
        for (String reportId : List.of(attached, dismissed, untriaged)) {
            assertThat(TestBot.api(port, "/api/reports/" + reportId).body().path("status").asText())
                    .isIn("ATTACHED", "DISMISSED");
            String ts = TestBot.api(port, "/api/reports/" + reportId).body().path("triageTs").asText();
            await().untilAsserted(() -> assertThat(lastUpdateOf(ts)).contains(reportId, "purged")
                    .doesNotContainIgnoringCase(marker).doesNotContain("triage_declare"));
        }
    }

    private Map<String, Map<String, Object>> report(String which) {
        return Forms.report("information_leak", marker + " sent me the " + which + " payroll", "Monday " + marker,
                "payroll-" + marker, marker.toLowerCase(Locale.ROOT) + "@example.com");
    }

    private void dismiss(String reportId, String reason) {
        var form = journeys.formOnReport(RESPONDER, reportId, "triage_dismiss");
        requests.interaction(SlackPayloads.viewSubmission(RESPONDER, "report_dismiss", "V" + System.nanoTime(),
                form.path("private_metadata").asText(), Map.of("reason", Map.of("value", plainText(reason)))));
        await().until(() -> TestBot.api(port, "/api/reports/" + reportId).body().path("status").asText()
                .equals("DISMISSED"));
    }

    /** Closes the incident through Slack, then moves its closing four years back (S3 is kept for three). */
    private void closeLongAgo(String incident, String room) {
        ClosingSteps steps = new ClosingSteps(slack, requests, port);
        steps.statuses(RESPONDER, room, "investigating", "post_incident");
        assertThat(steps.command(RESPONDER, room, "close")).contains("is closed");
        await().until(() -> journeys.logKinds(incident).contains("report_posted"));
        IncidentDocument stored = mongo.findById(incident, IncidentDocument.class);
        List<IncidentDocument.Phase> phases = new ArrayList<>();
        Instant longAgo = Instant.now().minus(FOUR_YEARS);
        for (IncidentDocument.Phase phase : stored.phases()) {
            phases.add(phase.phase().equals("closed") ? new IncidentDocument.Phase("closed", longAgo, null) : phase);
        }
        mongo.updateFirst(query(where("_id").is(incident)), new Update().set("phases", phases), IncidentDocument.class);
    }

    private void backdate(String reportId, String field) {
        mongo.updateFirst(query(where("_id").is(reportId)), new Update().set(field, Instant.now().minus(FOUR_YEARS)),
                "reports");
    }

    /** Every document of every collection, as JSON, that contains any of {@code needles} (ignoring case). */
    private List<String> everyDocumentMentioning(String... needles) {
        List<String> found = new ArrayList<>();
        for (String collection : mongo.getDb().listCollectionNames()) {
            for (Document document : mongo.getCollection(collection).find()) {
                if (collection.equals("indicators")) {
                    // an indicator's value is kept by design (its ID is the value with its type)
                    document.remove("_id");
                    document.remove("value");
                }
                String json = document.toJson().toLowerCase(Locale.ROOT);
                for (String needle : needles) {
                    if (json.contains(needle.toLowerCase(Locale.ROOT))) {
                        found.add(collection + ": " + document.toJson());
                        break;
                    }
                }
            }
        }
        return found;
    }

    /** The text and blocks of the last chat.update of the triage post at {@code ts}. */
    private String lastUpdateOf(String ts) {
        List<Map<String, String>> updates = slack.calls("chat.update").stream()
                .filter(u -> TestBot.TRIAGE.equals(u.get("channel")) && ts.equals(u.get("ts"))).toList();
        assertThat(updates).isNotEmpty();
        Map<String, String> last = updates.get(updates.size() - 1);
        return last.get("text") + " " + FakeSlackWorkspace.json(last, "blocks");
    }
}
