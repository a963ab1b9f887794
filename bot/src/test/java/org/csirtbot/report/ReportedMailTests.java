package org.csirtbot.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which attached files are a saved mail the form takes: .eml or .msg, by name or Slack's type, up to 10 MB. */
class ReportedMailTests {

    @Test
    void aMailIsAnEmlOrMsgByItsNameOrSlacksType() {
        assertThat(mail("Invoice.EML", "eml").isMail()).isTrue();
        assertThat(mail("payroll.msg", "binary").isMail()).isTrue();
        assertThat(mail("no-extension", "eml").isMail()).isTrue();
        assertThat(mail("invoice.pdf", "pdf").isMail()).isFalse();
        assertThat(mail("invoice.eml.exe", "binary").isMail()).isFalse();
        assertThat(mail(null, null).isMail()).isFalse();
    }

    @Test
    void aFormTakesAtMostTenMegabytes() {
        assertThat(new ReportedMail("F1", "a.eml", "eml", ReportedMail.MAX_BYTES, null).withinLimit()).isTrue();
        assertThat(new ReportedMail("F1", "a.eml", "eml", ReportedMail.MAX_BYTES + 1, null).withinLimit()).isFalse();
    }

    @Test
    void withoutANameItIsShownByItsId() {
        assertThat(mail(null, "eml").shownName()).isEqualTo("F0TEST");
        assertThat(mail("a.eml", "eml").shownName()).isEqualTo("a.eml");
    }

    private static ReportedMail mail(String name, String filetype) {
        return new ReportedMail("F0TEST", name, filetype, 1000, null);
    }
}
