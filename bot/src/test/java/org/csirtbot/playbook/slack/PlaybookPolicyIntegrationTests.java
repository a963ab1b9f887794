package org.csirtbot.playbook.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csirtbot.testkit.TestBot.RESPONDER;
import static org.csirtbot.testkit.TestBot.SECOND_RESPONDER;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentStatus;
import org.csirtbot.incident.Severity;
import org.csirtbot.incident.Tlp;
import org.csirtbot.playbook.PlaybookCatalog;
import org.csirtbot.playbook.PlaybookRoles;
import org.csirtbot.playbook.PlaybookRun;
import org.csirtbot.playbooks.engine.Action;
import org.csirtbot.playbooks.engine.Engine;
import org.csirtbot.playbooks.engine.Event;
import org.csirtbot.playbooks.engine.Outcome;
import org.csirtbot.playbooks.engine.Refusal;
import org.csirtbot.playbooks.engine.RunState;
import org.csirtbot.playbooks.load.PlaybookReader;
import org.csirtbot.playbooks.model.Notify;
import org.csirtbot.playbooks.model.Playbook;
import org.csirtbot.report.ReportCategory;
import org.csirtbot.testkit.ApiWrites;
import org.csirtbot.testkit.BotIntegrationTest;
import org.csirtbot.testkit.TestBot;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The organisation policy in the playbooks' steps (test bot's policy and partners files): a decision reserved to
 * management names the policy's holders, whom the engine lets take it; the contractor branch of a personal-data breach
 * and a notify step show a supplier's contractual incident duties; {@code GET /api/partners} shows them.
 */
@BotIntegrationTest
class PlaybookPolicyIntegrationTests {

    @Autowired
    StepMessages messages;
    @Autowired
    PartnerLines lines;
    @Autowired
    PlaybookCatalog catalog;
    @Autowired
    PlaybookRoles roles;
    @Autowired
    org.springframework.core.env.Environment env;
    @Autowired
    Engine engine;

    @Test
    void aDecisionReservedToManagementNamesThePolicysHoldersInBothLanguages() {
        assertThat(shown(Locale.ENGLISH, "ransomware", "p1.ransom")).contains(
                ":bust_in_silhouette: Only Management / CISO (",
                "may choose: Consider paying as an exception. By the organisation policy: <@U0CISO> (CISO); deputy "
                        + "<@U0CIO> — per Information security policy §5.2");
        assertThat(shown(Locale.JAPANESE, "targeted-attack", "p1.contain")).contains(
                "次の選択肢は 経営層・CISO", "だけが選べます:観察を続ける（24時間後に再判断）。組織ポリシー上の権限者:<@U0CISO>（最高情報セキュリティ責任者（CISO））、代理:<@U0CIO> — 根拠:Information security policy §5.2");
    }

    @Test
    void thePolicysHoldersAndDeputiesHoldTheRoleForTheEngineOthersDoNot() {
        Playbook ransomware = catalog.find("ransomware").orElseThrow();
        Incident incident = incident();

        assertThat(roles.actor(incident, ransomware, "U0CISO").roles()).contains("mgmt");
        assertThat(roles.actor(incident, ransomware, "U0CIO").roles()).contains("mgmt");
        assertThat(roles.actor(incident, ransomware, SECOND_RESPONDER).roles()).doesNotContain("mgmt");
    }

    @Test
    void theEngineLetsThePolicysManagementHolderTakeAReservedDecisionAndRefusesAResponder() {
        var read = new PlaybookReader().read("policy-test.yaml", RESERVED);
        assertThat(read.problems()).isEmpty();
        Playbook playbook = read.playbook();
        Instant now = Instant.parse("2004-08-02T01:00:00Z");
        RunState started = engine.start(playbook, org.csirtbot.playbooks.model.Severity.S3, now).state();

        Outcome byResponder = engine.apply(playbook, started, new Action.Choose(roles.actor(incident(), playbook,
                SECOND_RESPONDER), "ransom", "pay", "We want the files back", Map.of()), now);
        Outcome byCiso = engine.apply(playbook, started, new Action.Choose(roles.actor(incident(), playbook, "U0CISO"),
                "ransom", "pay", "Board approved after the legal and sanctions review", Map.of()), now);

        assertThat(byResponder.refused()).isTrue();
        assertThat(byResponder.events()).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(Event.Refused.class,
                r -> assertThat(r.reason()).isEqualTo(Refusal.ROLE_REQUIRED)));
        assertThat(byCiso.refused()).as(byCiso.events().toString()).isFalse();
        assertThat(byCiso.state().values()).containsEntry("__ransom__", "pay");
    }

    /** A decision whose one option only management ({@code mgmt}, the incident's approvers) may choose. */
    private static final String RESERVED = """
            schema: csirt-playbook/1
            id: policy-test
            version: 1
            lang: en
            name: {en: Policy test, ja: ポリシーテスト}
            classification: {rsit: [other/undetermined]}
            severity_default: S4
            tlp: TLP:CLEAR
            roles:
              im: {label: {en: Incident manager, ja: インシデントマネージャ}, incident_role: commander}
              handler: {label: {en: Handler, ja: ハンドラ}, kind: group}
              mgmt: {label: {en: Management, ja: 経営層}, incident_role: approver}
            phases:
              - id: p1
                name: {en: Decide, ja: 判断}
                steps:
                  - id: ransom
                    type: decision
                    owner: handler
                    name: {en: Ransom, ja: 身代金}
                    instructions: {en: Decide., ja: 判断してください。}
                    mandatory: true
                    decision:
                      question: {en: "Pay the ransom", ja: 支払うか}
                      record_as: __ransom__
                      options:
                        - {id: no_pay, label: {en: Do not pay, ja: 支払わない}, next: end}
                        - {id: pay, label: {en: Pay, ja: 支払う}, next: end, requires_role: mgmt}
            """;

    @Test
    void theContractorBranchAndANotifyStepShowTheSuppliersDuties() {
        assertThat(shown(Locale.ENGLISH, "personal-data-breach", "p1.contractor")).contains(
                "*Suppliers and contractors with incident duties*",
                "Example payroll contractor (contractor): notify us within 24 h · provides access logs, forensic access "
                        + "to our tenant · contract Outsourcing agreement §12");
        Notify notify = new Notify(List.of("vendor"), null, null, null, null, false, null,
                List.of("example-contractor"));
        assertThat(lines.of(Locale.JAPANESE, notify)).contains("契約上の義務:24 時間以内に当社へ通知 · 提供:access logs");
    }

    @Test
    void theDirectoryApiShowsTheDuties() {
        int port = env.getProperty("local.server.port", Integer.class);
        var contractor = TestBot.api(port, "/api/partners/example-contractor").body();

        assertThat(contractor.path("kind").asText()).isEqualTo("contractor");
        assertThat(contractor.path("duties").path("notifyWithinHours").asInt()).isEqualTo(24);
        assertThat(contractor.path("duties").path("contractRef").asText()).isEqualTo("Outsourcing agreement §12");
        assertThat(TestBot.api(port, "/api/partners/jpcert").body().path("duties").path("provides").toString())
                .isEqualTo("[]");

        var saved = ApiWrites.put(port, "/api/partners/policy-test-mssp", """
                {"name": {"en": "Example MSSP"}, "kind": "mssp", "tlpMax": "AMBER",
                 "duties": {"notifyWithinHours": 4, "provides": ["SIEM export"], "contractRef": "SOC SLA §2"}}""",
                TestBot.PARTNERS_TOKEN);
        var refused = ApiWrites.put(port, "/api/partners/policy-test-mssp", """
                {"name": {"en": "Example MSSP"}, "kind": "mssp", "tlpMax": "AMBER", "duties": {"notifyWithinHours": -1}}""",
                TestBot.PARTNERS_TOKEN);

        assertThat(saved.status()).isEqualTo(201);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("error").asText()).contains("duties.notifyWithinHours must be a whole number");
        var read = TestBot.api(port, "/api/partners/policy-test-mssp").body().path("duties");
        assertThat(read.path("notifyWithinHours").asInt()).isEqualTo(4);
        assertThat(read.path("provides").toString()).isEqualTo("[\"SIEM export\"]");
    }

    private static Incident incident() {
        Instant now = Instant.parse("2004-08-02T01:00:00Z");
        return new Incident("INC-2004-0902", "Ransomware on the file server", Severity.S1, ReportCategory.MALWARE,
                Tlp.AMBER, false, IncidentStatus.CONTAINING, RESPONDER, RESPONDER, now, null, List.of(), false, null,
                List.of(), List.of(), Incident.Closure.NONE, Incident.Retention.NONE);
    }

    private String shown(Locale locale, String playbookId, String stepId) {
        Playbook playbook = catalog.find(playbookId).orElseThrow();
        Incident incident = incident();
        Instant now = incident.declaredAt();
        RunState state = new RunState(playbook.id(), playbook.version(), now, now,
                org.csirtbot.playbooks.model.Severity.S1, null, Map.of(), Map.of(), List.of(), List.of(), Map.of(),
                Map.of(), false);
        PlaybookRun run = new PlaybookRun(incident.id() + "/" + playbook.id(), incident.id(), playbook, state, 1,
                RESPONDER, now, List.of());
        return new ObjectMapper().valueToTree(messages.open(locale, incident, run, playbook.step(stepId).orElseThrow(),
                null)).toString();
    }
}
