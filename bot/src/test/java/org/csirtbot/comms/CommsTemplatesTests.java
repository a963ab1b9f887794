package org.csirtbot.comms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;

import org.csirtbot.incident.Incident;
import org.csirtbot.time.ReadableTimes;
import org.csirtbot.incident.IncidentStatus;
import org.csirtbot.incident.Severity;
import org.csirtbot.incident.Tlp;
import org.csirtbot.report.ReportCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The templates of communications: written as Japanese companies publish notices, in both languages, filled from the incident. */
class CommsTemplatesTests {

    /** 2026-12-06 16:30 UTC is already the 7th in Tokyo. */
    static final Instant DECLARED = Instant.parse("2026-12-06T16:30:00Z");
    static final Instant TODAY = Instant.parse("2026-12-08T01:00:00Z");

    final CommsTemplates tokyo = templates("Asia/Tokyo");

    @ParameterizedTest
    @EnumSource(CommsKind.class)
    void theJapaneseTemplateIsWrittenAsJapaneseCompaniesPublishNotices(CommsKind kind) {
        CommsText template = tokyo.template(kind, "ja");

        assertThat(template.subject()).contains("に関するお知らせとお詫び");
        assertThat(template.text()).contains("お詫び申し上げます", "お問い合わせ窓口");
        assertThat(template.text()).containsSubsequence("1．経緯・概要", "2．影響範囲", "3．", "対応", "4．", "お願い",
                "5．お問い合わせ窓口");
        assertThat(template.text()).contains("【").doesNotContain("[");
    }

    @ParameterizedTest
    @EnumSource(CommsKind.class)
    void theEnglishTemplateHasTheSameStructure(CommsKind kind) {
        CommsText template = tokyo.template(kind, "en");

        assertThat(template.subject()).startsWith("Notice and apology concerning");
        assertThat(template.text()).containsPattern("(?i)apologise");
        assertThat(template.text().toLowerCase()).containsSubsequence("1. what happened", "2. what is affected", "3. ",
                "what we are doing", "4. what we ask of you", "5. inquiries");
        assertThat(template.text()).contains("[").doesNotContain("【");
    }

    @ParameterizedTest
    @EnumSource(CommsKind.class)
    void filledFromTheIncidentNothingIsLeftForTheBotAndItFitsTheForm(CommsKind kind) {
        for (String language : CommsTemplates.LANGUAGES) {
            for (ReportCategory category : ReportCategory.values()) {
                CommsText filled = tokyo.fill(kind, language, incident("Phishing wave", category, Tlp.GREEN, false));

                assertThat(filled.subject() + filled.text()).as(kind + " " + language).doesNotContain("{{", "}}");
                assertThat(filled.subject().length()).isLessThanOrEqualTo(CommsText.SUBJECT_MAX);
                assertThat(filled.text().length()).isLessThanOrEqualTo(CommsText.TEXT_MAX);
            }
        }
    }

    @Test
    void datesAreInTheConfiguredZoneAndTheCategoryNamesTheEvent() {
        Incident incident = incident("Phishing wave", ReportCategory.PHISHING_MAIL, Tlp.GREEN, false);

        CommsText ja = tokyo.fill(CommsKind.CUSTOMERS, "ja", incident);
        assertThat(ja.subject()).isEqualTo("フィッシングメールに関するお知らせとお詫び");
        assertThat(ja.text()).contains("2026年12月8日", "フィッシングメールが発生したことを2026年12月7日に確認いたしました",
                "発生日時（【発生日時】）");
        CommsText en = templates("UTC").fill(CommsKind.PUBLIC, "en", incident);
        assertThat(en.subject()).isEqualTo("Notice and apology concerning a phishing e-mail campaign");
        assertThat(en.text()).contains("8 December 2026", "On 6 December 2026 we confirmed a phishing e-mail campaign");
    }

    @Test
    void theTitleAndIdGoOnlyIntoTheEmployeeNoticeAndNeverForARestrictedIncident() {
        Incident open = incident("Payroll {{event}} mail & <!channel>", ReportCategory.PHISHING_MAIL, Tlp.GREEN, false);
        assertThat(tokyo.fill(CommsKind.EMPLOYEES, "ja", open).text())
                .contains("管理番号：INC-2026-0042「Payroll {{event}} mail & <!channel>」");
        for (CommsKind kind : List.of(CommsKind.CUSTOMERS, CommsKind.INDIVIDUALS, CommsKind.PUBLIC, CommsKind.MEDIA)) {
            for (String language : CommsTemplates.LANGUAGES) {
                CommsText outside = tokyo.fill(kind, language, open);
                assertThat(outside.subject() + outside.text()).as(kind + " " + language)
                        .doesNotContain("Payroll", "INC-2026-0042");
            }
        }
        for (Incident restricted : List.of(incident("Merger leak", ReportCategory.INFORMATION_LEAK, Tlp.RED, false),
                incident("Merger leak", ReportCategory.INFORMATION_LEAK, Tlp.GREEN, true))) {
            assertThat(tokyo.fill(CommsKind.EMPLOYEES, "en", restricted).text())
                    .contains("reference INC-2026-0042, \"[name of the incident]\"").doesNotContain("Merger");
            assertThat(tokyo.fill(CommsKind.EMPLOYEES, "ja", restricted).text()).contains("【事象の名称】")
                    .doesNotContain("Merger");
        }
    }

    @Test
    void theHashIsTheSha256OfSubjectLineFeedAndText() throws Exception {
        CommsText text = new CommsText("件名 & <!channel>", "本文\nline two");

        byte[] expected = MessageDigest.getInstance("SHA-256")
                .digest("件名 & <!channel>\n本文\nline two".getBytes(StandardCharsets.UTF_8));
        assertThat(text.hash()).isEqualTo(HexFormat.of().formatHex(expected)).hasSize(64);
        assertThat(new CommsText("a b", "c").hash()).as("the subject and text are kept apart by the line feed")
                .isNotEqualTo(new CommsText("a", "b c").hash());
    }

    static Incident incident(String title, ReportCategory category, Tlp tlp, boolean confidential) {
        return new Incident("INC-2026-0042", title, Severity.S2, category, tlp, confidential, IncidentStatus.INVESTIGATING,
                "UCMD", "UCMD", DECLARED, null, List.of(), false, null, List.of(), List.of(), Incident.Closure.NONE,
                Incident.Retention.NONE);
    }

    static CommsTemplates templates(String zone) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new CommsTemplates(messages, Clock.fixed(TODAY, ZoneOffset.UTC),
                new ReadableTimes(zone == null || zone.isBlank() ? null : ZoneId.of(zone)));
    }
}
