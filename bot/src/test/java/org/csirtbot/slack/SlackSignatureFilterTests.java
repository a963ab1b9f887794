package org.csirtbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** Slack's published test vector, and the time window in both directions. */
class SlackSignatureFilterTests {

    private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    private static final String TIMESTAMP = "1531420618";
    private static final String SIGNATURE = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
    private static final byte[] BODY = ("token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow"
            + "&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect"
            + "&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN"
            + "&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c").getBytes(StandardCharsets.UTF_8);

    private static SlackSignatureFilter at(long epochSecond) {
        return new SlackSignatureFilter(SECRET, Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC));
    }

    @Test
    void acceptsSlacksOwnExample() {
        assertThat(at(1531420618L + 10).signedBySlack(TIMESTAMP, SIGNATURE, BODY)).isTrue();
    }

    @Test
    void refusesAChangedBodyOrSignature() {
        byte[] changed = BODY.clone();
        changed[0] = 'T';
        assertThat(at(1531420618L).signedBySlack(TIMESTAMP, SIGNATURE, changed)).isFalse();
        assertThat(at(1531420618L).signedBySlack(TIMESTAMP, SIGNATURE.replace('a', 'b'), BODY)).isFalse();
    }

    @Test
    void refusesTimestampsMoreThanFiveMinutesOldOrAhead() {
        assertThat(at(1531420618L + 301).signedBySlack(TIMESTAMP, SIGNATURE, BODY)).isFalse();
        assertThat(at(1531420618L - 301).signedBySlack(TIMESTAMP, SIGNATURE, BODY)).isFalse();
        assertThat(at(1531420618L - 299).signedBySlack(TIMESTAMP, SIGNATURE, BODY)).isTrue();
    }

    @Test
    void refusesMissingOrMalformedHeaders() {
        assertThat(at(1531420618L).signedBySlack(null, SIGNATURE, BODY)).isFalse();
        assertThat(at(1531420618L).signedBySlack(TIMESTAMP, null, BODY)).isFalse();
        assertThat(at(1531420618L).signedBySlack("yesterday", SIGNATURE, BODY)).isFalse();
    }
}
