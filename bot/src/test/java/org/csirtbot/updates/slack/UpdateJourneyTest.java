package org.csirtbot.updates.slack;

import org.csirtbot.testkit.SlackJourneyTest;
import org.csirtbot.testkit.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A status update test: the bot on the test clock, with the {@link UpdateSteps} people take. */
abstract class UpdateJourneyTest extends SlackJourneyTest {

    /** The bot under test, whose background work a negative check waits for. */
    @Autowired
    ApplicationContext app;

    final TestClock clock = TestClock.shared();
    UpdateSteps steps;

    @BeforeEach
    final void steps() {
        steps = new UpdateSteps(slack, requests, port);
    }
}
