package org.csirtbot.playbook.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.csirtbot.testkit.TestBot.RESPONDER;

import java.util.List;
import java.util.Map;

import org.csirtbot.playbook.PlaybookCatalog;
import org.csirtbot.playbook.PlaybookRuns;
import org.csirtbot.playbooks.load.PlaybookLibrary;
import org.csirtbot.playbooks.model.Playbook;
import org.csirtbot.sandbox.workspace.BlockKitLimits;
import org.csirtbot.testkit.Forms;
import org.csirtbot.testkit.PlaybookJourneys;
import org.csirtbot.testkit.SlackJourneyTest;
import org.csirtbot.testkit.SlackJourneys;
import org.csirtbot.testkit.fakeslack.FakeSlackWorkspace;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The playbooks in force in the bot: the built-ins and the test directory's, a refused file named with its place; every
 * one starts in a room (or was started by one it is a sub-playbook of) and shows its first steps within Slack's
 * limits, however long its texts.
 */
class BuiltInPlaybooksIntegrationTests extends SlackJourneyTest {

    @Autowired
    PlaybookCatalog catalog;
    @Autowired
    PlaybookRuns runs;
    @Autowired
    PlaybookLibrary library;

    @Test
    void aRefusedPlaybookFileIsNamedWithItsPlaceAndTheOthersAreInForce() {
        assertThat(catalog.find("broken-test")).isEmpty();
        assertThat(catalog.find("walk-test")).isPresent();
        assertThat(library.problems()).extracting(Object::toString).singleElement().asString()
                .endsWith("playbook-fixtures/broken.yaml:18:16: unknown role 'nobody': declare it under roles: (declared: im)");
    }

    /** Issue 15: the room is told when the playbook's legal content was last reviewed, once, as it starts. */
    @Test
    void aStartedPlaybookSaysInTheRoomWhenItsLegalContentWasLastReviewed() {
        var journeys = new SlackJourneys(slack, requests, port);
        var walk = new PlaybookJourneys(slack, requests, port, () -> runs);
        String incidentId = journeys.declareByCommand(RESPONDER,
                Forms.declaration("Customer list mailed to the wrong address", "S2", "other", "AMBER", false, false));
        String room = journeys.roomOf(incidentId);
        String reviewed = catalog.find("personal-data-breach").orElseThrow().legalReviewed();

        assertThat(walk.command(RESPONDER, room, "playbook personal-data-breach")).contains("started");

        await().until(() -> !legalLines(room).isEmpty());
        assertThat(legalLines(room)).singleElement().asString().contains(reviewed);
        assertThat(reviewed).matches("\\d{4}-\\d{2}-\\d{2}");
    }

    /** The room's lines saying when the personal-data playbook's legal content was reviewed. */
    private List<String> legalLines(String room) {
        return slack.calls("chat.postMessage").stream().filter(c -> room.equals(c.get("channel")))
                .map(c -> c.get("text")).filter(t -> t != null && t.startsWith(":scales:")
                        && (t.contains("personal data breach") || t.contains("個人データ漏えい等"))).toList();
    }

    @Test
    void everyPlaybookStartsAndItsStepsFitSlack() {
        var journeys = new SlackJourneys(slack, requests, port);
        var walk = new PlaybookJourneys(slack, requests, port, () -> runs);
        String incidentId = journeys.declareByCommand(RESPONDER,
                Forms.declaration("Everything at once", "S2", "other", "AMBER", false, false));
        String room = journeys.roomOf(incidentId);
        List<Playbook> all = catalog.all();
        assertThat(all).extracting(Playbook::id).contains("phishing-report", "ddos", "core-close", "walk-test");

        for (Playbook playbook : all) {
            // a sub-playbook (core-intake, core-close) may have been started already by the first playbook that runs it
            assertThat(walk.command(RESPONDER, room, "playbook " + playbook.id())).as(playbook.id())
                    .containsAnyOf("started", "already runs");
            String runId = incidentId + "/" + playbook.id();
            await().until(() -> runs.find(runId).map(r -> !r.messages().isEmpty() || r.finished()).orElse(false));
        }

        await().until(() -> slack.calls("chat.update").stream().anyMatch(u -> all.stream()
                .allMatch(p -> String.valueOf(u.get("blocks")).contains(p.name().en()))
                || String.valueOf(u.get("blocks")).contains("…")));
        List<Map<String, String>> shown = slack.calls("chat.postMessage").stream()
                .filter(c -> room.equals(c.get("channel"))).toList();
        assertThat(shown).hasSizeGreaterThan(all.size());
        for (Map<String, String> call : shown) {
            if (call.containsKey("blocks")) {
                assertThat(BlockKitLimits.checkMessage(call.get("text"), FakeSlackWorkspace.json(call, "blocks")))
                        .as(call.get("text")).isEmpty();
            } else { // a plain line, such as when the playbook's legal content was last reviewed
                assertThat(call.get("text")).hasSizeLessThanOrEqualTo(BlockKitLimits.MAX_MESSAGE_TEXT);
            }
        }
        slack.calls("chat.update").forEach(u -> assertThat(BlockKitLimits.checkMessage(u.get("text"),
                FakeSlackWorkspace.json(u, "blocks"))).isEmpty());
    }
}
