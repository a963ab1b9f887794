package org.csirtbot.triage.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.csirtbot.report.ReportStatus;
import org.csirtbot.slack.Texts;
import org.csirtbot.testkit.BotMessages;
import org.junit.jupiter.api.Test;

/**
 * A responder who triages a report someone else already handled reads its status in words of their language
 * (issue 15 found 「RPT-2026-000001 はすでに attached です。」, the stored code in a Japanese sentence).
 */
class AlreadyHandledTests {

    private final Texts texts = new Texts(BotMessages.messages());

    @Test
    void inJapaneseTheStatusIsJapanese() {
        assertThat(AlreadyHandled.text(texts, Locale.JAPANESE, "RPT-2026-000001", ReportStatus.ATTACHED))
                .isEqualTo("RPT-2026-000001 はすでにインシデントに追加済みです。変更は行っていません。");
        assertThat(AlreadyHandled.text(texts, Locale.JAPANESE, "RPT-2026-000002", ReportStatus.DISMISSED))
                .isEqualTo("RPT-2026-000002 はすでにインシデントではないとしてクローズ済みです。変更は行っていません。");
        assertThat(AlreadyHandled.text(texts, Locale.JAPANESE, "RPT-2026-000003", null))
                .isEqualTo("RPT-2026-000003 はすでに対応済みです。変更は行っていません。");
    }

    @Test
    void inEnglishTheStatusIsASentence() {
        assertThat(AlreadyHandled.text(texts, Locale.ENGLISH, "RPT-2026-000001", ReportStatus.ATTACHED))
                .isEqualTo("RPT-2026-000001 is already attached to an incident; nothing was changed.");
        assertThat(AlreadyHandled.text(texts, Locale.ENGLISH, "RPT-2026-000002", ReportStatus.DISMISSED))
                .isEqualTo("RPT-2026-000002 is already dismissed as not an incident; nothing was changed.");
    }

    @Test
    void noStatusIsShownAsItIsStoredInEitherLanguage() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.JAPANESE}) {
            for (ReportStatus status : ReportStatus.values()) {
                String label = texts.get(locale, "report.status." + status.code());
                String text = AlreadyHandled.text(texts, locale, "RPT-2026-000009", status);
                assertThat(text).as(locale + " " + status).contains(label).doesNotContain("{1}");
                if (!label.contains(status.code())) {
                    assertThat(text).as(locale + " " + status).doesNotContain(status.code());
                }
            }
        }
    }
}
