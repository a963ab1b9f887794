package org.csirtbot.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.csirtbot.incident.Tlp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The directory as the starter list and the organisation's file give it, and the files it refuses with what to fix. */
class PartnerFilesTests {

    @TempDir
    Path dir;

    @Test
    void theStarterListHasTheJapanesePartiesWithEveryContactLeftToTheOrganisation() {
        Map<String, Partner> starter = new PartnerFiles().load(null);

        assertThat(starter.keySet()).containsExactly("jpcert", "police", "ppc", "ipa", "ipa-jcrat", "nco", "insurer",
                "bank", "isp", "hosting", "security-vendor", "partner-csirt", "sector-regulator", "gdpr-lead-authority",
                "media-desk");
        assertThat(starter.values()).allSatisfy(p -> {
            assertThat(p.origin()).isEqualTo(Partner.Origin.STARTER);
            assertThat(p.unfilled()).as(p.id()).containsExactly("contact24x7", "office", "pgpFingerprint");
            assertThat(p.reachable()).isFalse();
            assertThat(p.name().en()).isNotBlank();
            assertThat(p.name().ja()).isNotBlank();
            assertThat(p.helpsWith()).isNotEmpty();
            assertThat(p.note().en()).isNotBlank();
            assertThat(p.note().ja()).isNotBlank();
            assertThat(p.tlpMax()).isEqualTo("media-desk".equals(p.id()) ? Tlp.CLEAR : Tlp.AMBER);
            assertThat(p.website()).matches("|https://[a-z.]+\\.(or|go)\\.jp/.*");
        });
        assertThat(starter.get("jpcert").kind()).isEqualTo(PartnerKind.NATIONAL_CSIRT);
        assertThat(starter.get("police").kind()).isEqualTo(PartnerKind.POLICE);
        assertThat(starter.get("police").name(Locale.JAPANESE)).contains("サイバー犯罪相談窓口", "都道府県名を記入");
        assertThat(starter.get("police").note().en()).contains("prefecture");
        assertThat(starter.get("ppc").kind()).isEqualTo(PartnerKind.REGULATOR);
        assertThat(starter.get("ppc").name(Locale.JAPANESE)).isEqualTo("個人情報保護委員会");
        assertThat(starter.get("ipa-jcrat").helpsWith()).anySatisfy(h -> assertThat(h).contains("Targeted attacks"));
        assertThat(starter.get("nco").note().en()).startsWith("When it applies");
        // issue 15 (X8): the organisation's own parties are placeholders that say what to write in
        assertThat(starter.get("insurer").kind()).isEqualTo(PartnerKind.INSURER);
        assertThat(starter.get("insurer").name(Locale.ENGLISH)).contains("write in");
        assertThat(starter.get("bank").name(Locale.JAPANESE)).contains("銀行名を記入");
        assertThat(starter.get("hosting").kind()).isEqualTo(PartnerKind.HOSTING);
        assertThat(starter.get("partner-csirt").kind()).isEqualTo(PartnerKind.PARTNER_CSIRT);
        assertThat(starter.get("gdpr-lead-authority").note().en()).startsWith("Only if the GDPR applies");
    }

    @Test
    void theOrganisationsFileFillsInStarterEntriesFieldByFieldAndAddsItsOwn() throws IOException {
        Path file = write("""
                partners:
                  - id: jpcert
                    office: {email: csirt-desk@example.org}
                    pgpFingerprint: "0123 4567 89ab cdef 0123  4567 89AB CDEF 0123 4567"
                  - id: acme-insurer
                    name: {en: ACME cyber insurance}
                    kind: insurer
                    tlpMax: amber-strict
                    contact24x7: {phone: "+81-3-0000-0000"}
                """);

        Map<String, Partner> partners = new PartnerFiles().load(file);

        assertThat(partners.keySet()).startsWith("jpcert", "police", "ppc", "ipa", "ipa-jcrat", "nco").endsWith(
                "media-desk", "acme-insurer");
        Partner jpcert = partners.get("jpcert");
        assertThat(jpcert.origin()).isEqualTo(Partner.Origin.FILE);
        assertThat(jpcert.office()).isEqualTo(new Contact("", "csirt-desk@example.org", ""));
        assertThat(jpcert.pgpFingerprint()).isEqualTo("0123456789ABCDEF0123456789ABCDEF01234567");
        assertThat(jpcert.fingerprintGrouped()).isEqualTo("0123 4567 89AB CDEF 0123 4567 89AB CDEF 0123 4567");
        assertThat(jpcert.name().en()).as("kept from the starter list").startsWith("JPCERT/CC");
        assertThat(jpcert.website()).isEqualTo("https://www.jpcert.or.jp/");
        assertThat(jpcert.unfilled()).containsExactly("contact24x7");
        assertThat(partners.get("police").origin()).isEqualTo(Partner.Origin.STARTER);
        Partner insurer = partners.get("acme-insurer");
        assertThat(insurer.tlpMax()).isEqualTo(Tlp.AMBER_STRICT);
        assertThat(insurer.name(Locale.JAPANESE)).as("English when there is no Japanese").isEqualTo("ACME cyber insurance");
        assertThat(insurer.mayReceive(Tlp.AMBER_STRICT)).isTrue();
        assertThat(insurer.mayReceive(Tlp.RED)).isFalse();
    }

    @Test
    void aFileWithProblemsIsRefusedNamingEachOne() throws IOException {
        Path file = write("""
                partners:
                  - id: jpcert
                    office: {email: not-an-address, fax: "03"}
                  - id: acme
                    name: {en: ACME}
                    kind: bank
                    tlpMax: WHITE
                    website: ftp://acme.example
                    colour: blue
                """);

        assertThatThrownBy(() -> new PartnerFiles().load(file)).isInstanceOf(PartnerFiles.Refused.class)
                .hasMessageContaining(file + ": jpcert: office must be a mapping of phone, email and webForm")
                .hasMessageContaining(file + ": acme: unknown field 'colour'")
                .hasMessageContaining(file + ": acme: kind must be one of national_csirt, police, regulator, "
                        + "government_agency, vendor, isp, insurer, ir_retainer, partner_csirt, other")
                .hasMessageContaining(file + ": acme: tlpMax (the most restrictive TLP they may receive) must be one of")
                .hasMessageContaining(file + ": acme: website must be an https:// (or http://) address");
    }

    @Test
    void aSuppliersContractualDutiesAreReadAndBadOnesRefused() throws IOException {
        Map<String, Partner> read = new PartnerFiles().load(write("""
                partners:
                  - id: hoster
                    name: {en: Example hosting}
                    kind: hosting
                    tlpMax: AMBER
                    duties: {notifyWithinHours: 72, provides: [hypervisor logs], contractRef: MSA §9}
                """));
        assertThat(read.get("hoster").duties()).isEqualTo(new Duties(72, java.util.List.of("hypervisor logs"), "MSA §9"));
        assertThat(read.get("jpcert").duties().any()).isFalse();

        Path bad = write("""
                partners:
                  - id: saas
                    name: {en: Example SaaS}
                    kind: saas
                    tlpMax: GREEN
                    duties: {notifyWithinHours: "soon", penalty: 1}
                """);
        assertThatThrownBy(() -> new PartnerFiles().load(bad)).isInstanceOf(PartnerFiles.Refused.class)
                .hasMessageContaining(bad + ": saas: duties must be a mapping of notifyWithinHours, provides and "
                        + "contractRef");
        Path hours = write("partners:\n  - {id: mssp, name: {en: M}, kind: mssp, tlpMax: AMBER, duties: "
                + "{notifyWithinHours: 0}}\n");
        assertThatThrownBy(() -> new PartnerFiles().load(hours))
                .hasMessageContaining(hours + ": mssp: duties.notifyWithinHours must be a whole number of hours");
    }

    @Test
    void aFileNotShapedAsAListOfEntriesOrListingAnIdTwiceIsRefused() throws IOException {
        assertThatThrownBy(() -> new PartnerFiles().load(write("jpcert: {office: {email: a@example.org}}\n")))
                .hasMessageContaining("must hold one key, partners, with a list of entries");
        assertThatThrownBy(() -> new PartnerFiles().load(write("partners:\n  - id: x1\n  - id: x1\n")))
                .hasMessageContaining("entry 2: the id x1 is listed twice");
        assertThatThrownBy(() -> new PartnerFiles().load(write("partners:\n  - {id: jpcert, x: [\n")))
                .hasMessageContaining("cannot be read");
        assertThatThrownBy(() -> new PartnerFiles().load(dir.resolve("missing.yaml")))
                .hasMessageContaining("missing.yaml (CSIRTBOT_PARTNERS_FILE) cannot be read");
    }

    @Test
    void theApiShapeReadsBackAsTheSameEntry() {
        Partner jpcert = new PartnerFiles().load(null).get("jpcert");

        var tree = new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(PartnerFields.write(jpcert));
        PartnerFields.Read read = PartnerFields.read(tree, Partner.Origin.API);

        assertThat(read.problems()).isEmpty();
        assertThat(read.partner()).isEqualTo(jpcert.from(Partner.Origin.API, null, null));
    }

    private Path write(String yaml) throws IOException {
        Path file = Files.createTempFile(dir, "partners", ".yaml");
        Files.writeString(file, yaml);
        return file;
    }
}
