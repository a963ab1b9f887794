package org.csirtbot.slack.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;

class ChannelPaceTests {

    private final RateLimiterConfig oneASecond = RateLimiterConfig.custom().limitForPeriod(1)
            .limitRefreshPeriod(Duration.ofSeconds(1)).timeoutDuration(Duration.ZERO).build();

    @Test
    void aSecondMessageToTheSameConversationWithinTheSecondWaits() {
        ChannelPace pace = new ChannelPace(oneASecond, 10);
        pace.waitFor("C0ROOM001");
        pace.waitFor("C0ROOM002");

        assertThatThrownBy(() -> pace.waitFor("C0ROOM001")).isInstanceOf(RequestNotPermitted.class);
    }

    @Test
    void onlyTheMostRecentlyUsedConversationsAreKept() {
        ChannelPace pace = new ChannelPace(oneASecond, 3);
        pace.waitFor("D0KEPT001");
        IntStream.range(0, 2).forEach(i -> pace.waitFor("D0OTHER0" + i));
        assertThatThrownBy(() -> pace.waitFor("D0KEPT001")).isInstanceOf(RequestNotPermitted.class);

        IntStream.range(2, 6).forEach(i -> pace.waitFor("D0OTHER0" + i));

        assertThat(pace.kept()).isEqualTo(3);
        pace.waitFor("D0KEPT001"); // forgotten, so it starts afresh
    }
}
