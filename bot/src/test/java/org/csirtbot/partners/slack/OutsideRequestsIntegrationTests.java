package org.csirtbot.partners.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.csirtbot.testkit.SlackPayloads.datepicker;
import static org.csirtbot.testkit.SlackPayloads.plainText;
import static org.csirtbot.testkit.SlackPayloads.staticSelect;
import static org.csirtbot.testkit.TestBot.EMPLOYEE;
import static org.csirtbot.testkit.TestBot.RESPONDER;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.csirtbot.testkit.BackgroundWork;
import org.csirtbot.testkit.DecisionJourneys;
import org.csirtbot.testkit.DeclaredIncident;
import org.csirtbot.testkit.Forms;
import org.csirtbot.testkit.SlackJourneyTest;
import org.csirtbot.testkit.SlackPayloads;
import org.csirtbot.testkit.TestClock;
import org.csirtbot.testkit.fakeslack.FakeSlackWorkspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code /incident request} in a room over the real HTTP path, on the test clock, the reminder check triggered by the
 * test (never waited for): a request logged with its form, posted with its buttons, reminded to the liaison on the day
 * its reply is due and each day it is overdue, its status changed by button and command, each step logged; and a
 * request sharing more than the organisation may receive refused, with nothing stored. Each test lives in a month of
 * 2004, a year no other test uses.
 */
class OutsideRequestsIntegrationTests extends SlackJourneyTest {

    static final String LIAISON = "ULIAISON1";
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Autowired
    ApplicationContext app;
    @Autowired
    RequestReminderSchedule reminders;
    @Autowired
    MongoTemplate mongo;
    final TestClock clock = TestClock.shared();

    /** The clock is shared by every test in this JVM: later ones, and Bolt's signature check, want the real time. */
    @AfterEach
    void realTime() {
        clock.release();
    }

    @Test
    void aRequestDueTomorrowIsRemindedToTheLiaisonWhenItFallsDueUntilAnsweredAndEveryChangeIsLogged() {
        clock.set(tokyo(2004, 6, 10, 10, 0));
        DeclaredIncident incident = declare("Phishing site imitating our login page");
        assertThat(incident.run(RESPONDER, "role liaison <@" + LIAISON + ">")).contains("*Liaison*");
        new DecisionJourneys(slack, requests, mongo).decide(RESPONDER, incident.room, incident.id, DecisionJourneys.form(
                "Ask JPCERT/CC to have the site taken down?", "- Ask them\n- Not yet", "ask them",
                "It phishes our customers", "none", null), 0);

        JsonNode form = slack.formOpenedBy(() -> incident.run(LIAISON, "request"));
        assertThat(form.path("callback_id").asText()).isEqualTo("incident_outside_request");
        String options = form.path("blocks").toString();
        assertThat(options).contains("\"value\":\"jpcert\"", "national CSIRT · TLP:AMBER", "\"value\":\"police\"",
                "Tokyo Metropolitan Police cybercrime desk", "police · TLP:AMBER · contact not filled in",
                "\"value\":\"DEC-1\"", "DEC-1 · Ask JPCERT/CC to have the site taken down?",
                "\"initial_option\":{\"text\":{\"type\":\"plain_text\",\"text\":\"TLP:AMBER\"");
        assertThat(submit(LIAISON, form, state("outgoing", "jpcert", "Take down hxxp://login-example[.]com <!channel>",
                "CSIRT-42", "AMBER", "2004-06-11", "sent", "DEC-1"))).isEmpty();

        String post = await().until(() -> roomPost(incident, "REQ-2004-"), p -> p != null);
        String id = Forms.first(java.util.regex.Pattern.compile("REQ-2004-\\d{4}"), post);
        assertThat(post).contains("*TLP:AMBER* · *" + id + "* · to *JPCERT/CC", "hxxp://login-example[.]com &lt;!channel&gt;",
                "`CSIRT-42`", "*Reply due:* 2004-06-11", "Authorised by *DEC-1*", "Status: *sent*",
                "\"action_id\":\"outside_request_waiting\"", "\"value\":\"" + incident.id + "|" + id + "\"")
                .doesNotContain("<!channel>", "\"action_id\":\"outside_request_sent\"");
        assertThat(logged(incident, "outside_request_logged")).singleElement().satisfies(d -> assertThat(d.toString())
                .contains("\"request\":\"" + id + "\"", "\"direction\":\"outgoing\"", "\"partner\":\"jpcert\"",
                        "\"tlp\":\"AMBER\"", "\"dueOn\":\"2004-06-11\"", "\"status\":\"sent\"", "\"decision\":\"DEC-1\"",
                        "\"ourRef\":\"CSIRT-42\"", "\"theirRef\":\"\""));

        checkAt(tokyo(2004, 6, 11, 8, 59));
        assertThat(reminded(incident, id)).isEmpty();
        checkAt(tokyo(2004, 6, 11, 9, 0));
        checkAt(tokyo(2004, 6, 11, 12, 0));
        assertThat(reminded(incident, id)).singleElement().asString().contains("<@" + LIAISON + ">",
                "is due today, 2004-06-11", "It is *sent*", "`/incident request " + id + " answered`")
                .doesNotContain("<@" + RESPONDER + ">");

        assertThat(click(incident, EMPLOYEE, "waiting", id)).as("neither responder nor liaison")
                .contains("CSIRT responders");
        assertThat(logged(incident, "outside_request_changed")).isEmpty();
        assertThat(click(incident, LIAISON, "waiting", id)).as("told in the room, not privately").isNull();
        await().until(() -> roomPost(incident, "marked *" + id + "*") != null);
        assertThat(roomPost(incident, "marked *" + id + "*")).contains("<@" + LIAISON + "> marked *" + id
                + "* (JPCERT/CC", "*waiting* (was sent)");
        await().untilAsserted(() -> assertThat(updates(id)).anySatisfy(u -> assertThat(u).contains("Status: *waiting*",
                "Changed by <@" + LIAISON + ">", "\"action_id\":\"outside_request_sent\"")));

        checkAt(tokyo(2004, 6, 12, 9, 0));
        assertThat(reminded(incident, id)).hasSize(2).last().asString().contains("was due on 2004-06-11, 1 day(s) ago",
                "It is *waiting*");
        assertThat(incident.run(LIAISON, "request " + id.toLowerCase() + " answered"))
                .isEqualTo(id + ": waiting → *answered*. The room is told, and the log records it.");
        assertThat(incident.run(LIAISON, "request " + id + " answered")).isEqualTo(id + " is answered already. "
                + "Nothing was changed.");
        checkAt(tokyo(2004, 6, 13, 9, 0));
        checkAt(tokyo(2004, 6, 20, 9, 0));
        BackgroundWork.drain(app);
        assertThat(reminded(incident, id)).as("none once answered").hasSize(2);

        assertThat(incident.run(EMPLOYEE, "request list")).contains("*" + id + "* · to JPCERT/CC",
                "TLP:AMBER", "*answered*", "reply due 2004-06-11");
        assertThat(logged(incident, "outside_request_reminded")).extracting(JsonNode::toString).containsExactly(
                "{\"request\":\"" + id + "\",\"dueOn\":\"2004-06-11\",\"day\":\"2004-06-11\"}",
                "{\"request\":\"" + id + "\",\"dueOn\":\"2004-06-11\",\"day\":\"2004-06-12\"}");
        assertThat(logged(incident, "outside_request_changed")).extracting(d -> d.path("from").asText() + ">"
                + d.path("to").asText()).containsExactly("sent>waiting", "waiting>answered");
        assertThat(incident.logKinds().stream().filter(k -> k.startsWith("outside_request")).toList()).containsExactly(
                "outside_request_logged", "outside_request_reminded", "outside_request_changed",
                "outside_request_reminded", "outside_request_changed");
    }

    @Test
    void aRequestSharingAboveWhatTheOrganisationMayReceiveIsRefusedAndNothingIsStored() {
        clock.set(tokyo(2004, 7, 1, 10, 0));
        DeclaredIncident incident = declare("Malware on the finance share");

        JsonNode form = openForm(incident);
        String toJpcert = submit(RESPONDER, form, state("outgoing", "jpcert", "Share the sample", "",
                "RED", null, "sent", null));
        assertThat(toJpcert).contains("\"response_action\":\"errors\"", "\"tlp\":\"JPCERT/CC (Japan Computer "
                + "Emergency Response Team Coordination Center) may receive at most TLP:AMBER, and this request is "
                + "TLP:RED. Lower its TLP if the source of what you share allows it, or choose another organisation. "
                + "Nothing was logged.\"");
        assertThat(submit(RESPONDER, form, state("outgoing", "example-vendor", "Share the sample", "",
                "AMBER", null, "sent", null))).contains("Example EDR vendor may receive at most TLP:GREEN");
        assertThat(submit(RESPONDER, form, state("outgoing", "no-such-party", "Share the sample", "",
                "CLEAR", null, "sent", null))).contains("\"partner\":\"That organisation is no longer in the directory");
        assertThat(submit(RESPONDER, form, state("outgoing", "police", "Report", "", "AMBER",
                "2004-06-30", "sent", null))).contains("\"due_on\":\"That day has passed.");
        BackgroundWork.drain(app);
        assertThat(incident.logKinds()).noneMatch(k -> k.startsWith("outside_request"));
        assertThat(incident.run(RESPONDER, "request list")).startsWith(incident.id + " has no requests");
        assertThat(mongo.getCollection("outside_requests").countDocuments(new org.bson.Document("incidentId",
                incident.id))).isZero();

        // they share with us: their marking binds us, not them, so it is logged; due today after 09:00, it is reminded
        // at once, to the commander since the incident has no liaison
        assertThat(submit(RESPONDER, form, state("incoming", "jpcert", "Their question on the C2",
                "", "RED", "2004-07-01", "acknowledged", null))).isEmpty();
        String post = await().until(() -> roomPost(incident, "REQ-2004-"), p -> p != null);
        String id = Forms.first(java.util.regex.Pattern.compile("REQ-2004-\\d{4}"), post);
        assertThat(post).contains("*TLP:RED* · *" + id + "* · from *JPCERT/CC", "Status: *acknowledged*");
        checkAt(tokyo(2004, 7, 1, 10, 1));
        assertThat(reminded(incident, id)).singleElement().asString().contains("<@" + RESPONDER + ">",
                "is due today, 2004-07-01");
        assertThat(incident.run(RESPONDER, "request REQ-2004-9999 closed")).isEqualTo(incident.id
                + " has no request REQ-2004-9999; `/incident request list` lists its requests. Nothing was changed.");
        assertThat(incident.run(RESPONDER, "request " + id + " finished")).startsWith("*Using /incident request*");
    }

    private DeclaredIncident declare(String title) {
        return DeclaredIncident.declare(port, slack, RESPONDER,
                Forms.declaration(title, "S2", "phishing_mail", "AMBER", false, false));
    }

    private JsonNode openForm(DeclaredIncident incident) {
        return slack.formOpenedBy(() -> incident.run(RESPONDER, "request"));
    }

    static Map<String, Map<String, Object>> state(String direction, String partner, String subject, String ourRef,
                                                  String tlp, String dueOn, String status, String decision) {
        Map<String, Map<String, Object>> state = new LinkedHashMap<>();
        state.put("direction", Map.of("value", staticSelect(direction)));
        state.put("partner", Map.of("value", staticSelect(partner)));
        state.put("subject", Map.of("value", plainText(subject)));
        state.put("our_ref", Map.of("value", plainText(ourRef.isEmpty() ? null : ourRef)));
        state.put("their_ref", Map.of("value", plainText(null)));
        state.put("tlp", Map.of("value", staticSelect(tlp)));
        state.put("due_on", Map.of("value", datepicker(dueOn)));
        state.put("status", Map.of("value", staticSelect(status)));
        state.put("decision", Map.of("value", staticSelect(decision)));
        return state;
    }

    /** Submits the request form as {@code user}; Slack's answer body (empty: the form closed). */
    private String submit(String user, JsonNode form, Map<String, Map<String, Object>> state) {
        var answer = requests.interaction(SlackPayloads.viewSubmission(user, RequestModal.CALLBACK,
                "VREQ" + System.nanoTime(), form.path("private_metadata").asText(), state));
        assertThat(answer.status()).isEqualTo(200);
        return answer.body();
    }

    /**
     * Clicks a status button of the request in the room; what the person was told privately, ephemerally or (not a
     * member of the room, as a previewer of a public one) by direct message; null: nothing.
     */
    private String click(DeclaredIncident incident, String user, String status, String id) {
        int ephemerals = slack.ephemerals().size();
        int direct = incident.postsTo(user).size();
        assertThat(requests.interaction(SlackPayloads.blockActions(user, incident.room, "1.0", RequestPosts.BUTTON
                + status, incident.id + "|" + id, SlackPayloads.newTriggerId())).status()).isEqualTo(200);
        BackgroundWork.drain(app);
        return slack.ephemerals().stream().skip(ephemerals).filter(e -> user.equals(e.user())).map(e -> e.text())
                .findFirst().orElseGet(() -> incident.postsTo(user).stream().skip(direct).map(p -> p.get("text"))
                        .findFirst().orElse(null));
    }

    /** The room's post (text and blocks) that shows {@code expected}; null while there is none. */
    private String roomPost(DeclaredIncident incident, String expected) {
        return incident.postsTo(incident.room).stream().map(p -> p.get("text") + " " + blocks(p))
                .filter(p -> p.contains(expected)).reduce((a, b) -> b).orElse(null);
    }

    private List<String> reminded(DeclaredIncident incident, String id) {
        return incident.postsTo(incident.room).stream().map(p -> p.get("text"))
                .filter(t -> t.contains(":alarm_clock:") && t.contains(id)).toList();
    }

    private List<String> updates(String id) {
        return slack.calls("chat.update").stream().map(OutsideRequestsIntegrationTests::blocks)
                .filter(b -> b.contains(id)).toList();
    }

    /** A message's blocks as JSON; empty when it has none. */
    private static String blocks(Map<String, String> call) {
        return call.get("blocks") == null ? "" : FakeSlackWorkspace.json(call, "blocks").toString();
    }

    private static List<JsonNode> logged(DeclaredIncident incident, String kind) {
        return StreamSupport.stream(incident.log().spliterator(), false).filter(e -> kind.equals(e.path("kind").asText()))
                .map(e -> e.path("data")).toList();
    }

    private void checkAt(Instant at) {
        clock.set(at);
        reminders.check();
        BackgroundWork.drain(app);
    }

    private static Instant tokyo(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, TOKYO).toInstant();
    }
}
