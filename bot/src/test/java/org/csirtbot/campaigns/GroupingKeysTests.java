package org.csirtbot.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.csirtbot.observables.FoundObservable;
import org.csirtbot.observables.Observable;
import org.csirtbot.observables.ObservableType;
import org.csirtbot.report.Report;
import org.csirtbot.report.ReportCategory;
import org.csirtbot.report.ReportStatus;
import org.junit.jupiter.api.Test;

/** What ties reports together, and what never does. */
class GroupingKeysTests {

    private final GroupingKeys keys = new GroupingKeys(List.of("corp.example.co.jp", " Intranet.JP "));

    @Test
    void theOrganisationsOwnDomainsAndTheirSubdomainsNeverGroup() {
        assertThat(keys.of(report(
                new Observable(ObservableType.URL, "https://portal.corp.example.co.jp/login"),
                new Observable(ObservableType.EMAIL, "it@corp.example.co.jp"),
                new Observable(ObservableType.DOMAIN, "intranet.jp"),
                new Observable(ObservableType.DOMAIN, "corp.example.co.jp.evil.com"))))
                .containsExactly("domain:corp.example.co.jp.evil.com");
    }

    @Test
    void internalAndDocumentationAddressesAndEmptyFilesNeverGroup() {
        assertThat(keys.of(report(
                new Observable(ObservableType.IPV4, "192.168.1.10"),
                new Observable(ObservableType.IPV4, "10.0.0.0/8"),
                new Observable(ObservableType.IPV4, "127.0.0.1"),
                new Observable(ObservableType.IPV4, "203.0.113.7"),
                new Observable(ObservableType.IPV6, "fd00::1"),
                new Observable(ObservableType.IPV6, "2001:db8::5"),
                new Observable(ObservableType.MD5, "d41d8cd98f00b204e9800998ecf8427e"),
                new Observable(ObservableType.URL, "https://wiki/phishing"),
                new Observable(ObservableType.URL, "https://evil.e/"),
                new Observable(ObservableType.IPV4, "185.220.101.4"))))
                .containsExactly("ipv4:185.220.101.4");
    }

    @Test
    void aSubjectGroupsWithoutItsReplyAndForwardPrefixesAndAShortOneDoesNot() {
        assertThat(keys.of(report(new Observable(ObservableType.SUBJECT, "Re: FW:  Your  Invoice 4471"))))
                .containsExactly("subject:your invoice 4471");
        assertThat(keys.of(report(new Observable(ObservableType.SUBJECT, "転送： 【重要】アカウント確認のお願い"))))
                .containsExactly("subject:【重要】アカウント確認のお願い");
        assertThat(keys.of(report(new Observable(ObservableType.SUBJECT, "RE: hi")))).isEmpty();
    }

    @Test
    void anAddressGroupsWhateverTheCaseOfItsLocalPart() {
        assertThat(keys.of(report(new Observable(ObservableType.EMAIL, "Billing.Team@evil-bank.com"))))
                .containsExactly("email:billing.team@evil-bank.com");
    }

    private static Report report(Observable... found) {
        return new Report("RPT-2026-000001", "U1", ReportCategory.PHISHING_MAIL, "", "", "", List.of(),
                ReportStatus.OPEN, Instant.EPOCH, null, null, null, null, null, null, null,
                java.util.Arrays.stream(found).map(o -> new FoundObservable(o, "observables")).toList(), null, null,
                null);
    }
}
