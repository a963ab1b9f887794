package org.csirtbot.slack.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.csirtbot.testkit.HostileInputSuite;
import org.csirtbot.testkit.TestBot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The rest of the bad-input guarantee ({@link GeneratedBadInputIntegrationTests} covers {@code /report}, declaring
 * and triage): generated hostile inputs through everything inside an incident's room. Every {@code /incident}
 * subcommand, every form the bot opens there (decision, decision review, lessons, each playbook form), every button
 * it posts (decision approvals, playbook steps, suggestions' Start) and every timeline event (reactions, messages,
 * edits, deletions), each request checked against the same invariants ({@link FuzzBarrage}): no 5xx, 401 for exactly
 * what is unsigned, no live mention or link in anything the bot sends, Block Kit limits, no error logged, no report
 * or incident created, every command answered. The forms and buttons are learnt from what the bot itself opened and
 * posted ({@link FuzzHarvest}), so most inputs carry its real metadata and reach the handlers' own checks. Finally
 * every entry point was reached, and the log of every incident still verifies (its hash chain holds whatever text,
 * unpaired surrogates included, went into it).
 * <p>
 * The seed is printed; {@code -Dcsirtbot.fuzz.seed=<seed>} repeats a run (the same property as the other class),
 * {@code -Dcsirtbot.fuzz.scale=<factor>} sends more or fewer.
 */
@HostileInputSuite
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GeneratedRoomBadInputIntegrationTests {

    static final long SEED = Long.getLong("csirtbot.fuzz.seed", System.nanoTime());
    /** The entry points inside rooms, as each case names its own; the last test checks each was reached. */
    static final List<String> ENTRY_POINTS = entryPoints();

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext app;

    private FuzzRun run;
    private final FuzzHarvest harvest = new FuzzHarvest();
    private final List<String> rooms = new ArrayList<>();
    private FuzzRoomCommands commands;
    private FuzzRoomForms forms;
    private FuzzRoomEvents events;

    @BeforeAll
    void openRoomsWithEveryFormAndButton() {
        TestBot.resetSlack();
        TestBot.slack().rules().enforceRates(false);
        run = new FuzzRun(SEED, TestBot.slack(), port, app);
        commands = new FuzzRoomCommands(run);
        forms = new FuzzRoomForms(run, harvest);
        events = new FuzzRoomEvents(run);
        new FuzzRooms(run, harvest).open(rooms);
        run.observer = harvest::learn;
        run.listen(getClass().getSimpleName());
    }

    @AfterAll
    void stopListening() {
        TestBot.slack().rules().enforceRates(true);
        run.appLog.detach();
    }

    @Test
    @Order(1)
    void everySubcommandInARoomAnswersPolitely() {
        barrage("room commands", 11, 700, gen -> commands.roomCommand(gen, rooms));
    }

    @Test
    @Order(2)
    void everyFormOfARoomTakesOnlyWhatIsValid() {
        assertThat(harvest.views.keySet()).as("forms the bot opened in the rooms").containsAll(FuzzRooms.FORMS);
        barrage("room forms", 12, 700, forms::submission);
    }

    @Test
    @Order(3)
    void everyButtonOfARoomActsOnlyForWhoMay() {
        barrage("room buttons", 13, 700, forms::click);
    }

    @Test
    @Order(4)
    void timelineEventsWithHostileTextAreLoggedAsTheyCame() {
        barrage("room events", 14, 500, gen -> events.event(gen, rooms));
    }

    @Test
    @Order(5)
    void everyEntryPointWasReachedAndEveryIncidentLogStillVerifies() {
        System.out.printf("%s: signed requests per entry point %s%n", getClass().getSimpleName(), run.reached);
        assertThat(run.reached.keySet()).as("entry points reached (seed %d)", SEED).containsAll(ENTRY_POINTS);
        FuzzLogs logs = FuzzLogs.read(port, run.incidentsBefore);
        logs.print(getClass().getSimpleName());
        assertThat(logs.replaced()).as("hostile text with unpaired surrogates reached the logs (seed %d)", SEED)
                .isNotEmpty();
        assertThat(logs.broken()).as("incident logs that no longer verify (seed %d)", SEED).isEmpty();
    }

    private void barrage(String name, int stream, int count, java.util.function.Function<HostileText, FuzzCase> next) {
        FuzzBarrage barrage = new FuzzBarrage(run, name, stream);
        for (int i = 0; i < GeneratedBadInputIntegrationTests.scaled(count); i++) {
            barrage.run(next.apply(barrage.gen));
        }
        barrage.finish();
    }

    private static List<String> entryPoints() {
        List<String> all = new ArrayList<>();
        FuzzRoomCommands.SUBCOMMANDS.forEach(sub -> all.add("/incident " + sub));
        FuzzRooms.FORMS.forEach(form -> all.add("form " + form));
        FuzzRooms.BUTTONS.forEach(button -> all.add("button " + button));
        List.of("reaction_added", "message_changed", "message_deleted", "message").forEach(e -> all.add("event " + e));
        return List.copyOf(all);
    }
}
