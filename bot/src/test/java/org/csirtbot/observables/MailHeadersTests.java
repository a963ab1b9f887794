package org.csirtbot.observables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** What each field of pasted headers becomes; the golden set checks the observables of many more. */
class MailHeadersTests {

    private static final String PHISH = """
            Return-Path: <bounce@mailer.evil.example.net>
            Received: from mailer.evil.example.net (mailer.evil.example.net [203.0.113.25])
            \tby mx.example.co.jp (Postfix) with ESMTPS id 4AB12C3D4
            \tfor <taro@example.co.jp>; Mon, 7 Dec 2026 10:12:13 +0900 (JST)
            Received: from mx.example.co.jp (mx.example.co.jp [10.1.2.3]) by mail.example.co.jp with LMTP
            From: =?UTF-8?B?5bGx55SwIOWkqumDjg==?= <Yamada@Example.CO.JP>
            Sender: "Bulk" <bulk@mailer.evil.example.net>
            Reply-To: "CEO" <ceo.reply@evil.example.net>, other@evil.example.net
            Subject: =?ISO-2022-JP?B?GyRCIVo7ajVeIVskKjtZSickJD5wSnMbKEI=?=
             =?ISO-2022-JP?B?GyRCJE45OT83JEskRCQkJEYbKEI=?=
            Message-ID: <20261207011210.ABC123@mailer.evil.example.net>

            From: someone-in-the-body@example.org
            """;

    @Test
    void readsEveryField() {
        MailHeaders headers = MailHeaders.parse(PHISH);

        assertThat(headers.from()).contains("Yamada@example.co.jp");
        assertThat(headers.fromName()).isEqualTo("山田 太郎");
        assertThat(headers.sender()).contains("bulk@mailer.evil.example.net");
        assertThat(headers.returnPath()).contains("bounce@mailer.evil.example.net");
        assertThat(headers.replyTo()).contains("ceo.reply@evil.example.net");
        assertThat(headers.subject()).contains("【至急】お支払い情報の更新について");
        assertThat(headers.messageId()).contains("20261207011210.ABC123@mailer.evil.example.net");
        assertThat(headers.relays()).containsExactly("203.0.113.25");
        assertThat(headers.isEmpty()).isFalse();
    }

    @Test
    void givesTheFieldsAsObservablesInOrder() {
        assertThat(MailHeaders.parse(PHISH).observables()).extracting(Observable::key).containsExactly(
                "email:Yamada@example.co.jp", "email:bulk@mailer.evil.example.net",
                "email:bounce@mailer.evil.example.net", "email:ceo.reply@evil.example.net",
                "subject:【至急】お支払い情報の更新について",
                "message-id:20261207011210.ABC123@mailer.evil.example.net", "ipv4:203.0.113.25");
    }

    @Test
    void aShiftJisSubjectInQuotedPrintableAndANullReturnPath() {
        MailHeaders headers = MailHeaders.parse("Subject: =?Shift_JIS?Q?=90=BF=8B=81=8F=91?=\r\nReturn-Path: <>\r\n");

        assertThat(headers.subject()).contains("請求書");
        assertThat(headers.returnPath()).isEmpty();
    }

    @Test
    void theAddressInAngleBracketsWinsOverAQuotedNameThatLooksLikeOne() {
        MailHeaders headers = MailHeaders.parse("From: \"ceo@example.co.jp\" <ceo.example@evil.example.net>");

        assertThat(headers.from()).contains("ceo.example@evil.example.net");
        assertThat(headers.fromName()).isEqualTo("ceo@example.co.jp");
    }

    @Test
    void textWithoutHeadersGivesNothing() {
        for (String text : new String[] {null, "", "hello\nworld", "Subject:   \n"}) {
            MailHeaders headers = MailHeaders.parse(text);

            assertThat(headers.isEmpty()).as(String.valueOf(text)).isTrue();
            assertThat(headers).isEqualTo(new MailHeaders(Optional.empty(), "", Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), List.of()));
        }
    }
}
