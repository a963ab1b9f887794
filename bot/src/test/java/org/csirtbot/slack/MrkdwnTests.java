package org.csirtbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MrkdwnTests {

    @Test
    void escapesTheThreeControlCharactersSoNothingPingsOrDisguisesALink() {
        assertThat(Mrkdwn.escape("<!channel> <@U123> <https://evil.example|bank> a&b"))
                .isEqualTo("&lt;!channel&gt; &lt;@U123&gt; &lt;https://evil.example|bank&gt; a&amp;b");
    }

    @Test
    void cutsLongTextWithAnEllipsisAndNeverInsideAnEntity() {
        String cut = Mrkdwn.escapeAndCut("abcdefg<", 10);
        assertThat(cut).isEqualTo("abcdefg" + Mrkdwn.ELLIPSIS);
        assertThat(cut.length()).isLessThanOrEqualTo(10);
    }

    @Test
    void neverSplitsAnEmoji() {
        String cut = Mrkdwn.cut("ab🔥🔥🔥", 4);
        assertThat(cut).isEqualTo("ab" + Mrkdwn.ELLIPSIS);
    }

    @Test
    void undoesSlacksEscapingOfCommandText() {
        assertThat(Mrkdwn.unescape("a &lt;b&gt; &amp;lt;")).isEqualTo("a <b> &lt;");
    }

    @Test
    void mentionsOnlyWhatIsShapedLikeASlackUserId() {
        assertThat(Mrkdwn.mention("U0CSIRT01")).isEqualTo("<@U0CSIRT01>");
        assertThat(Mrkdwn.mention("W0ENTERPRISE")).isEqualTo("<@W0ENTERPRISE>");
        assertThat(Mrkdwn.mention("U123><!channel")).isEqualTo("U123&gt;&lt;!channel");
        assertThat(Mrkdwn.mention("ucsirt001")).isEqualTo("ucsirt001");
        assertThat(Mrkdwn.mention("")).isEmpty();
        assertThat(Mrkdwn.mention(null)).isEmpty();
    }

    @Test
    void leavesShortTextAlone() {
        assertThat(Mrkdwn.escapeAndCut("日本語 😀", 3000)).isEqualTo("日本語 😀");
    }

    @Test
    void aLinkShowsItsLabelEscapedAndLinksOnlyAPlainHttpsAddress() {
        assertThat(Mrkdwn.link("https://acme.slack.com/files/U1/F1/a.eml", "Invoice <1> & co.eml", 200))
                .isEqualTo("<https://acme.slack.com/files/U1/F1/a.eml|Invoice &lt;1&gt; &amp; co.eml>");
        assertThat(Mrkdwn.link("https://evil.example.com/|<!channel>", "a.eml", 200)).isEqualTo("a.eml");
        assertThat(Mrkdwn.link("javascript:alert(1)", "a.eml", 200)).isEqualTo("a.eml");
        assertThat(Mrkdwn.link(null, "a.eml", 200)).isEqualTo("a.eml");
    }
}
