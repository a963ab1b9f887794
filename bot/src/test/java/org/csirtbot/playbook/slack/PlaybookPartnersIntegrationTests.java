package org.csirtbot.playbook.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csirtbot.testkit.TestBot.RESPONDER;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentStatus;
import org.csirtbot.incident.Severity;
import org.csirtbot.incident.Tlp;
import org.csirtbot.partners.Partners;
import org.csirtbot.playbook.PlaybookCatalog;
import org.csirtbot.playbook.PlaybookRun;
import org.csirtbot.playbooks.engine.RunState;
import org.csirtbot.playbooks.model.Notify;
import org.csirtbot.playbooks.model.Playbook;
import org.csirtbot.report.ReportCategory;
import org.csirtbot.testkit.BotIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A built-in playbook's notify step, as its message in the room shows it, names the outside organisations it goes to
 * with their directory entries: the contacts the organisation filled in (the test bot's partners file fills in
 * JPCERT/CC's office contact and fingerprint and names the police desk's prefecture), or that none are filled in and
 * where to set them.
 */
@BotIntegrationTest
class PlaybookPartnersIntegrationTests {

    @Autowired
    StepMessages messages;
    @Autowired
    PartnerLines lines;
    @Autowired
    PlaybookCatalog catalog;
    @Autowired
    Partners partners;

    @Test
    void theRansomwareReportToJpcertAndIpaShowsTheirEntries() {
        String step = shown(Locale.ENGLISH, "ransomware", "pc.jpcert");

        assertThat(step).contains("*JPCERT/CC (Japan Computer Emergency Response Team Coordination Center)* "
                        + "(national CSIRT, may receive up to TLP:AMBER)",
                "Office hours: :email: jpcert-reports@example.org · :globe_with_meridians: https://forms.example.org/jpcert",
                "PGP: `0123 4567 89AB CDEF 0123 4567 89AB CDEF 0123 4567`",
                "*IPA (Information-technology Promotion Agency, Japan): notifications of viruses and unauthorised "
                        + "access* (government agency, may receive up to TLP:AMBER)",
                ":warning: Contact not filled in: set it in the directory (`PUT /api/partners/ipa`");
        assertThat(step).doesNotContain("24/7:");
    }

    @Test
    void thePoliceReportShowsTheDeskInJapaneseWithWhatIsLeftToFillIn() {
        String step = shown(Locale.JAPANESE, "ransomware", "pc.police");

        assertThat(step).contains("*警視庁 サイバー犯罪相談窓口*（警察、TLP:AMBER まで受け取り可）",
                ":warning: 連絡先が未登録です。組織一覧で登録してください（`PUT /api/partners/police`");
    }

    @Test
    void aMessageAboveWhatAnOrganisationMayReceiveAndAnOrganisationTheDirectoryLacksAreSaidSo() {
        Notify notify = new Notify(List.of("vendor"), null, null, org.csirtbot.playbooks.model.Tlp.AMBER, null, false,
                null, List.of("example-vendor", "no-such-party"));

        assertThat(lines.of(Locale.ENGLISH, notify)).contains("*Example EDR vendor* (vendor, may receive up to TLP:GREEN)",
                "24/7: :telephone_receiver: +81-3-0000-0000",
                ":warning: This message is TLP:AMBER, above what Example EDR vendor may receive (TLP:GREEN)",
                ":warning: `no-such-party` is not in the directory of outside organisations");
    }

    @Test
    void everyOrganisationThePlaybooksInForceNameIsInTheDirectory() {
        List<String> named = catalog.all().stream().flatMap(Playbook::steps).filter(s -> s.notification() != null)
                .flatMap(s -> s.notification().partners().stream()).distinct().toList();

        assertThat(named).containsExactlyInAnyOrder("police", "jpcert", "ppc", "ipa", "ipa-jcrat", "insurer", "bank",
                "hosting", "security-vendor", "partner-csirt", "sector-regulator", "gdpr-lead-authority", "media-desk");
        assertThat(named).allSatisfy(id -> assertThat(partners.find(id)).as(id).isPresent());
    }

    /** The open step's message, as its blocks' JSON, for an S1 malware incident on the test clock's day. */
    private String shown(Locale locale, String playbookId, String stepId) {
        Playbook playbook = catalog.find(playbookId).orElseThrow();
        Instant now = Instant.parse("2004-08-02T01:00:00Z");
        Incident incident = new Incident("INC-2004-0901", "Ransomware on the file server", Severity.S1,
                ReportCategory.MALWARE, Tlp.AMBER, false, IncidentStatus.CONTAINING, RESPONDER, RESPONDER, now, null,
                List.of(), false, null, List.of(), List.of(), Incident.Closure.NONE, Incident.Retention.NONE);
        RunState state = new RunState(playbook.id(), playbook.version(), now, now,
                org.csirtbot.playbooks.model.Severity.S1, null, Map.of(), Map.of(), List.of(), List.of(), Map.of(),
                Map.of(), false);
        PlaybookRun run = new PlaybookRun(incident.id() + "/" + playbook.id(), incident.id(), playbook, state, 1,
                RESPONDER, now, List.of());
        return new ObjectMapper().valueToTree(messages.open(locale, incident, run, playbook.step(stepId).orElseThrow(),
                null)).toString();
    }
}
