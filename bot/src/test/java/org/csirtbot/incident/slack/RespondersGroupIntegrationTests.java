package org.csirtbot.incident.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.csirtbot.slack.CsirtbotProperties;
import org.csirtbot.slack.gateway.SlackGateway;
import org.csirtbot.testkit.SlackJourneyTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Responders from a Slack user group ({@code CSIRTBOT_RESPONDERS=S…}) read through the gateway from the fake Slack:
 * while the group cannot be read, its members read last count for half an hour, then no longer (fails closed).
 */
class RespondersGroupIntegrationTests extends SlackJourneyTest {

    private static final String GROUP = "S0CSIRT01";
    private static final String MEMBER = "U0GROUP01";
    private static final String LISTED = "U0LISTED1";

    @Autowired
    SlackGateway gateway;

    private final SettableClock clock = new SettableClock();

    @Test
    void aGroupSlackWillNotListIsTrustedForHalfAnHourThenOnlyTheListedUsersCount() {
        slack.givenUsergroupUsers(GROUP, MEMBER);
        Instant read = Instant.parse("2026-12-07T09:00:00Z");
        clock.now = read;
        SlackResponders responders = new SlackResponders(gateway, new CsirtbotProperties(null, null,
                List.of(LISTED, GROUP), List.of(), Locale.ENGLISH, "pushpin"), clock);
        assertThat(responders.responders()).containsExactly(LISTED, MEMBER);

        slack.givenError("usergroups.users.list", "missing_scope");
        clock.now = read.plus(Duration.ofMinutes(6));
        responders.responders(); // starts a read, which fails
        await().until(() -> slack.count("usergroups.users.list") == 2);
        clock.now = read.plus(SlackResponders.TRUSTED_WHILE_UNREADABLE).minusSeconds(1);
        assertThat(responders.responders()).containsExactly(LISTED, MEMBER);

        clock.now = read.plus(SlackResponders.TRUSTED_WHILE_UNREADABLE);
        assertThat(responders.responders()).containsExactly(LISTED);

        slack.reset();
        slack.givenUsergroupUsers(GROUP, MEMBER);
        // each look comes after the list's 5 minutes: a read begun before the reset may have kept the reset's answer
        await().until(() -> {
            clock.now = clock.now.plus(Duration.ofMinutes(6));
            return responders.responders();
        }, r -> r.contains(MEMBER));
    }

    /** A clock the test moves. */
    private static final class SettableClock extends Clock {

        volatile Instant now = Instant.EPOCH;

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
