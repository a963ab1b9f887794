package org.csirtbot.bench.wave;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import org.csirtbot.bench.harness.Http;

/** Reading the triage channel from the fake Slack's stats, as the wave does to know when every report is shown. */
class TriageViewTests {

    @Test
    void aCampaignMessageCountsItsReportsForTheGroupWhoseMailItShows() throws Exception {
        TriageView view = TriageView.of(stats("""
                {"ts":"1.1","text":"Campaign CMP-2026-0001: 3 reports","blocks":[{"type":"section","text":{"type":"mrkdwn",
                  "text":"*What the reports share*\\n```url:https://login.c00-mailbox-verify.com/session/verify```"}}]},
                {"ts":"1.2","text":"New report RPT-2026-000004","blocks":[{"text":"https://files.n0000-share-docs.net/d/0"}]},
                {"ts":"1.3","text":"New report RPT-2026-000005","blocks":[{"text":"https://login.c01-mailbox-verify.com/x"}]}
                """), "C0TRIAGE1");

        assertThat(view.messages()).isEqualTo(3);
        assertThat(view.campaigns()).isEqualTo(1);
        assertThat(view.shown()).containsExactlyInAnyOrderEntriesOf(Map.of("c0", 3, "n0", 1, "c1", 1));
        assertThat(view.reflects(Map.of("c0", 3, "n0", 1, "c1", 1))).isTrue();
        assertThat(view.reflects(Map.of("c0", 4, "n0", 1, "c1", 1))).as("one report of c0 not counted yet").isFalse();
        assertThat(view.reflected(Map.of("c0", 4, "n0", 1, "c1", 1))).isEqualTo(5);
    }

    @Test
    void aReportsOwnMessageDoesNotCountOnceItsCampaignHasAMessageAndCountsAreReadWithSeparators() throws Exception {
        TriageView view = TriageView.of(stats("""
                {"ts":"1.1","text":"New report RPT-2026-000001","blocks":[{"text":"login.c00-mailbox-verify.com"}]},
                {"ts":"1.2","text":"Campaign CMP-2026-0002: 1,234 reports","blocks":[{"text":"c00-mailbox-verify.com"}]}
                """), "C0TRIAGE1");

        assertThat(view.shown()).containsExactlyEntriesOf(Map.of("c0", 1234));
        assertThat(view.largest()).isEqualTo(1234);
        assertThat(view.reflected(Map.of("c0", 1000))).as("more than expected counts as expected").isEqualTo(1000);
        assertThat(view.reflects(Map.of("c0", 1000))).as("but is not what was expected").isFalse();
    }

    @Test
    void messagesOfMailTheWaveDidNotSendCountAsMessagesOnly() throws Exception {
        TriageView view = TriageView.of(stats("""
                {"ts":"1.1","text":"Campaign CMP-2026-0001: 20 reports","blocks":[{"text":"evil.example.net"}]},
                {"ts":"1.2","text":"New report RPT-2026-000098","blocks":[]},
                {"ts":"1.3","text":"Campaign CMP-2026-0003: 5 reports","blocks":[{"text":"warmup.bench-warmup-mailer.com"}]}
                """), "C0TRIAGE1");

        assertThat(view.messages()).isEqualTo(3);
        assertThat(view.shown()).containsExactlyEntriesOf(Map.of("warmup", 5));
        assertThat(view.largest()).isEqualTo(20);
    }

    private static JsonNode stats(String messages) throws Exception {
        return Http.JSON.readTree("{\"channels\":{\"C0TRIAGE1\":{\"name\":\"csirt-triage\",\"messages\":[" + messages
                + "]}}}");
    }
}
