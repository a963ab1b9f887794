package org.csirtbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.csirtbot.slack.gateway.SlackGateway;
import org.csirtbot.slack.gateway.SlackUnreachable;
import org.junit.jupiter.api.Test;

/** The user's Slack language when Slack gives one the bot speaks, otherwise CSIRTBOT_LOCALE. */
class UserLocalesTests {

    private final SlackGateway slack = mock(SlackGateway.class);

    private UserLocales withDefault(String locale) {
        return new UserLocales(slack, new CsirtbotProperties(null, null, List.of(), List.of(),
                Locale.forLanguageTag(locale), "pushpin"),
                Clock.systemUTC());
    }

    @Test
    void aJapaneseSlackUserIsSpokenToInJapanese() {
        when(slack.userLocale("U1")).thenReturn(Locale.forLanguageTag("ja-JP"));
        assertThat(withDefault("en").of("U1")).isEqualTo(Locale.JAPANESE);
    }

    @Test
    void aLanguageTheBotDoesNotSpeakFallsBackToTheConfiguredDefault() {
        when(slack.userLocale("U2")).thenReturn(Locale.forLanguageTag("fr-FR"));
        assertThat(withDefault("ja").of("U2")).isEqualTo(Locale.forLanguageTag("ja"));
    }

    @Test
    void whenSlackCannotSayTheDefaultIsUsed() {
        when(slack.userLocale("U3")).thenThrow(new SlackUnreachable("users.info", "timeout", null));
        assertThat(withDefault("ja").of("U3")).isEqualTo(Locale.forLanguageTag("ja"));
    }

    @Test
    void anUnsupportedDefaultMeansEnglish() {
        assertThat(withDefault("de").fallback()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void asksSlackOncePerUserAndHour() {
        when(slack.userLocale("U4")).thenReturn(Locale.forLanguageTag("en-US"));
        UserLocales locales = withDefault("ja");
        locales.of("U4");
        locales.of("U4");
        verify(slack, times(1)).userLocale("U4");
    }

    @Test
    void whileSlackHangsAtMostTheBoundedQueueOfLookupsWaitsAndEveryoneIsAnsweredInTheDefaultAtOnce() {
        var slackAnswers = new java.util.concurrent.CountDownLatch(1);
        var asked = new java.util.concurrent.atomic.AtomicInteger();
        when(slack.userLocale(org.mockito.ArgumentMatchers.anyString())).thenAnswer(call -> {
            asked.incrementAndGet();
            slackAnswers.await();
            return Locale.JAPANESE;
        });
        UserLocales locales = withDefault("en");
        int people = UserLocales.LOOKUP_QUEUE * 3;

        for (int i = 0; i < people; i++) {
            assertThat(locales.now("U" + i)).isEqualTo(Locale.ENGLISH);
        }
        slackAnswers.countDown();

        // a lookup asked now queues behind every one still waiting: once it is answered, they all have run
        org.awaitility.Awaitility.await().until(() -> locales.of("ULAST").equals(Locale.JAPANESE));
        assertThat(asked.get()).as("two running and the queue's worth waiting while Slack hung, then the last")
                .isLessThanOrEqualTo(UserLocales.LOOKUP_QUEUE + 3);
    }
}
