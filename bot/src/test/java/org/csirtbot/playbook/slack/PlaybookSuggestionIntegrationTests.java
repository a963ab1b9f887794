package org.csirtbot.playbook.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.csirtbot.testkit.TestBot.RESPONDER;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.csirtbot.playbook.PlaybookRuns;
import org.csirtbot.sandbox.workspace.BlockKitLimits;
import org.csirtbot.testkit.Forms;
import org.csirtbot.testkit.PlaybookJourneys;
import org.csirtbot.testkit.SlackJourneyTest;
import org.csirtbot.testkit.fakeslack.FakeSlackWorkspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The playbook that fits a declared incident's category is suggested in its room, and Start starts it. */
class PlaybookSuggestionIntegrationTests extends SlackJourneyTest {

    @Autowired
    PlaybookRuns runs;
    PlaybookJourneys walk;

    @BeforeEach
    void connect() {
        walk = new PlaybookJourneys(slack, requests, port, () -> runs);
    }

    @Test
    void theFittingPlaybookIsSuggestedAndTheCommanderStartsItFromTheSuggestion() {
        String incidentId = journeys.declareByCommand(RESPONDER,
                Forms.declaration("Web shop down", "S2", "dos", "AMBER", false, false));
        String room = journeys.roomOf(incidentId);

        await().until(() -> suggestion(room) != null);
        Map<String, String> suggestion = suggestion(room);
        assertThat(suggestion.get("text")).contains("*DoS walk test* (`walk-test`)");
        assertThat(Forms.actionIds(FakeSlackWorkspace.json(suggestion, "blocks"))).contains("playbook_start_walk-test");
        assertThat(BlockKitLimits.checkMessage(suggestion.get("text"), FakeSlackWorkspace.json(suggestion, "blocks"))).isEmpty();

        requests.click(RESPONDER, room, "1700000000.000200", "playbook_start_walk-test",
                incidentId + "|walk-test");

        await().until(() -> walk.toldIn(room, RESPONDER).stream().anyMatch(t -> t.contains("*DoS walk test* started")));
        assertThat(walk.entries(incidentId, "playbook_started")).singleElement()
                .satisfies(e -> assertThat(e.path("actor").asText()).isEqualTo(RESPONDER));
        assertThat(walk.stepMessage(incidentId + "/walk-test", "ack").channel()).isEqualTo(room);
        assertThat(runs.ofIncident(incidentId)).singleElement()
                .satisfies(run -> assertThat(run.state().severity().name()).isEqualTo("S2"));
    }

    @Test
    void onlyPlaybooksThatFitAreSuggestedAndTheListNamesThemFirst() {
        String incidentId = journeys.declareByCommand(RESPONDER,
                Forms.declaration("Odd process on a laptop", "S3", "malware", "AMBER", false, false));
        String room = journeys.roomOf(incidentId);

        String list = walk.command(RESPONDER, room, "playbook");

        assertThat(list).contains("*Playbooks* for " + incidentId).doesNotContain("broken-test");
        List<String> items = list.lines().skip(1).toList();
        assertThat(items).contains("• `walk-test` DoS walk test");
        assertThat(items.stream().map(l -> l.contains("fits this incident")).toList()).startsWith(true)
                .isSortedAccordingTo(Comparator.reverseOrder());
        await().until(() -> suggestion(room) != null);
        assertThat(suggestion(room).get("blocks")).doesNotContain("walk-test");
    }

    private Map<String, String> suggestion(String room) {
        return journeys.postsTo(room).stream().filter(p -> String.valueOf(p.get("blocks")).contains("playbook_start"))
                .findFirst().orElse(null);
    }
}
