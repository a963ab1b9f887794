package org.csirtbot.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.csirtbot.sandbox.workspace.WorkspaceModel;
import org.csirtbot.testkit.TestBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workspace that already has rooms from an earlier installation: the jar starts on a new, empty store, so its first
 * incident is INC-&lt;year&gt;-0001 again and Slack answers name_taken for the old incident's room. The new room opens
 * at once under a free name; the old room and its people are left alone.
 */
class EarlierInstallationIT extends BlackBoxTest {

    @TempDir
    Path newStore;

    @Test
    void anOldRoomOfTheSameNameIsNeverReusedAndTheNewRoomOpensAtOnce() {
        JarBot earlier = httpBot().start();
        PeopleInSlack before = new PeopleInSlack(slack, earlier);
        String oldIncident = before.declareFromTriage(before.report(TestBot.EMPLOYEE, "Phishing mail"),
                TestBot.RESPONDER, "Phishing wave");
        String oldRoom = before.roomOf(oldIncident);
        earlier.stop();
        WorkspaceModel.Channel old = slack.channel(oldRoom).orElseThrow();

        JarBot reinstalled = track(JarBot.httpMode(slack.baseUrl(), newStore, logs)).start();
        PeopleInSlack people = new PeopleInSlack(slack, reinstalled);
        String reportId = people.report(TestBot.EMPLOYEE, "Phishing mail again");
        String incidentId = people.declareFromTriage(reportId, TestBot.RESPONDER, "Phishing wave");
        String room = people.roomOf(incidentId);

        assertThat(incidentId).isEqualTo(oldIncident);
        assertThat(room).isNotEqualTo(oldRoom);
        assertThat(slack.channel(room).orElseThrow().name()).isEqualTo(old.name() + "-2");
        assertThat(slack.dm(TestBot.RESPONDER).map(dm -> slack.messages(dm.id())).orElseThrow())
                .as("the declarer is never told the room must wait for the bot to finish it later")
                .noneMatch(m -> m.text().contains("could not be fully set up"));
        assertThat(slack.channel(oldRoom).orElseThrow()).isEqualTo(old);
        assertThat(slack.pins(oldRoom)).hasSize(1);
        assertThat(slack.pins(room)).hasSize(1);
    }
}
