package org.csirtbot.report.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import org.csirtbot.slack.Texts;
import org.csirtbot.slack.UserLocales;
import org.csirtbot.slack.gateway.SlackGateway;
import org.csirtbot.testkit.BotMessages;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import com.slack.api.bolt.App;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;

/**
 * When so many report forms are opening that no more can wait (issue 16: the ack benchmark at 100 requests a second
 * made Bolt answer HTTP 500 to /report), the person is answered at once, in their language, to try again.
 */
class ReportFormsBusyTests {

    private final UserLocales locales = mock(UserLocales.class);
    private final Executor full = task -> {
        throw new RejectedExecutionException("no more forms can wait");
    };

    @Test
    void slashReportIsAnsweredWithTryAgainWhenNoMoreFormsCanWait() throws Exception {
        when(locales.now(any())).thenReturn(Locale.ENGLISH);

        Response response = report();

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getBody()).contains("Many people are reporting right now", "/report");
    }

    @Test
    void inJapaneseForSomeoneWhoseSlackIsInJapanese() throws Exception {
        when(locales.now(any())).thenReturn(Locale.JAPANESE);

        assertThat(report().getBody()).contains("いま多くの方が報告しているため");
    }

    private Response report() throws Exception {
        App app = mock(App.class);
        new ReportSlashCommand(mock(SlackGateway.class), mock(ReportModal.class), locales, full,
                new Texts(BotMessages.messages())).register(app);
        ArgumentCaptor<SlashCommandHandler> handler = ArgumentCaptor.forClass(SlashCommandHandler.class);
        verify(app).command(eq("/report"), handler.capture());
        String body = "command=%2Freport&text=&user_id=U0EMPLOY1&channel_id=C0GENERAL&trigger_id="
                + URLEncoder.encode("1.2.abc", StandardCharsets.UTF_8);
        var request = new SlashCommandRequest(body, new RequestHeaders(Map.of()));
        return handler.getValue().apply(request, request.getContext());
    }
}
