package org.csirtbot.triage.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.csirtbot.testkit.SlackJourneyTest;
import org.csirtbot.testkit.TestBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The operator is warned when the triage or executive channel is public, and told when Slack will not say. */
@ExtendWith(OutputCaptureExtension.class)
class ConfiguredChannelsCheckIntegrationTests extends SlackJourneyTest {

    @Autowired
    ConfiguredChannelsCheck check;

    @Test
    void aPublicTriageChannelIsWarnedAboutAndAPrivateExecutiveChannelIsNot(CapturedOutput output) {
        check.check();

        assertThat(output.getAll()).contains("CSIRTBOT_TRIAGE_CHANNEL " + TestBot.TRIAGE + " is a public channel")
                .doesNotContain("CSIRTBOT_EXEC_CHANNEL " + TestBot.EXEC_CHANNEL);
    }

    @Test
    void aChannelSlackWillNotDescribeIsNamed(CapturedOutput output) {
        slack.givenErrorOnce("conversations.info", "channel_not_found");

        check.check();

        assertThat(output.getAll()).contains("Cannot tell whether CSIRTBOT_TRIAGE_CHANNEL " + TestBot.TRIAGE
                + " is private", "channel_not_found");
    }
}
