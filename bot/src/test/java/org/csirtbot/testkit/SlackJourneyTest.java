package org.csirtbot.testkit;

import org.csirtbot.testkit.fakeslack.FakeSlackWorkspace;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A test of what people do in Slack against the whole bot ({@link BotIntegrationTest}): the bot's port, the shared
 * fake Slack, requests signed as Slack signs them, and the {@link SlackJourneys} that every such test starts from.
 */
@BotIntegrationTest
public abstract class SlackJourneyTest {

    protected final FakeSlackWorkspace slack = TestBot.slack();

    @LocalServerPort
    protected int port;
    /** Health and metrics: a port of their own. */
    @LocalManagementPort
    protected int managementPort;
    protected SignedSlackRequests requests;
    protected SlackJourneys journeys;

    @BeforeEach
    final void connectToTheBot() {
        requests = new SignedSlackRequests(port, TestBot.SIGNING_SECRET, slack);
        journeys = new SlackJourneys(slack, requests, port);
    }
}
