package org.csirtbot.report.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.csirtbot.report.CapturedMessage;
import org.junit.jupiter.api.Test;

/** The reported message rides in the form's private metadata, which Slack limits to 3000 characters. */
class CapturedMessageMetadataTests {

    @Test
    void aMessageComesBackAsItWent() {
        CapturedMessage message = new CapturedMessage("CGENERAL1", "UWRITER01", "1599529504.000400",
                "https://subarachnoid.slack.com/archives/CGENERAL1/p1599529504000400", "ログイン: <https://x.example|x> &amp;");

        assertThat(CapturedMessageMetadata.read(CapturedMessageMetadata.write(message))).contains(message);
    }

    @Test
    void aLongTextIsCutToFitWithAnEllipsis() {
        CapturedMessage message = new CapturedMessage("C1", "U1", "1.2", null, "\"長い\"\n".repeat(2000));

        String written = CapturedMessageMetadata.write(message);

        assertThat(written.length()).isLessThanOrEqualTo(CapturedMessageMetadata.MAX);
        CapturedMessage back = CapturedMessageMetadata.read(written).orElseThrow();
        assertThat(back.text()).endsWith("…");
        assertThat(message.text()).startsWith(back.text().substring(0, back.text().length() - 1));
        assertThat(back.channel()).isEqualTo("C1");
    }

    @Test
    void metadataThatIsNotAReportedMessageIsNone() {
        assertThat(CapturedMessageMetadata.read(null)).isEmpty();
        assertThat(CapturedMessageMetadata.read("")).isEmpty();
        assertThat(CapturedMessageMetadata.read("INC-2026-0001")).isEmpty();
        assertThat(CapturedMessageMetadata.read("{\"channel\":\"C1\"}")).isEmpty();
    }
}
