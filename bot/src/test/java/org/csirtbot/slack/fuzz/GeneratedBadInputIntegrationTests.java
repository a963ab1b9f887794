package org.csirtbot.slack.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csirtbot.testkit.TestBot.EMPLOYEE;
import static org.csirtbot.testkit.TestBot.RESPONDER;
import static org.csirtbot.testkit.TestBot.TRIAGE;

import java.util.ArrayList;
import java.util.List;

import org.csirtbot.sandbox.workspace.BlockKitLimits;
import org.csirtbot.testkit.ApiBaseline;
import org.csirtbot.testkit.Forms;
import org.csirtbot.testkit.HostileInputSuite;
import org.csirtbot.testkit.SlackJourneys;
import org.csirtbot.testkit.TestBot;
import org.csirtbot.testkit.fakeslack.LiveMarkup;
import org.csirtbot.triage.slack.DeclareModal;
import org.csirtbot.triage.slack.TriageMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Thousands of generated hostile inputs ({@link HostileText}) through the commands, the forms and the triage
 * buttons, one signed request at a time, each checked against the same invariants:
 * <ul>
 * <li>no 5xx; 401 for exactly what is not signed (one request in 25 is sent unsigned or wrongly signed);</li>
 * <li>nothing the bot posts, updates, whispers, opens, answers or sets as a topic carries a live mention or link
 *     from user text ({@link LiveMarkup}: any unescaped {@code <} is live, except the bot's own {@code <@U…>} of
 *     Slack-shaped user IDs this test acted as, {@code <#C…>} of channels Slack created, and the summary's
 *     {@code <!date^…>});</li>
 * <li>every message and view is within Block Kit's limits ({@link BlockKitLimits}), topics within 250, channel
 *     names within Slack's rules;</li>
 * <li>the bot logs no error, and no warning of its own (but for a direct message to a forged user ID);</li>
 * <li>a report or incident is created exactly when a valid submission asks for one, and stores what was typed:
 *     trimmed as the form trims, with each unpaired surrogate as U+FFFD (a UTF-8 store cannot hold one; Slack
 *     only ever sends UTF-8), control characters kept as sent (they are JSON-escaped on the way out and are
 *     not mrkdwn); a dismissal or attachment changes a report exactly when a responder validly asks;</li>
 * <li>the bot still does its job: a valid report reaches triage, a declared incident gets its whole room, a
 *     command opens its form, a triage click is answered once;</li>
 * <li>reports and incidents made before the barrage read back identical afterwards.</li>
 * </ul>
 * Text in {@code plain_text} objects, in input initial values and in view-submission errors is shown by Slack
 * as typed, so it is not checked for mentions. Inputs that once broke an invariant run first, whatever the seed.
 * A failure lists each broken invariant once, with how often and the first case (seed, input) that broke it;
 * {@code -Dcsirtbot.fuzz.seed=<seed>} repeats a run, {@code -Dcsirtbot.fuzz.scale=<factor>} sends more or fewer.
 * Structurally broken payloads (not JSON, a number where Slack sends a string) are out of scope: Bolt's own parser
 * answers those with 500 before any handler runs, and only a holder of the signing secret could send them.
 * <p>
 * Everything inside incident rooms (subcommands, room forms, playbook and decision buttons, timeline events) is
 * {@link GeneratedRoomBadInputIntegrationTests}, on the same machinery and the same seed property.
 * <p>
 * The machinery is beside it: {@link FuzzBarrage} runs and checks the cases, {@link FuzzSlackChecks} holds the
 * invariants on Slack calls, {@link FuzzCommands}, {@link FuzzReportForms}, {@link FuzzDeclareForms} and
 * {@link FuzzTriage} generate the cases, {@link FuzzRun} keeps what the barrages share.
 */
@HostileInputSuite
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GeneratedBadInputIntegrationTests {

    static final long SEED = Long.getLong("csirtbot.fuzz.seed", System.nanoTime());
    /**
     * At scale 1 about 2,950 requests, which took 45–53 s for the whole class on the 2-core build machine (app start
     * and baseline included; the bot's own work dominates, not the checks).
     */
    static final double SCALE = Double.parseDouble(System.getProperty("csirtbot.fuzz.scale", "1"));

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext app;

    private FuzzRun run;
    private FuzzCommands commands;
    private FuzzReportForms reportForms;
    private FuzzDeclareForms declareForms;
    private FuzzTriage triage;

    // ---- set-up: a few reports and incidents with known content, read back after every barrage ----------

    /**
     * The fuzz's Slack: anyone may click in the triage channel, and the triage messages its forms name (at
     * made-up timestamps) are there; the fake Slack answers as Slack would (user_not_in_channel, message_not_found).
     */
    @BeforeEach
    void fuzzWorkspace() {
        TestBot.slack().givenEveryoneIn(TRIAGE);
        for (String ts : List.of("1700000000.000100", "1.1")) {
            TestBot.slack().messages().givenBotMessage(TRIAGE, ts, "A report to triage");
        }
    }

    @BeforeAll
    void recordTheBaseline() {
        fuzzWorkspace();
        TestBot.resetSlack();
        TestBot.slack().rules().enforceRates(false);
        run = new FuzzRun(SEED, TestBot.slack(), port, app);
        commands = new FuzzCommands(run);
        reportForms = new FuzzReportForms(run);
        declareForms = new FuzzDeclareForms(run);
        triage = new FuzzTriage(run);
        SlackJourneys journeys = new SlackJourneys(run.slack, run.requests, port);
        String plain = journeys.report(EMPLOYEE, Forms.phishingReport());
        String hostile = journeys.report(EMPLOYEE, Forms.report("suspicious_link",
                "<!channel> look at <https://evil.example|your bank> & pay {\"$gt\": \"\"}", "<!here> now",
                "<@U0CEO>", "<https://x.y>\na.b\n$where"));
        String japanese = journeys.report("UFUZZ0001", Forms.report("other", "不審なメール 👨‍👩‍👧‍👦 \u202egnp.exe",
                "今朝", "社用PC", null));
        String byCommand = journeys.declareByCommand(RESPONDER,
                Forms.declaration("Baseline <!channel> phishing wave", "S2", "phishing_mail", "AMBER", false, false));
        String fromReport = journeys.declareFromTriage(japanese, RESPONDER,
                Forms.declaration("不審なメール *wave*", "S3", "other", "GREEN", true, true));
        run.drain();
        run.baselineReports.addAll(List.of(plain, hostile, japanese));
        List<String> paths = new ArrayList<>();
        for (String report : run.baselineReports) {
            paths.add("/api/reports/" + report);
        }
        for (String incident : List.of(byCommand, fromReport)) {
            paths.add("/api/incidents/" + incident);
            paths.add("/api/incidents/" + incident + "/log");
        }
        run.baseline = ApiBaseline.record(port, paths);
        run.listen(getClass().getSimpleName());
    }

    @AfterAll
    void stopListening() {
        run.appLog.detach();
        TestBot.slack().rules().enforceRates(true);
    }

    // ---- the barrages -----------------------------------------------------------------------------------

    @Test
    @Order(1)
    void slashCommandsAnswerPolitelyAndOpenOnlyInertForms() {
        FuzzBarrage barrage = new FuzzBarrage(run, "commands", 1);
        HostileText gen = barrage.gen;
        barrage.signed(
                () -> commands.command(gen, "/incident", "declare Nobody sent this", ""),
                () -> commands.command(gen, "/report", "&lt;!channel&gt; from nobody", ""),
                () -> commands.command(gen, "/incident", "frobnicate <!channel> <https://evil.example|bank>", RESPONDER));
        for (int i = 0; i < scaled(800); i++) {
            barrage.run(gen.chance(0.5) ? commands.reportCommand(gen) : commands.incidentCommand(gen));
        }
        barrage.finish();
    }

    @Test
    @Order(2)
    void reportFormsStoreExactlyWhatIsValidAndPostItInert() {
        FuzzBarrage barrage = new FuzzBarrage(run, "report forms", 2);
        HostileText gen = barrage.gen;
        barrage.signed(
                () -> reportForms.reportSubmission(gen, true, "U123><!channel"),
                () -> reportForms.reportSubmission(gen, true, "<@UCSIRT001>"),
                () -> reportForms.reportSubmission(gen, true, ""));
        for (int i = 0; i < scaled(700); i++) {
            barrage.run(reportForms.reportSubmission(gen, gen.chance(0.45)));
        }
        barrage.finish();
    }

    @Test
    @Order(3)
    void declareFormsDeclareOnlyForRespondersWithValidChoices() {
        FuzzBarrage barrage = new FuzzBarrage(run, "declare forms", 3);
        HostileText gen = barrage.gen;
        barrage.signed(
                () -> declareForms.declaration(gen, RESPONDER, "t", "S1", "other", "CLEAR", "null",
                        HostileText.freshViewId()),
                () -> declareForms.declaration(gen, RESPONDER, "t", "S1", "other", "CLEAR",
                        HostileText.context("RPT-1999-000001", TRIAGE, "1.1"), HostileText.freshViewId()),
                () -> declareForms.declaration(gen, RESPONDER, "<!channel> see <https://evil.example|bank> & <@U0CEO>",
                        "S2", "malware", "AMBER", "", HostileText.freshViewId()));
        for (int i = 0; i < 10; i++) {
            barrage.signed(() -> reportForms.reportSubmission(gen, true));
        }
        for (int i = 0; i < scaled(500); i++) {
            barrage.run(declareForms.declareSubmission(gen));
        }
        barrage.finish();
    }

    @Test
    @Order(4)
    void triageButtonsAndFormsChangeOnlyWhatAResponderValidlyAsks() {
        FuzzBarrage barrage = new FuzzBarrage(run, "triage", 4);
        HostileText gen = barrage.gen;
        for (int i = 0; i < 30; i++) {
            barrage.signed(() -> reportForms.reportSubmission(gen, true));
        }
        for (int i = 0; i < 4; i++) {
            barrage.signed(() -> declareForms.declaration(gen, RESPONDER, gen.shortText(DeclareModal.TITLE_MAX),
                    "S4", "other", "CLEAR", "", HostileText.freshViewId()));
        }
        String missing = HostileText.context("RPT-1999-000001", TRIAGE, "1.1");
        barrage.signed(
                () -> triage.triageClick(gen, RESPONDER, TriageMessage.DISMISS, null, TRIAGE, "1.1"),
                () -> triage.triageClick(gen, RESPONDER, TriageMessage.ATTACH, "<!here> <https://evil.example|bank>",
                        TRIAGE, "1.1"),
                () -> triage.dismissSubmission(gen, RESPONDER, "null", "reason"),
                () -> triage.dismissSubmission(gen, RESPONDER, missing, "reason"),
                () -> triage.attachSubmission(gen, RESPONDER, missing, run.barrageIncidents.get(0)));
        for (int i = 0; i < scaled(900); i++) {
            int kind = run.openReports.size() < 5 ? 0 : gen.between(1, 12);
            barrage.run(kind == 0 ? reportForms.reportSubmission(gen, true) : kind <= 5 ? triage.triageClick(gen)
                    : kind <= 8 ? triage.dismissSubmission(gen) : triage.attachSubmission(gen));
        }
        barrage.finish();
    }

    @Test
    @Order(5)
    void everyIncidentLogStillVerifies() {
        FuzzLogs logs = FuzzLogs.read(port, run.incidentsBefore);
        logs.print(getClass().getSimpleName());
        assertThat(logs.broken()).as("incident logs that no longer verify (seed %d)", SEED).isEmpty();
    }

    static int scaled(int count) {
        return (int) Math.max(1, Math.round(count * SCALE));
    }
}
