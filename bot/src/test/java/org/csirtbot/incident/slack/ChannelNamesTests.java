package org.csirtbot.incident.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChannelNamesTests {

    @Test
    void namesTheRoomAfterTheIncidentAndASlugOfItsTitle() {
        assertThat(ChannelNames.forIncident("INC-2026-0007", "Phishing wave: CEO fraud mails!"))
                .isEqualTo("inc-2026-0007-phishing-wave-ceo-fraud-mails");
    }

    @Test
    void keepsJapaneseLettersAndFoldsFullWidthCharacters() {
        assertThat(ChannelNames.forIncident("INC-2026-0008", "ＶＰＮ 機器への不正アクセス"))
                .isEqualTo("inc-2026-0008-vpn-機器への不正アクセス");
    }

    @Test
    void dropsMentionsPunctuationAndEmoji() {
        assertThat(ChannelNames.forIncident("INC-2026-0009", "<!channel> & <@U123> 🔥🔥 leak"))
                .isEqualTo("inc-2026-0009-channel-u123-leak");
    }

    @Test
    void staysWithinEightyCharactersWithoutATrailingDash() {
        String name = ChannelNames.forIncident("INC-2026-0010", "a".repeat(60) + " b" + "c".repeat(40));
        assertThat(name.codePointCount(0, name.length())).isLessThanOrEqualTo(ChannelNames.MAX);
        assertThat(name).startsWith("inc-2026-0010-aaaa").doesNotEndWith("-");
    }

    @Test
    void aTitleWithNothingUsableGivesTheIdAlone() {
        assertThat(ChannelNames.forIncident("INC-2026-0011", "!!! ??? 🔥")).isEqualTo("inc-2026-0011");
    }

    @Test
    void numbersATakenNameWithinTheLimit() {
        String taken = ChannelNames.forIncident("INC-2026-0012", "x".repeat(100));
        String numbered = ChannelNames.numbered(taken, 2);
        assertThat(numbered).endsWith("-2").startsWith("inc-2026-0012-xxx");
        assertThat(numbered.length()).isLessThanOrEqualTo(ChannelNames.MAX);
    }
}
