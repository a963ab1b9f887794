package org.csirtbot.playbook.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.csirtbot.testkit.TestBot.RESPONDER;
import static org.csirtbot.testkit.TestBot.SECOND_RESPONDER;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.Incidents;
import org.csirtbot.incident.slack.GatheredChanges;
import org.csirtbot.playbook.PlaybookRoles;
import org.csirtbot.playbook.PlaybookRun;
import org.csirtbot.playbook.PlaybookRuns;
import org.csirtbot.playbook.StepMessage;
import org.csirtbot.playbooks.engine.Action;
import org.csirtbot.playbooks.engine.Actor;
import org.csirtbot.playbooks.engine.Engine;
import org.csirtbot.playbooks.engine.Outcome;
import org.csirtbot.playbooks.engine.RunStateJson;
import org.csirtbot.slack.SlackRecovery;
import org.csirtbot.slack.gateway.PostedMessage;
import org.csirtbot.slack.gateway.SlackGateway;
import org.csirtbot.storage.PlaybookRunStore;
import org.csirtbot.testkit.Forms;
import org.csirtbot.testkit.PlaybookJourneys;
import org.csirtbot.testkit.SlackJourneyTest;
import org.csirtbot.testkit.fakeslack.FakeSlackWorkspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The bot stops after a playbook run's change is stored and before its messages reach the outbox: the change is
 * stored here as the actions store it, and nothing shows it. Recovery then gives the room exactly what it missed,
 * once: the next step posted, the finished step's message updated, the finish said, the summary refreshed; a post the
 * interrupted showing did make is not made again, only remembered. Recovery again sends nothing.
 */
class PlaybookRecoveryIntegrationTests extends SlackJourneyTest {

    @Autowired
    List<GatheredChanges> gathered;
    @Autowired
    PlaybookRuns runs;
    @Autowired
    PlaybookRunStore store;
    @Autowired
    Engine engine;
    @Autowired
    PlaybookRoles roles;
    @Autowired
    Incidents incidents;
    @Autowired
    SlackRecovery recovery;
    @Autowired
    SlackGateway gateway;
    @Autowired
    StepMessages stepMessages;

    PlaybookJourneys walk;

    @BeforeEach
    void connect() {
        walk = new PlaybookJourneys(slack, requests, port, () -> runs);
    }

    @Test
    void aStepDoneButNeverShownIsClosedAndTheNextPostedOnRecoveryOnce() {
        Started started = start("Website flooded again", "S3", "dos", "walk-test");
        String room = started.room();
        String runId = started.runId();
        StepMessage ack = walk.stepMessage(runId, "ack");
        await().until(() -> summaryUpdates(room).anyMatch(blocks -> blocks.contains("0 of 7 steps over")));
        recovery.recover();
        assertRecoveryAgainSendsNothingTo(room);

        storedButNotShown(runId, actor -> new Action.Complete(actor, "ack", Map.of()));
        Calls missed = recoverIn(room);

        assertThat(missed.posts()).singleElement().asString().contains("Call the ISP", "|isp\"");
        assertThat(walk.stepMessage(runId, "isp").ts()).isNotBlank();
        assertThat(missed.updates()).as("the step's message and the summary").hasSize(2);
        assertThat(onlyUpdateOf(ack)).contains("Done by <@" + SECOND_RESPONDER + ">").doesNotContain("playbook_complete");
        assertThat(summaryUpdates(room)).last().asString().contains("1 of 7 steps over. Now: Call the ISP");
        assertRecoveryAgainSendsNothingTo(room);
    }

    @Test
    void aPostMadeBeforeTheStopIsRememberedNotMadeAgain() {
        Started started = start("Website flooded once more", "S3", "dos", "walk-test");
        String room = started.room();
        String runId = started.runId();
        walk.click(SECOND_RESPONDER, walk.stepMessage(runId, "ack"), "playbook_complete", runId);
        StepMessage isp = walk.stepMessage(runId, "isp");

        storedButNotShown(runId, actor -> new Action.Skip(actor, "isp", "The ISP hotline is closed on Sundays"));
        PostedMessage madeBeforeTheStop = postAsTheStoppedBotDid(runId, "ongoing");
        Calls missed = recoverIn(room);

        assertThat(walk.stepMessage(runId, "ongoing").ts()).isEqualTo(madeBeforeTheStop.ts());
        assertThat(walk.postsTo(room)).filteredOn(p -> p.contains("|ongoing\"")).hasSize(1);
        assertThat(missed.posts()).isEmpty();
        assertThat(onlyUpdateOf(isp)).contains("Skipped by <@" + SECOND_RESPONDER + ">", "closed on Sundays");
        assertRecoveryAgainSendsNothingTo(room);
    }

    @Test
    void aRunFinishedButNeverShownSaysSoOnRecovery() {
        Started started = start("Odd host again", "S4", "other", "inputs-test");
        String room = started.room();
        String runId = started.runId();
        StepMessage check = walk.stepMessage(runId, "check");

        storedButNotShown(runId, actor -> new Action.ProvideInputs(actor, Map.of("__host__", "web01")));
        storedButNotShown(runId, actor -> new Action.Complete(actor, "check", Map.of()));
        assertThat(runs.find(runId).orElseThrow().finished()).isTrue();
        Calls missed = recoverIn(room);

        assertThat(missed.posts()).singleElement().asString()
                .contains("*Inputs test* is finished");
        assertThat(onlyUpdateOf(check)).contains("Done by <@" + RESPONDER + ">");
        assertRecoveryAgainSendsNothingTo(room);
    }

    record Started(String room, String runId) {
    }

    /** An incident declared and the playbook started in its room. */
    private Started start(String title, String severity, String category, String playbook) {
        String incidentId = journeys.declareByCommand(RESPONDER,
                Forms.declaration(title, severity, category, "AMBER", false, false));
        String room = journeys.roomOf(incidentId);
        assertThat(walk.command(RESPONDER, room, "playbook " + playbook)).contains("started");
        return new Started(room, incidentId + "/" + playbook);
    }

    /** The blocks of the message's one update. */
    private String onlyUpdateOf(StepMessage m) {
        assertThat(walk.updatesOf(m)).hasSize(1);
        return FakeSlackWorkspace.json(walk.updatesOf(m).get(0), "blocks").toString();
    }

    /** Runs recovery; what it posted to and updated in the room, the summary it gathered shown too. */
    private Calls recoverIn(String room) {
        showGathered();
        Calls before = Calls.in(slack, room);
        recovery.recover();
        showGathered();
        return Calls.in(slack, room).since(before);
    }

    /** Shows the summaries gathered so far at once, rather than within the next 2 s. */
    private void showGathered() {
        gathered.forEach(GatheredChanges::showGathered);
    }

    private void assertRecoveryAgainSendsNothingTo(String room) {
        assertThat(recoverIn(room)).as("recovery again").isEqualTo(new Calls(List.of(), List.of()));
    }

    /** Applies the action as the bot does and stores the new state, then stops: nothing is logged or shown. */
    private void storedButNotShown(String runId, Function<Actor, Action> action) {
        PlaybookRun run = runs.find(runId).orElseThrow();
        Incident incident = incidents.find(run.incidentId()).orElseThrow();
        String user = run.playbook().id().equals("inputs-test") ? RESPONDER : SECOND_RESPONDER;
        Outcome outcome = engine.apply(run.playbook(), run.state(),
                action.apply(roles.actor(incident, run.playbook(), user)), Instant.now());
        assertThat(outcome.refused()).as(outcome.events().toString()).isFalse();
        assertThat(store.advance(runId, run.version(), RunStateJson.write(outcome.state()), outcome.state().finished(),
                outcome.state().updatedAt())).isTrue();
    }

    /** The step's post as the showing made it before the bot stopped: sent under its key, not remembered with the run. */
    private PostedMessage postAsTheStoppedBotDid(String runId, String stepId) {
        PlaybookRun run = runs.find(runId).orElseThrow();
        Incident incident = incidents.find(run.incidentId()).orElseThrow();
        var step = run.playbook().step(stepId).orElseThrow();
        return gateway.post(PlaybookNotices.key("step", run, stepId, run.round(stepId), StepMessage.ROOM),
                incident.room().channelId(), stepMessages.fallback(Locale.ENGLISH, run, step),
                stepMessages.open(Locale.ENGLISH, incident, run, step, null));
    }

    private java.util.stream.Stream<String> summaryUpdates(String room) {
        return slack.calls("chat.update").stream().filter(u -> room.equals(u.get("channel")))
                .map(u -> String.valueOf(u.get("blocks"))).filter(blocks -> blocks.contains("Playbooks"));
    }

    /** The messages posted to and updated in a room so far, each as its text and blocks. */
    record Calls(List<String> posts, List<String> updates) {

        static Calls in(FakeSlackWorkspace slack, String room) {
            return new Calls(of(slack, "chat.postMessage", room), of(slack, "chat.update", room));
        }

        private static List<String> of(FakeSlackWorkspace slack, String method, String room) {
            return slack.calls(method).stream().filter(c -> room.equals(c.get("channel")))
                    .map(c -> c.get("text") + " " + c.getOrDefault("blocks", "")).toList();
        }

        Calls since(Calls before) {
            return new Calls(posts.subList(before.posts.size(), posts.size()),
                    updates.subList(before.updates.size(), updates.size()));
        }
    }
}
