package org.csirtbot.triage.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import org.csirtbot.campaigns.CampaignTriage;
import org.csirtbot.incident.slack.Permissions;
import org.csirtbot.report.ReportIntake;
import org.csirtbot.slack.CsirtbotProperties;
import org.csirtbot.slack.Texts;
import org.csirtbot.slack.UserLocales;
import org.csirtbot.slack.gateway.SlackGateway;
import org.csirtbot.testkit.BotMessages;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import com.slack.api.bolt.App;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;

/**
 * A triage button clicked when no more forms can wait to open (issue 16: the ack benchmark made Bolt answer HTTP 500
 * to such clicks from 100 requests a second) is still acknowledged, and nothing is done with it: clicking again works.
 */
class TriageClicksBusyTests {

    @Test
    void aClickIsAcknowledgedWhenNoMoreFormsCanWait() throws Exception {
        Executor full = task -> {
            throw new RejectedExecutionException("no more forms can wait");
        };
        ReportIntake intake = mock(ReportIntake.class);
        SlackGateway slack = mock(SlackGateway.class);
        App app = mock(App.class);
        new TriageActions(slack, intake, mock(Permissions.class), mock(TriageForms.class), mock(UserLocales.class),
                new Texts(BotMessages.messages()), full, mock(CsirtbotProperties.class), mock(CampaignTriage.class),
                mock(TriageChannel.class)).register(app);
        ArgumentCaptor<BlockActionHandler> handler = ArgumentCaptor.forClass(BlockActionHandler.class);
        verify(app).blockAction(eq(TriageMessage.DISMISS), handler.capture());

        String payload = """
                {"type":"block_actions","user":{"id":"U0RESPOND1"},"trigger_id":"1.2.abc",
                 "channel":{"id":"C0TRIAGE1"},"message":{"ts":"1700000000.000100"},
                 "actions":[{"action_id":"triage_dismiss","value":"RPT-2026-000001","action_ts":"1700000001.1"}]}""";
        var request = new BlockActionRequest("payload=" + URLEncoder.encode(payload, StandardCharsets.UTF_8),
                payload, new RequestHeaders(Map.of()));
        Response response = handler.getValue().apply(request, request.getContext());

        assertThat(response.getStatusCode()).isEqualTo(200);
        verifyNoInteractions(intake, slack);
    }
}
