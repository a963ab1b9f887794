package org.csirtbot.playbooks.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.csirtbot.playbooks.engine.Event;
import org.csirtbot.playbooks.load.PlaybookLibrary;
import org.csirtbot.playbooks.model.LText;
import org.csirtbot.playbooks.model.Playbook;
import org.csirtbot.playbooks.model.Spawn;
import org.csirtbot.playbooks.model.Step;
import org.csirtbot.playbooks.model.SubPlaybook;
import org.csirtbot.playbooks.testing.Branch;
import org.csirtbot.playbooks.testing.BuiltIns;
import org.csirtbot.playbooks.testing.PlaybookWalks;
import org.csirtbot.playbooks.testing.Walked;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped playbooks as a whole: they load, cite their sources, fit in Slack, are offered for reports, and every
 * answer to every question they ask leads to an end.
 */
class BuiltInLibraryTests {

    /** Block Kit: a section's text at most 3000 characters; the bot adds a title, owner and due time around it. */
    static final int STEP_TEXT_MAX = 2000;
    /** Block Kit: a header's plain text and a button's or option's text (75) stay short. */
    static final int NAME_MAX = 150;
    static final int OPTION_LABEL_MAX = 75;

    final PlaybookLibrary library = BuiltIns.library();

    @Test
    void everyListedBuiltInLoadsAndValidatesWithoutProblems() throws IOException {
        long listed = Files.readAllLines(Path.of("src/main/resources", PlaybookLibrary.BUILT_IN_FOLDER, "index.txt")).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).count();

        assertThat(library.problems()).isEmpty();
        assertThat(library.all()).hasSize((int) listed);
        assertThat(library.all()).extracting(Playbook::id).contains("core-intake");
        assertThat(library.all()).allSatisfy(playbook -> assertThat(playbook.version()).as(playbook.id()).isPositive());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.csirtbot.playbooks.testing.BuiltIns#ids")
    void eachRunsToAnEndOnItsMainPath(String id) {
        Walked walked = PlaybookWalks.of(BuiltIns.playbook(id)).walk();

        assertThat(walked.state().finished()).isTrue();
        assertThat(walked.eventsOf(Event.Refused.class)).isEmpty();
    }

    /** Four eyes: management, legal and the privacy officer are different people, each named for the incident. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("org.csirtbot.playbooks.testing.BuiltIns#ids")
    void managementLegalAndPrivacyAreDistinctIncidentRolesAndEveryApproverIsNamed(String id) {
        Playbook playbook = BuiltIns.playbook(id);
        Map<String, String> expected = Map.of("mgmt", "approver", "legal", "legal", "privacy", "privacy");
        expected.forEach((role, incidentRole) -> {
            if (playbook.roles().containsKey(role)) {
                assertThat(playbook.roles().get(role).incidentRole()).as(id + " " + role).isEqualTo(incidentRole);
            }
        });
        playbook.steps().map(s -> s.approval() != null ? s.approval().approver()
                        : s.notification() != null ? s.notification().requiresApprovalBy() : null)
                .filter(java.util.Objects::nonNull)
                .forEach(role -> assertThat(playbook.roles().get(role).incidentRole()).as(id + " approver " + role).isNotNull());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("incidentPlaybookIds")
    void eachIncidentPlaybookStartsTheSharedIntakeFirstAndTheSharedClosingLast(String id) {
        assertThat(PlaybookWalks.of(BuiltIns.playbook(id)).walk().requested()).startsWith("core-intake").endsWith("core-close");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void everyAnswerToEveryDecisionAndApprovalReachesAnEnd(Branch branch) {
        PlaybookWalks walk = PlaybookWalks.of(BuiltIns.playbook(branch.playbook()));

        assertThat(walk.walkTaking(branch.step(), branch.option()).state().finished()).isTrue();
    }

    @Test
    void everyStepAndPlaybookCitesItsSource() {
        assertThat(library.all()).allSatisfy(playbook -> {
            assertThat(playbook.references()).as(playbook.id()).isNotEmpty();
            assertThat(playbook.steps().filter(s -> s.references().isEmpty()).map(Step::id))
                    .as("steps of %s without references", playbook.id()).isEmpty();
        });
    }

    @Test
    void everyTextFitsASlackMessage() {
        List<String> tooLong = new ArrayList<>();
        for (Playbook playbook : library.all()) {
            playbook.steps().forEach(step -> {
                check(tooLong, playbook, step.id() + " name", step.name(), NAME_MAX);
                check(tooLong, playbook, step.id() + " instructions", step.instructions(), STEP_TEXT_MAX);
                check(tooLong, playbook, step.id() + " why", step.why(), STEP_TEXT_MAX);
                if (step.decision() != null) {
                    check(tooLong, playbook, step.id() + " question", step.decision().question(), NAME_MAX);
                    step.decision().options().forEach(o -> check(tooLong, playbook, step.id() + "=" + o.id(), o.label(), OPTION_LABEL_MAX));
                }
                if (step.notification() != null) {
                    check(tooLong, playbook, step.id() + " message", step.notification().message(), STEP_TEXT_MAX);
                }
                step.fields().forEach(f -> check(tooLong, playbook, step.id() + " " + f.key(), f.label(), NAME_MAX));
            });
        }
        assertThat(tooLong).isEmpty();
    }

    @Test
    void reportCategoriesSuggestTheirPlaybooks() {
        Map<String, List<String>> expected = Map.of(
                "phishing_mail", List.of("phishing-report"),
                "suspicious_link", List.of("phishing-report", "website-defacement"),
                "malware", List.of("endpoint-malware", "ransomware"),
                "account_misuse", List.of("account-compromise", "targeted-attack"),
                "information_leak", List.of("personal-data-breach"),
                "lost_device", List.of("personal-data-breach"),
                "dos", List.of("ddos"),
                "other", List.of("core-intake", "targeted-attack", "website-defacement"));

        expected.forEach((category, ids) -> assertThat(library.suggestedFor(category)).extracting(Playbook::id)
                .as(category).containsAll(ids));
    }

    @Test
    void theNoticesThatSendACommunicationNameItsTemplate() {
        Map<String, String> templated = library.all().stream().flatMap(playbook -> playbook.steps()
                        .filter(step -> step.notification() != null && step.notification().template() != null)
                        .map(step -> Map.entry(playbook.id() + " " + step.id(), step.notification().template())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

        assertThat(templated).containsExactlyInAnyOrderEntriesOf(Map.of(
                "phishing-report p2.warn_staff", "employees",
                "ransomware pc.staff", "employees",
                "ransomware pc.customers", "customers",
                "ddos pc.status_page", "customers",
                "website-defacement p4.user_notice", "customers",
                "personal-data-breach pc.subjects", "individuals",
                "personal-data-breach pc.announce", "public",
                "targeted-attack pc.public", "public",
                "website-defacement pc.public", "public"));
        assertThat(templated.values()).allSatisfy(t -> assertThat(org.csirtbot.playbooks.model.Notify.TEMPLATES).contains(t));
    }

    @Test
    void theNoticesToJapaneseAuthoritiesNameTheirDirectoryEntries() {
        Map<String, List<String>> named = library.all().stream().flatMap(playbook -> playbook.steps()
                        .filter(step -> step.notification() != null && !step.notification().partners().isEmpty())
                        .map(step -> Map.entry(playbook.id() + " " + step.id(), step.notification().partners())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

        assertThat(named).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("account-compromise p2.police", List.of("police")),
                Map.entry("phishing-report p2.fraud_police", List.of("police")),
                Map.entry("account-compromise pc.jpcert", List.of("jpcert")),
                Map.entry("account-compromise pc.ipa", List.of("ipa")),
                Map.entry("core-close z4.send", List.of("partner-csirt", "jpcert")),
                Map.entry("ddos pc.police", List.of("police")),
                Map.entry("ddos p3.report_sources", List.of("jpcert")),
                Map.entry("endpoint-malware pc.report", List.of("jpcert", "ipa", "security-vendor")),
                Map.entry("personal-data-breach pc.ppc_preliminary", List.of("ppc")),
                Map.entry("personal-data-breach pc.ppc_final", List.of("ppc")),
                Map.entry("personal-data-breach pc.my_number", List.of("ppc")),
                Map.entry("personal-data-breach pc.other_reports", List.of("police", "jpcert", "ipa", "sector-regulator",
                        "insurer")),
                Map.entry("phishing-report p3.takedown", List.of("jpcert")),
                Map.entry("targeted-attack p1.jcrat", List.of("ipa-jcrat")),
                Map.entry("ransomware pc.police", List.of("police")),
                Map.entry("ransomware pc.jpcert", List.of("jpcert", "ipa")),
                Map.entry("targeted-attack pc.jpcert", List.of("jpcert")),
                Map.entry("targeted-attack pc.police", List.of("police")),
                Map.entry("website-defacement pc.jpcert", List.of("jpcert", "ipa")),
                Map.entry("website-defacement pc.police", List.of("police")),
                // issue 15 (X8): the organisation's own outside parties, starter entries it fills in
                Map.entry("account-compromise p2.bank", List.of("bank")),
                Map.entry("phishing-report p2.bank_recall", List.of("bank")),
                Map.entry("ddos pc.regulator", List.of("sector-regulator")),
                Map.entry("personal-data-breach pc.gdpr_sa", List.of("gdpr-lead-authority")),
                Map.entry("personal-data-breach pc.announce", List.of("media-desk")),
                Map.entry("ransomware pc.insurer", List.of("insurer")),
                Map.entry("targeted-attack pc.share_iocs", List.of("partner-csirt")),
                Map.entry("targeted-attack pc.public", List.of("media-desk")),
                Map.entry("website-defacement pc.hosting", List.of("hosting"))));
        // every notice to a party with a directory entry names that entry
        List<String> unnamed = library.all().stream().flatMap(playbook -> playbook.steps()
                .filter(step -> step.notification() != null)
                .flatMap(step -> step.notification().audience().stream().map(playbook.parties()::get)
                        .filter(party -> party != null && party.partner() != null
                                && !step.notification().partners().contains(party.partner()))
                        .map(party -> playbook.id() + " " + step.id() + " " + party.partner()))).toList();
        assertThat(unnamed).isEmpty();
    }

    /** Issue 15: each built-in says when its legal content was last reviewed; each public body it names is a directory entry. */
    @Test
    void everyBuiltInCarriesItsLegalReviewDateAndItsPublicBodiesNameTheirDirectoryEntries() {
        assertThat(library.all()).allSatisfy(playbook -> {
            assertThat(playbook.legalReviewed()).as(playbook.id()).matches("\\d{4}-\\d{2}-\\d{2}");
            playbook.parties().forEach((key, party) -> {
                if (List.of("police", "jpcert_cc", "regulator_ppc", "ipa").contains(party.kind())) {
                    assertThat(party.partner()).as(playbook.id() + " party " + key).isIn(STARTER_LIST);
                }
            });
        });
    }

    /** The bot's starter list of outside organisations (bot/src/main/resources/partners/starter.yaml). */
    static final Set<String> STARTER_LIST = Set.of("jpcert", "police", "ppc", "ipa", "ipa-jcrat", "nco", "insurer", "bank",
            "isp", "hosting", "security-vendor", "partner-csirt", "sector-regulator", "gdpr-lead-authority", "media-desk");
    /** Outside parties found anew in each incident (or listed by the contractor branch), so no one directory entry. */
    static final Set<String> FOUND_PER_INCIDENT = Set.of("ddos abuse", "phishing-report hosting",
            "personal-data-breach gdpr_sas", "personal-data-breach contractor");

    /** Issue 15 (X8): every outside party of the organisation's own names its starter entry, so its steps show contacts. */
    @Test
    void everyOutsidePartyNamesItsDirectoryEntry() {
        List<String> outsideKinds = List.of("police", "jpcert_cc", "regulator_ppc", "ipa", "insurer", "bank", "isp",
                "vendor", "hosting", "partner_csirt", "regulator_sector", "supervisory_authority_gdpr", "media");
        List<String> unnamed = new ArrayList<>();
        library.all().forEach(playbook -> playbook.parties().forEach((key, party) -> {
            String where = playbook.id() + " " + key;
            if (outsideKinds.contains(party.kind()) && !FOUND_PER_INCIDENT.contains(where)
                    && !STARTER_LIST.contains(String.valueOf(party.partner()))) {
                unnamed.add(where + " -> " + party.partner());
            }
        }));
        assertThat(unnamed).isEmpty();
        assertThat(library.all().stream().flatMap(p -> p.parties().values().stream()).map(p -> p.partner())
                .filter(java.util.Objects::nonNull).distinct()).containsExactlyInAnyOrderElementsOf(STARTER_LIST.stream()
                .filter(id -> !"nco".equals(id)).toList());
    }

    @Test
    void everyPlaybookABuiltInStartsIsABuiltIn() {
        Set<String> ids = library.all().stream().map(Playbook::id).collect(Collectors.toSet());

        List<String> unknown = library.all().stream().flatMap(playbook -> started(playbook).stream()
                .filter(id -> !ids.contains(id)).map(id -> playbook.id() + " starts " + id)).sorted().toList();

        assertThat(unknown).isEmpty();
    }

    static Stream<String> incidentPlaybookIds() {
        return BuiltIns.ids().filter(id -> !id.startsWith("core-"));
    }

    static Stream<Branch> answers() {
        return BuiltIns.library().all().stream().flatMap(playbook -> Branch.allOf(playbook).stream());
    }

    /** Sub-playbooks, spawns and options' spawns. */
    private static Set<String> started(Playbook playbook) {
        return playbook.steps().flatMap(step -> Stream.of(
                        Stream.ofNullable(step.subplaybook()).map(SubPlaybook::playbook),
                        step.spawns().stream().map(Spawn::playbook),
                        Stream.ofNullable(step.decision()).flatMap(d -> d.options().stream()).flatMap(o -> o.spawns().stream()))
                .flatMap(s -> s))
                .collect(Collectors.toSet());
    }

    private static void check(List<String> tooLong, Playbook playbook, String what, LText text, int max) {
        if (text == null) {
            return;
        }
        Stream.of(text.en(), text.ja()).filter(t -> t != null && t.length() > max)
                .forEach(t -> tooLong.add(playbook.id() + " " + what + ": " + t.length() + " > " + max));
    }
}
