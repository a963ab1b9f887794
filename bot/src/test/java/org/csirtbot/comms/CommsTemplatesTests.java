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
    @EnumSource(value = CommsKind.class, mode = EnumSource.Mode.EXCLUDE, names = "PRESS_QA")
    void theJapaneseTemplateIsWrittenAsJapaneseCompaniesPublishNotices(CommsKind kind) {
        CommsText template = tokyo.template(kind, "ja");

        assertThat(template.subject()).contains("に関するお知らせとお詫び");
        assertThat(template.text()).contains("お詫び申し上げます", "お問い合わせ窓口");
        assertThat(template.text()).containsSubsequence("1．経緯・概要", "2．影響範囲", "3．", "対応", "4．", "お願い",
                "5．お問い合わせ窓口");
        assertThat(template.text()).contains("【").doesNotContain("[");
    }

    @ParameterizedTest
    @EnumSource(value = CommsKind.class, mode = EnumSource.Mode.EXCLUDE, names = "PRESS_QA")
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
                for (String variant : starters(kind)) {
                    CommsText filled = tokyo.fill(kind, variant, language,
                            incident("Phishing wave", category, Tlp.GREEN, false));

                    assertThat(filled.subject() + filled.text()).as(kind + " " + variant + " " + language)
                            .doesNotContain("{{", "}}");
                    assertThat(filled.subject().length()).isLessThanOrEqualTo(CommsText.SUBJECT_MAX);
                    assertThat(filled.text().length()).isLessThanOrEqualTo(CommsText.TEXT_MAX);
                }
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
        for (CommsKind kind : List.of(CommsKind.CUSTOMERS, CommsKind.INDIVIDUALS, CommsKind.PUBLIC, CommsKind.MEDIA,
                CommsKind.PRESS_QA)) {
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

    /** What the media will ask, in the order a spokesperson meets it, in every starter and both languages. */
    static final List<String> PRESS_QUESTIONS_EN = List.of("Q1. What happened?", "Q2. When did it happen, and when did "
            + "you find out?", "Q3. How many people or customers are affected?", "Q4. Is it contained?",
            "Q5. What should customers do?", "Q6. Why did it take so long to announce?",
            "Q7. Was a ransom demanded or paid?", "Q8. Who did it?", "Inquiries (media)");
    static final List<String> PRESS_QUESTIONS_JA = List.of("問1．何が起きたのか。", "問2．いつ発生し、いつ把握したのか。",
            "問3．影響を受けた人数", "問4．被害は収まったのか。", "問5．利用者・お客様は何をすればよいのか。",
            "問6．なぜ公表が遅れたのか。", "問7．身代金の要求はあったのか。支払ったのか。", "問8．誰の犯行か。",
            "お問い合わせ窓口（報道関係者様）");

    @Test
    void thePressQaAsksWhatTheMediaWillAskInEveryStarterAndBothLanguages() {
        for (String variant : starters(CommsKind.PRESS_QA)) {
            CommsText en = tokyo.template(CommsKind.PRESS_QA, variant, "en");
            assertThat(en.subject()).as(variant).startsWith("Press Q&A on {{event}}").contains("not for distribution");
            assertThat(en.text()).as(variant).containsSubsequence(PRESS_QUESTIONS_EN).contains("[").doesNotContain("【");
            CommsText ja = tokyo.template(CommsKind.PRESS_QA, variant, "ja");
            assertThat(ja.subject()).as(variant).isEqualTo("{{event}}に関する想定問答（報道対応・社外秘）");
            assertThat(ja.text()).as(variant).containsSubsequence(PRESS_QUESTIONS_JA).contains("【").doesNotContain("[");
        }
        assertThat(CommsKind.PRESS_QA.variants())
                .containsExactly("ransomware", "personal-data-breach", "website-defacement", "ddos");
    }

    @Test
    void eachPlaybooksStarterAnswersWhatItsMediaWillAlsoAsk() {
        Incident incident = incident("Encrypted file servers", ReportCategory.MALWARE, Tlp.AMBER, false);
        assertThat(tokyo.fill(CommsKind.PRESS_QA, "ransomware", "ja", incident).text())
                .contains("当社は身代金を支払わない方針です", "問10．情報は盗まれたのか。", "問11．システム・サービスはいつ復旧するのか。")
                .doesNotContain("Encrypted");
        assertThat(tokyo.fill(CommsKind.PRESS_QA, "personal-data-breach", "en", incident).text())
                .contains("Q10. What personal data was involved?", "Personal Information Protection Commission on [date]");
        assertThat(tokyo.fill(CommsKind.PRESS_QA, "website-defacement", "en", incident).text())
                .contains("Q10. Were visitors to the site harmed", "Q11. When will the website be back?");
        assertThat(tokyo.fill(CommsKind.PRESS_QA, "ddos", "ja", incident).text()).contains("問10．情報の漏えいはあるのか。");
        assertThat(tokyo.fill(CommsKind.PRESS_QA, "en", incident).text())
                .startsWith("For the spokesperson only.").doesNotContain("Q10.");
    }

    /** The kind's own template (null) and its starters. */
    static List<String> starters(CommsKind kind) {
        List<String> all = new java.util.ArrayList<>();
        all.add(null);
        all.addAll(kind.variants());
        return all;
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
