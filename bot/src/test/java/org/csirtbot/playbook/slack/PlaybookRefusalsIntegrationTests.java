package org.csirtbot.playbook.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.csirtbot.testkit.TestBot.EMPLOYEE;
import static org.csirtbot.testkit.TestBot.RESPONDER;
import static org.csirtbot.testkit.TestBot.SECOND_RESPONDER;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.csirtbot.playbook.PlaybookRun;
import org.csirtbot.playbook.PlaybookRuns;
import org.csirtbot.playbook.StepMessage;
import org.csirtbot.testkit.Forms;
import org.csirtbot.testkit.PlaybookJourneys;
import org.csirtbot.testkit.SignedSlackRequests;
import org.csirtbot.testkit.SlackJourneyTest;
import org.csirtbot.testkit.SlackPayloads;
import org.csirtbot.testkit.TestBot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Bad inputs to playbooks over the real HTTP path: an unknown playbook, someone who may not start or work one, a step
 * not waiting, a mandatory step skipped, a forged button or one clicked outside the room, a double click, an approval by whoever did the work it is
 * about or an approving role given to oneself (four eyes). Each is answered privately and politely, and
 * nothing about the run changes or is logged.
 */
class PlaybookRefusalsIntegrationTests extends SlackJourneyTest {

    static final String JAPANESE_RESPONDER_ROLE = "UDEPJA001";
    static final String LAWYER = "ULAWYER01";

    @Autowired
    PlaybookRuns runs;
    PlaybookJourneys walk;
    String incidentId;
    String room;
    String runId;

    @BeforeEach
    void declare() {
        walk = new PlaybookJourneys(slack, requests, port, () -> runs);
        incidentId = journeys.declareByCommand(RESPONDER, Forms.declaration("Flood", "S3", "dos", "AMBER", false, false));
        room = journeys.roomOf(incidentId);
        runId = incidentId + "/walk-test";
    }

    @Test
    void anUnknownPlaybookOrSomeoneNotCommandingIsRefusedAndNothingStarts() {
        assertThat(walk.command(RESPONDER, room, "playbook no-such-playbook"))
                .contains("There is no playbook `no-such-playbook`", "/incident playbook");
        assertThat(walk.command(RESPONDER, room, "playbook <!channel>")).contains("There is no playbook")
                .doesNotContain("<!channel>");
        assertThat(walk.command(SECOND_RESPONDER, room, "playbook walk-test"))
                .contains("Only the incident commander or deputy");
        assertThat(runs.ofIncident(incidentId)).isEmpty();
        assertThat(journeys.logKinds(incidentId)).doesNotContain("playbook_started");

        String suggestionTs = "1700000000.000100";
        requests.click(EMPLOYEE, room, suggestionTs, "playbook_start_walk-test", incidentId + "|walk-test");
        await().until(() -> walk.toldIn(room, EMPLOYEE).stream().anyMatch(t -> t.contains("commander or deputy")));
        assertThat(runs.ofIncident(incidentId)).isEmpty();
    }

    @Test
    void startingTwiceStartsOnceAndCloseWaitsForTheOpenMandatoryStep() {
        assertThat(walk.command(RESPONDER, room, "playbook WALK-TEST")).contains("started");
        assertThat(walk.command(RESPONDER, room, "playbook walk-test")).contains("already runs", "Nothing new was started");
        assertThat(journeys.logKinds(incidentId).stream().filter("playbook_started"::equals)).hasSize(1);
        assertThat(walk.command(RESPONDER, room, "playbook")).contains("`walk-test` DoS walk test — running, 0 of 7");

        assertThat(walk.command(RESPONDER, room, "close"))
                .contains("mandatory playbook steps still open: Acknowledge the alert (DoS walk test)");
        assertThat(journeys.logKinds(incidentId)).doesNotContain("closed");
    }

    @Test
    void clicksBySomeoneNotAllowedOrOnAStepNotWaitingChangeNothing() {
        StepMessage ack = started();
        long version = run().version();
        int forms = slack.count("views.open");

        walk.click(EMPLOYEE, ack, "playbook_complete", runId);
        await().until(() -> walk.toldIn(room, EMPLOYEE).stream()
                .anyMatch(t -> t.contains("Only CSIRT responders and people with a role")));

        walk.click(RESPONDER, ack, "playbook_skip", runId);
        await().until(() -> walk.toldIn(room, RESPONDER).stream()
                .anyMatch(t -> t.contains("*Acknowledge the alert* is mandatory and cannot be skipped")));

        requests.click(RESPONDER, room, ack.ts(), "playbook_complete", runId + "|review");
        await().until(() -> walk.toldIn(room, RESPONDER).stream()
                .anyMatch(t -> t.contains("*Review the response* is not waiting for anyone now")));

        requests.click(RESPONDER, room, ack.ts(), "playbook_complete", "INC-0000-0000/forged|ack");
        await().until(() -> walk.toldIn(room, RESPONDER).stream().anyMatch(t -> t.contains("was not found")));

        requests.click(RESPONDER, TestBot.GENERAL, ack.ts(), "playbook_complete", runId + "|ack");
        await().until(() -> walk.toldIn(TestBot.GENERAL, RESPONDER).stream()
                .anyMatch(t -> t.contains("This button works only where the bot posted it")));

        assertThat(run().version()).isEqualTo(version);
        assertThat(slack.count("views.open")).isEqualTo(forms);
        assertThat(journeys.logKinds(incidentId)).doesNotContain("playbook_step_completed", "playbook_step_skipped");
    }

    @Test
    void aStepOfAnotherRoleIsRefusedInTheClickersLanguage() {
        slack.givenUserLocale(JAPANESE_RESPONDER_ROLE, "ja-JP");
        walk.command(RESPONDER, room, "role approver <@" + JAPANESE_RESPONDER_ROLE + ">");
        StepMessage ack = started();

        walk.click(JAPANESE_RESPONDER_ROLE, ack, "playbook_complete", runId);

        await().until(() -> walk.toldIn(room, JAPANESE_RESPONDER_ROLE).stream()
                .anyMatch(t -> t.contains("これは ハンドラ") && t.contains("何も変更していません")));
        assertThat(journeys.logKinds(incidentId)).doesNotContain("playbook_step_completed");
    }

    @Test
    void twoClicksAtOnceCompleteTheStepOnceAndTheSecondIsTold() {
        StepMessage ack = started();

        List<CompletableFuture<SignedSlackRequests.Response>> clicks = List.of(RESPONDER, SECOND_RESPONDER).stream()
                .map(user -> CompletableFuture.supplyAsync(() -> walk.click(user, ack, "playbook_complete", runId)))
                .toList();
        clicks.forEach(CompletableFuture::join);

        await().until(() -> walk.entries(incidentId, "playbook_step_completed").size() == 1);
        await().until(() -> walk.toldIn(room, RESPONDER).size() + walk.toldIn(room, SECOND_RESPONDER).size() == 1);
        List<String> told = new java.util.ArrayList<>(walk.toldIn(room, RESPONDER));
        told.addAll(walk.toldIn(room, SECOND_RESPONDER));
        assertThat(told).singleElement().asString().contains("is not waiting for anyone now");
        assertThat(run().state().steps().get("ack").rounds()).isEqualTo(1);
        assertThat(walk.entries(incidentId, "playbook_step_completed")).hasSize(1);
    }

    @Test
    void aFormSentWithoutAReasonIsRefusedBesideItsField() {
        StepMessage ack = started();
        walk.click(RESPONDER, ack, "playbook_complete", runId);
        StepMessage isp = walk.stepMessage(runId, "isp");
        var view = walk.clickForForm(RESPONDER, isp, "playbook_skip", runId);

        var ack2 = walk.submit(RESPONDER, view, PlaybookJourneys.form("reason", "   "));

        assertThat(ack2.body()).contains("errors", "reason", "Please give a reason");
        assertThat(journeys.logKinds(incidentId)).doesNotContain("playbook_step_skipped");
        assertThat(run().state().ready()).containsExactly("isp");
    }

    @Test
    void theCommanderCannotMakeHimselfAnApproverOrLegal() {
        assertThat(walk.command(RESPONDER, room, "role approver <@" + RESPONDER + ">"))
                .contains("You cannot make yourself *Approver*", "Nothing was changed");
        assertThat(walk.command(RESPONDER, room, "role legal <@" + RESPONDER + ">"))
                .contains("You cannot make yourself *Legal*");
        assertThat(journeys.logKinds(incidentId)).doesNotContain("role_assigned");

        assertThat(walk.command(RESPONDER, room, "role legal <@" + LAWYER + ">")).contains("is now *Legal*");
    }

    @Test
    void whoeverDidTheWorkCannotApproveItButAnotherHolderCan() {
        String fourEyesRun = incidentId + "/four-eyes-test";
        walk.command(RESPONDER, room, "role legal <@" + SECOND_RESPONDER + ">");
        walk.command(RESPONDER, room, "role legal <@" + LAWYER + ">");
        assertThat(walk.command(RESPONDER, room, "playbook four-eyes-test")).contains("started");

        walk.click(SECOND_RESPONDER, walk.stepMessage(fourEyesRun, "assess"), "playbook_complete", fourEyesRun);
        walk.awaitEntry(incidentId, "playbook_step_completed", "assess");
        StepMessage ownRequest = walk.requestTo(fourEyesRun, "confirm", SECOND_RESPONDER);
        walk.click(SECOND_RESPONDER, ownRequest, "playbook_approve", fourEyesRun);

        await().until(() -> walk.toldIn(ownRequest.channel(), SECOND_RESPONDER).stream()
                .anyMatch(t -> t.contains("You did the work *Legal confirms the assessment* is about")));
        assertThat(walk.entries(incidentId, "playbook_approval")).isEmpty();
        assertThat(runs.find(fourEyesRun).orElseThrow().state().ready()).containsExactly("confirm");

        walk.click(LAWYER, walk.requestTo(fourEyesRun, "confirm", LAWYER), "playbook_approve", fourEyesRun);
        assertThat(walk.awaitEntry(incidentId, "playbook_approval", "confirm").path("actor").asText()).isEqualTo(LAWYER);
        walk.stepMessage(fourEyesRun, "report");
    }

    @Test
    void aRejectionSentAgainAfterTheStepCameBackChangesNothing() {
        String fourEyesRun = incidentId + "/four-eyes-test";
        walk.command(RESPONDER, room, "role legal <@" + LAWYER + ">");
        assertThat(walk.command(RESPONDER, room, "playbook four-eyes-test")).contains("started");
        walk.click(SECOND_RESPONDER, walk.stepMessage(fourEyesRun, "assess"), "playbook_complete", fourEyesRun);
        var form = walk.clickForForm(LAWYER, walk.requestTo(fourEyesRun, "confirm", LAWYER), "playbook_reject", fourEyesRun);
        String rejection = SlackPayloads.viewSubmission(LAWYER, "playbook_reject", "VPBREJECT1",
                form.path("private_metadata").asText(), PlaybookJourneys.form("reason", "The assessment misses the backups"));

        assertThat(requests.interaction(rejection).body()).doesNotContain("errors");
        await().until(() -> runs.find(fourEyesRun).orElseThrow().round("assess") == 2);
        walk.click(SECOND_RESPONDER, walk.stepMessage(fourEyesRun, "assess"), "playbook_complete", fourEyesRun);
        await().until(() -> runs.find(fourEyesRun).orElseThrow().round("confirm") == 2);
        var replayed = requests.interaction(rejection);

        assertThat(replayed.status()).isEqualTo(200);
        assertThat(replayed.body()).doesNotContain("errors");
        assertThat(runs.find(fourEyesRun).orElseThrow().state().ready()).containsExactly("confirm");
        assertThat(walk.entries(incidentId, "playbook_approval")).singleElement()
                .satisfies(e -> assertThat(e.path("data").path("verdict").asText()).isEqualTo("rejected"));
    }

    private StepMessage started() {
        assertThat(walk.command(RESPONDER, room, "playbook walk-test")).contains("started");
        return walk.stepMessage(runId, "ack");
    }

    private PlaybookRun run() {
        return runs.find(runId).orElseThrow();
    }
}
