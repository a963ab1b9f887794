package org.csirtbot.incident.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.Map;

import org.csirtbot.sandbox.workspace.WorkspaceModel;
import org.csirtbot.testkit.FakeSlackDeclarations;
import org.csirtbot.testkit.TestBot;
import org.csirtbot.testkit.fakeslack.FakeSlackWorkspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The bot is installed again on a workspace that still has the rooms of an earlier installation, with a new,
 * empty store: its first incident is again INC-<year>-0001, and Slack answers {@code name_taken} for the room's
 * name. The new room opens at once under the next free name, and the old incident's room is left as it was.
 */
class EarlierInstallationRoomsIntegrationTests {

    private static final String TITLE = "Ransomware on file servers";

    @TempDir
    Path earlierStore;

    @TempDir
    Path newStore;

    private final FakeSlackWorkspace slack = new FakeSlackWorkspace().start();

    @AfterEach
    void stop() {
        slack.close();
    }

    @Test
    void aNewIncidentWithAnOldIncidentsIdOpensItsOwnRoomAtOnceAndLeavesTheOldRoomAlone() {
        slack.givenChannel(TestBot.TRIAGE, "csirt-triage", false, TestBot.RESPONDER);
        String expectedId = "INC-" + Year.now(ZoneOffset.UTC) + "-0001";
        String name = expectedId.toLowerCase() + "-ransomware-on-file-servers";
        WorkspaceModel.Channel oldRoom;
        try (ConfigurableApplicationContext earlier = start(earlierStore)) {
            assertThat(FakeSlackDeclarations.declareAndOpenTheRoom(slack, TestBot.port(earlier), TITLE))
                    .isEqualTo(expectedId);
            oldRoom = slack.channelByName(name).orElseThrow();
        }
        int oldMessages = slack.messages(oldRoom.id()).size();
        int lookups = slack.count("conversations.list");

        try (ConfigurableApplicationContext installedAgain = start(newStore)) {
            String incident = FakeSlackDeclarations.declareAndOpenTheRoom(slack, TestBot.port(installedAgain), TITLE);

            JsonNode room = TestBot.api(TestBot.port(installedAgain), "/api/incidents/" + incident).body().path("room");
            assertThat(incident).isEqualTo(expectedId);
            assertThat(room.path("channelName").asText()).isEqualTo(name + "-2");
            assertThat(room.path("channelId").asText()).isNotEqualTo(oldRoom.id());
            assertThat(slack.pins(room.path("channelId").asText())).hasSize(1);
            // a first attempt's name_taken is never this room's own channel: nothing to look up, no wait
            assertThat(slack.count("conversations.list")).isEqualTo(lookups);
        }
        assertThat(slack.channel(oldRoom.id())).contains(oldRoom);
        assertThat(slack.messages(oldRoom.id())).hasSize(oldMessages);
    }

    /** The bot with the production rate limits (the tests' shared settings raise them). */
    private ConfigurableApplicationContext start(Path store) {
        Map<String, String> properties = TestBot.httpModeProperties(slack.baseUrl(), store);
        properties.keySet().removeIf(key -> key.startsWith("resilience4j.ratelimiter."));
        return TestBot.start(properties);
    }
}
