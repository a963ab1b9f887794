package org.csirtbot.slack.fuzz;

import static org.awaitility.Awaitility.await;
import static org.csirtbot.testkit.PlaybookJourneys.form;
import static org.csirtbot.testkit.TestBot.RESPONDER;
import static org.csirtbot.testkit.TestBot.SECOND_RESPONDER;

import java.util.List;
import java.util.Map;

import org.csirtbot.closing.slack.LessonsModal;
import org.csirtbot.decision.slack.DecisionMessages;
import org.csirtbot.decision.slack.DecisionModal;
import org.csirtbot.decision.slack.DecisionReviewModal;
import org.csirtbot.playbook.PlaybookRuns;
import org.csirtbot.playbook.StepMessage;
import org.csirtbot.playbook.slack.PlaybookModals;
import org.csirtbot.playbook.slack.PlaybookSuggestions;
import org.csirtbot.playbook.slack.StepMessages;
import org.csirtbot.storage.DecisionDocument;
import org.csirtbot.testkit.DecisionJourneys;
import org.csirtbot.testkit.Forms;
import org.csirtbot.testkit.PlaybookJourneys;
import org.csirtbot.testkit.SlackJourneys;
import org.csirtbot.testkit.SlackPayloads;
import org.csirtbot.updates.slack.UpdateModal;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The rooms the room barrages work in, brought to where the bot has shown every form and button a room has: a DoS
 * incident (its suggestion's Start button) with the walk-test playbook walked up to its approval, the inputs-test
 * playbook waiting for its inputs, a decision waiting for approval and rejected once (its review form, the status
 * update form, and a request to an outside organisation logged: its form and status buttons), and an incident resolved
 * (its lessons form). Each form is opened through the real path and left
 * unsubmitted.
 */
final class FuzzRooms {

    /** The form of {@code /incident request} (issue 14), its callback as Slack sends it back. */
    static final String OUTSIDE_REQUEST = "incident_outside_request";
    static final List<String> FORMS = List.of(DecisionModal.CALLBACK, DecisionReviewModal.CALLBACK,
            LessonsModal.CALLBACK, PlaybookModals.FIELDS, PlaybookModals.CHOOSE, PlaybookModals.SKIP,
            PlaybookModals.REJECT, PlaybookModals.INPUTS, UpdateModal.CALLBACK, OUTSIDE_REQUEST);
    static final List<String> BUTTONS = List.of(DecisionMessages.APPROVE, DecisionMessages.REJECT,
            StepMessages.COMPLETE, StepMessages.APPROVE, StepMessages.SKIP, StepMessages.REJECT, StepMessages.CHOOSE,
            StepMessages.INPUTS, PlaybookSuggestions.START + "_…", "outside_request_acknowledged");

    private final FuzzRun run;
    private final FuzzHarvest harvest;
    private final SlackJourneys journeys;
    private final PlaybookJourneys walk;

    FuzzRooms(FuzzRun run, FuzzHarvest harvest) {
        this.run = run;
        this.harvest = harvest;
        this.journeys = new SlackJourneys(run.slack, run.requests, run.port);
        this.walk = new PlaybookJourneys(run.slack, run.requests, run.port, () -> run.app.getBean(PlaybookRuns.class));
    }

    /** Opens the rooms, adds their channels to {@code rooms}, and learns every form and button they show. */
    void open(List<String> rooms) {
        String dos = journeys.declareByCommand(RESPONDER,
                Forms.declaration("Fuzz <!channel> DoS *wave*", "S3", "dos", "AMBER", false, false));
        String decided = journeys.declareWithRoom(RESPONDER, "Fuzz decisions <@U0CEO>");
        String resolved = journeys.declareWithRoom(RESPONDER, "Fuzz lessons & {\"$gt\": \"\"}");
        for (String incident : List.of(dos, decided, resolved)) {
            rooms.add(journeys.roomOf(incident));
        }
        walkThePlaybook(dos, rooms.get(0));
        decideWithApproval(decided, rooms.get(1));
        run.slack.formOpenedBy(() -> walk.command(RESPONDER, rooms.get(1), "update"));
        logARequest(rooms.get(1));
        walk.command(RESPONDER, rooms.get(2), "status investigating");
        walk.command(RESPONDER, rooms.get(2), "resolve");
        run.drain();
        harvest.learn(run.slack.wireMock().getAllServeEvents());
    }

    private void walkThePlaybook(String incident, String room) {
        walk.command(RESPONDER, room, "role approver <@" + SECOND_RESPONDER + ">");
        await().until(() -> walk.postsTo(room).stream().anyMatch(p -> p.contains(PlaybookSuggestions.START)));
        walk.command(RESPONDER, room, "playbook walk-test");
        walk.command(RESPONDER, room, "playbook inputs-test");
        String run = incident + "/walk-test";
        walk.click(SECOND_RESPONDER, walk.stepMessage(run, "ack"), StepMessages.COMPLETE, run);
        walk.submit(SECOND_RESPONDER, walk.clickForForm(SECOND_RESPONDER, walk.stepMessage(run, "isp"),
                StepMessages.SKIP, run), form("reason", "The ISP hotline is closed"));
        StepMessage ongoing = walk.stepMessage(run, "ongoing");
        walk.submit(RESPONDER, walk.clickForForm(RESPONDER, ongoing, StepMessages.CHOOSE, run), form("option",
                "select:ongoing", "rationale", "Traffic is still rising", "__confidence__", "select:high"));
        StepMessage record = walk.stepMessage(run, "record");
        // recorded by someone other than the approver, who may then reject it (four eyes)
        walk.submit(RESPONDER, walk.clickForForm(RESPONDER, record, StepMessages.COMPLETE, run),
                form("__peak_gbps__", "12", "__started__", null, "__sources__", null));
        walk.clickForForm(SECOND_RESPONDER, walk.requestTo(run, "block", SECOND_RESPONDER), StepMessages.REJECT, run);
        this.run.slack.formOpenedBy(() -> this.run.requests.click(RESPONDER, room, "1700000000.000300",
                StepMessages.INPUTS, incident + "/inputs-test|inputs"));
    }

    /** A request to JPCERT/CC logged in the room through its form, so its message's status buttons are shown. */
    private void logARequest(String room) {
        JsonNode view = run.slack.formOpenedBy(() -> walk.command(RESPONDER, room, "request"));
        Map<String, Map<String, Object>> state = new java.util.LinkedHashMap<>();
        state.put("direction", Map.of("value", SlackPayloads.staticSelect("outgoing")));
        state.put("partner", Map.of("value", SlackPayloads.staticSelect("jpcert")));
        state.put("subject", Map.of("value", SlackPayloads.plainText("Take down the phishing site <!here>")));
        state.put("tlp", Map.of("value", SlackPayloads.staticSelect("GREEN")));
        state.put("status", Map.of("value", SlackPayloads.staticSelect("sent")));
        run.requests.interaction(SlackPayloads.viewSubmission(RESPONDER, OUTSIDE_REQUEST, "VFUZZREQ" + System.nanoTime(),
                view.path("private_metadata").asText(), state));
        await().until(() -> walk.postsTo(room).stream().anyMatch(p -> p.contains("outside_request_acknowledged")));
    }

    private void decideWithApproval(String incident, String room) {
        DecisionJourneys decisions = new DecisionJourneys(run.slack, run.requests, run.mongo);
        decisions.giveRole(incident, "approver", SECOND_RESPONDER);
        DecisionDocument decision = decisions.decide(RESPONDER, room, incident,
                DecisionJourneys.form("approver", SECOND_RESPONDER), 1);
        JsonNode review = decisions.clickAndGetForm(SECOND_RESPONDER, decisions.requestTo(decision, SECOND_RESPONDER),
                false, decision);
        assert review != null;
    }
}
