package org.csirtbot.blackbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.csirtbot.sandbox.workspace.SlackWorkspace.Fault;
import org.csirtbot.sandbox.workspace.WorkspaceModel;
import org.csirtbot.testkit.TestBot;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The jar on its embedded store (CSIRTBOT_DATA_DIR): stopped or killed, started again on the same folder. */
class EmbeddedStoreIT extends BlackBoxTest {

    @Test
    void aStoppedBotStartedAgainOnTheSameFolderHasEverything() {
        JarBot bot = httpBot().start();
        PeopleInSlack people = new PeopleInSlack(slack, bot);
        String reportId = people.report(TestBot.EMPLOYEE, "My laptop was stolen from the car");
        String incidentId = people.declareFromTriage(reportId, TestBot.RESPONDER, "Stolen laptop");
        String room = people.roomOf(incidentId);
        assertThat(people.incidentCommand(TestBot.RESPONDER, room, "note Laptop was encrypted (BitLocker)")).isNotBlank();
        await().until(() -> people.logKinds(incidentId).contains("note_added"));
        List<String> log = people.logKinds(incidentId);

        bot.stop();
        bot.start();

        assertThat(people.api("/api/reports/" + reportId).path("description").asText())
                .isEqualTo("My laptop was stolen from the car");
        assertThat(people.incident(incidentId).path("title").asText()).isEqualTo("Stolen laptop");
        assertThat(people.logKinds(incidentId)).containsExactlyElementsOf(log);
        assertThat(people.api("/api/incidents/" + incidentId + "/log/verify").path("valid").asBoolean()).isTrue();
        String next = people.report(TestBot.EMPLOYEE, "Another one");
        assertThat(next).isNotEqualTo(reportId).endsWith("000002");
        assertThat(roomsIn()).hasSize(1);
    }

    @Test
    void aBotKilledWhileOpeningTheRoomFinishesItWithOneChannelWhenStartedAgain() {
        slack.faultyMethods("conversations.create");
        slack.slowDelay(Duration.ofSeconds(60));
        slack.injectFaults(1.0, 1L, Fault.SLOW);
        JarBot bot = httpBot().start();
        PeopleInSlack people = new PeopleInSlack(slack, bot);
        String reportId = people.report(TestBot.EMPLOYEE, "Ransom note on the file server");
        people.triagePost(reportId);
        people.startDeclaringFromTriage(reportId, TestBot.RESPONDER, "Ransomware on file servers");

        await().until(() -> !roomsIn().isEmpty()); // Slack made the channel; the bot has not heard back
        bot.kill();
        slack.stopFaults();
        bot.start();

        JsonNode incident = await().until(() -> people.api("/api/incidents").path(0),
                i -> i.path("room").path("summaryPinned").asBoolean());
        List<WorkspaceModel.Channel> rooms = roomsIn();
        assertThat(rooms).hasSize(1);
        assertThat(rooms.get(0).members()).contains(TestBot.RESPONDER, TestBot.SECOND_RESPONDER);
        assertThat(slack.pins(rooms.get(0).id())).hasSize(1);
        assertThat(incident.path("room").path("channelId").asText()).isEqualTo(rooms.get(0).id());
        assertThat(people.logKinds(incident.path("id").asText())).containsSubsequence("declared", "channel_created",
                "members_invited", "topic_set", "summary_posted", "summary_pinned");
    }

    private List<WorkspaceModel.Channel> roomsIn() {
        return slack.channels().stream().filter(c -> c.name().startsWith("inc-")).toList();
    }
}
