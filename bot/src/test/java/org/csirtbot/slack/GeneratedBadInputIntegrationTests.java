package org.csirtbot.slack;

import static org.csirtbot.testkit.SlackPayloads.checkboxes;
import static org.csirtbot.testkit.SlackPayloads.plainText;
import static org.csirtbot.testkit.SlackPayloads.staticSelect;
import static org.csirtbot.testkit.TestBot.EMPLOYEE;
import static org.csirtbot.testkit.TestBot.GENERAL;
import static org.csirtbot.testkit.TestBot.RESPONDER;
import static org.csirtbot.testkit.TestBot.SECOND_RESPONDER;
import static org.csirtbot.testkit.TestBot.TRIAGE;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.csirtbot.incident.Severity;
import org.csirtbot.incident.Tlp;
import org.csirtbot.report.ReportCategory;
import org.csirtbot.storage.IncidentDocument;
import org.csirtbot.storage.ReportDocument;
import org.csirtbot.testkit.BlockKitLimits;
import org.csirtbot.testkit.BotIntegrationTest;
import org.csirtbot.testkit.LiveMarkup;
import org.csirtbot.testkit.SignedSlackRequests;
import org.csirtbot.testkit.SlackApiStub;
import org.csirtbot.testkit.SlackPayloads;
import org.csirtbot.testkit.TestBot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;

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
 */
@BotIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GeneratedBadInputIntegrationTests {

    static final long SEED = Long.getLong("csirtbot.fuzz.seed", System.nanoTime());
    /**
     * At scale 1 about 2,950 requests, which took 45–53 s for the whole class on the 2-core build machine (app start
     * and baseline included; the bot's own work dominates, not the checks).
     */
    static final double SCALE = Double.parseDouble(System.getProperty("csirtbot.fuzz.scale", "1"));

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FORM = SignedSlackRequests.FORM;
    private static final List<String> RESPONDERS = List.of(RESPONDER, SECOND_RESPONDER);
    private static final List<String> CATEGORIES = Arrays.stream(ReportCategory.values()).map(ReportCategory::code)
            .toList();
    private static final List<String> SEVERITIES = Arrays.stream(Severity.values()).map(Severity::name).toList();
    private static final List<String> TLPS = Arrays.stream(Tlp.values()).map(Tlp::label).toList();
    /** How many different broken invariants a failure lists (with the first case that broke each). */
    private static final int MAX_REPORTED = 25;
    private static final Pattern QUOTED = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"(…\\(\\d+ chars\\))?|\\d+");
    /** Slack's limit for a channel topic or purpose. */
    private static final int TOPIC_MAX = 250;
    private static final Pattern CHANNEL_CREATED_BY_SLACK = Pattern.compile("<#C0K\\d{8}>");
    private static final Pattern SLACK_USER_ID = Pattern.compile("[UW][A-Z0-9]{2,}");
    private static final Pattern SUMMARY_DATE = Pattern.compile(
            "<!date\\^\\d+\\^\\{date_short_pretty} \\{time}\\|[0-9T:.Z-]+>");

    final SlackApiStub slack = TestBot.slack();

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    @Qualifier("slackWork")
    ThreadPoolTaskExecutor work;
    @Autowired
    @Qualifier("slackViews")
    ThreadPoolTaskExecutor views;

    private SignedSlackRequests requests;
    private final AppLog appLog = new AppLog();
    private final Map<String, JsonNode> baseline = new LinkedHashMap<>();
    private final List<String> baselineReports = new ArrayList<>();
    /** Reports made by the barrage, by state: the only ones a hostile-but-valid submission may change. */
    private final List<String> openReports = new ArrayList<>();
    private final List<String> closedReports = new ArrayList<>();
    private final List<String> barrageIncidents = new ArrayList<>();
    /** Report submission keys already used, and the report each made. */
    private final Map<String, String> reportByKey = new HashMap<>();
    /** The user IDs this test acted as; the bot may mention those shaped like Slack's. */
    private final Set<String> actingUsers = new HashSet<>();
    /** Off while the fixed regression cases run, so each is sent signed. */
    private boolean forgeSomeSignatures = true;

    // ---- set-up: a few reports and incidents with known content, read back after every barrage ----------

    @BeforeAll
    void recordTheBaseline() {
        slack.reset();
        requests = new SignedSlackRequests(port, TestBot.SIGNING_SECRET, slack);
        actingUsers.addAll(RESPONDERS);
        actingUsers.addAll(HostileText.WELL_FORMED_USERS);
        SlackJourneys journeys = new SlackJourneys(slack, requests, port);
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
        drain();
        baselineReports.addAll(List.of(plain, hostile, japanese));
        for (String report : baselineReports) {
            baseline.put("/api/reports/" + report, null);
        }
        for (String incident : List.of(byCommand, fromReport)) {
            baseline.put("/api/incidents/" + incident, null);
            baseline.put("/api/incidents/" + incident + "/log", null);
        }
        baseline.replaceAll((path, none) -> TestBot.api(port, path).body());
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        appLog.setContext(root.getLoggerContext());
        appLog.start();
        root.addAppender(appLog);
        System.out.printf("%s: seed %d (repeat with -Dcsirtbot.fuzz.seed=%d)%n", getClass().getSimpleName(), SEED, SEED);
    }

    @AfterAll
    void stopListening() {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(appLog);
        appLog.stop();
    }

    // ---- the barrages -----------------------------------------------------------------------------------

    @Test
    @Order(1)
    void slashCommandsAnswerPolitelyAndOpenOnlyInertForms() {
        Barrage barrage = new Barrage("commands", 1);
        barrage.signed(
                () -> command(barrage.gen, "/incident", "declare Nobody sent this", ""),
                () -> command(barrage.gen, "/report", "&lt;!channel&gt; from nobody", ""),
                () -> command(barrage.gen, "/incident", "frobnicate <!channel> <https://evil.example|bank>", RESPONDER));
        for (int i = 0; i < scaled(800); i++) {
            barrage.run(barrage.gen.chance(0.5) ? reportCommand(barrage.gen) : incidentCommand(barrage.gen));
        }
        barrage.finish();
    }

    @Test
    @Order(2)
    void reportFormsStoreExactlyWhatIsValidAndPostItInert() {
        Barrage barrage = new Barrage("report forms", 2);
        barrage.signed(
                () -> reportSubmission(barrage.gen, true, "U123><!channel"),
                () -> reportSubmission(barrage.gen, true, "<@UCSIRT001>"),
                () -> reportSubmission(barrage.gen, true, ""));
        for (int i = 0; i < scaled(700); i++) {
            barrage.run(reportSubmission(barrage.gen, barrage.gen.chance(0.45)));
        }
        barrage.finish();
    }

    @Test
    @Order(3)
    void declareFormsDeclareOnlyForRespondersWithValidChoices() {
        Barrage barrage = new Barrage("declare forms", 3);
        barrage.signed(
                () -> declaration(barrage.gen, RESPONDER, "t", "S1", "other", "CLEAR", "null", HostileText.freshViewId()),
                () -> declaration(barrage.gen, RESPONDER, "t", "S1", "other", "CLEAR",
                        HostileText.context("RPT-1999-000001", TRIAGE, "1.1"), HostileText.freshViewId()),
                () -> declaration(barrage.gen, RESPONDER, "<!channel> see <https://evil.example|bank> & <@U0CEO>",
                        "S2", "malware", "AMBER", "", HostileText.freshViewId()));
        for (int i = 0; i < 10; i++) {
            barrage.signed(() -> reportSubmission(barrage.gen, true));
        }
        for (int i = 0; i < scaled(500); i++) {
            barrage.run(declareSubmission(barrage.gen));
        }
        barrage.finish();
    }

    @Test
    @Order(4)
    void triageButtonsAndFormsChangeOnlyWhatAResponderValidlyAsks() {
        Barrage barrage = new Barrage("triage", 4);
        for (int i = 0; i < 30; i++) {
            barrage.signed(() -> reportSubmission(barrage.gen, true));
        }
        for (int i = 0; i < 4; i++) {
            barrage.signed(() -> declaration(barrage.gen, RESPONDER, barrage.gen.shortText(DeclareModal.TITLE_MAX),
                    "S4", "other", "CLEAR", "", HostileText.freshViewId()));
        }
        String missing = HostileText.context("RPT-1999-000001", TRIAGE, "1.1");
        barrage.signed(
                () -> triageClick(barrage.gen, RESPONDER, TriageMessage.DISMISS, null, TRIAGE, "1.1"),
                () -> triageClick(barrage.gen, RESPONDER, TriageMessage.ATTACH, "<!here> <https://evil.example|bank>",
                        TRIAGE, "1.1"),
                () -> dismissSubmission(barrage.gen, RESPONDER, "null", "reason"),
                () -> dismissSubmission(barrage.gen, RESPONDER, missing, "reason"),
                () -> attachSubmission(barrage.gen, RESPONDER, missing, barrageIncidents.get(0)));
        for (int i = 0; i < scaled(900); i++) {
            HostileText gen = barrage.gen;
            int kind = openReports.size() < 5 ? 0 : gen.between(1, 12);
            barrage.run(kind == 0 ? reportSubmission(gen, true) : kind <= 5 ? triageClick(gen)
                    : kind <= 8 ? dismissSubmission(gen) : attachSubmission(gen));
        }
        barrage.finish();
    }

    // ---- commands ---------------------------------------------------------------------------------------

    private Case reportCommand(HostileText gen) {
        String text = gen.any();
        return command(gen, "/report", gen.chance(0.5) ? HostileText.slackEscaped(text) : text,
                gen.chance(0.5) ? EMPLOYEE : gen.chance(0.5) ? gen.pick(RESPONDERS) : gen.nonResponder());
    }

    private Case incidentCommand(HostileText gen) {
        String text = switch (gen.between(0, 7)) {
            case 0 -> "declare " + gen.any();
            case 1 -> "DECLARE\t" + gen.any();
            case 2 -> gen.pick(List.of("declare", "help", "", " ", "Declare", "declare\n", "declareX"));
            case 3 -> "declare" + gen.pick(HostileText.NEWLINES) + gen.mix(2);
            case 4 -> gen.mix(gen.between(1, 3)) + " declare";
            default -> gen.any();
        };
        return command(gen, "/incident", gen.chance(0.5) ? HostileText.slackEscaped(text) : text,
                gen.chance(0.6) ? gen.pick(RESPONDERS) : gen.nonResponder());
    }

    private Case command(HostileText gen, String command, String text, String user) {
        String channel = gen.chance(0.8) ? GENERAL : gen.mix(1);
        // unique even when hostile: the same trigger twice is one delivery repeated, answered once (tested elsewhere)
        String trigger = gen.chance(0.9) ? SlackPayloads.newTriggerId() : gen.mix(1) + SlackPayloads.newTriggerId();
        Map<String, String> form = SlackPayloads.slashCommandForm(command, text, user, channel, slack.responseUrl(),
                trigger);
        Case c = new Case(command, gen).input("text", text).input("user_id", user).input("channel_id", channel)
                .input("trigger_id", trigger);
        String body = formBody(form);
        boolean opensForm = "/report".equals(command) || (RESPONDERS.contains(user) && declares(text));
        c.sendForm(body);
        c.opens = opensForm ? 1 : 0;
        c.afterAck = ack -> {
            if (!opensForm && ack.body().isEmpty()) {
                c.fail("an /incident command that opens no form must answer with text, it answered nothing");
            }
        };
        return c;
    }

    /** Whether /incident text, as Slack sends it, is the declare subcommand. */
    private static boolean declares(String slackText) {
        String text = Mrkdwn.unescape(slackText).strip();
        return text.split("\\s+", 2)[0].toLowerCase(Locale.ROOT).equals("declare");
    }

    // ---- the report form --------------------------------------------------------------------------------

    private Case reportSubmission(HostileText gen, boolean aimValid) {
        return reportSubmission(gen, aimValid,
                gen.chance(0.5) ? EMPLOYEE : gen.chance(0.3) ? gen.pick(RESPONDERS) : gen.nonResponder());
    }

    private Case reportSubmission(HostileText gen, boolean aimValid, String user) {
        String category = aimValid ? gen.pick(CATEGORIES) : gen.chance(0.2) ? null : gen.choice(CATEGORIES);
        String what = aimValid ? (gen.chance(0.05) ? gen.huge().substring(0, ReportModal.WHAT_MAX) : gen.shortText(300))
                : gen.any();
        String when = aimValid ? gen.shortText(ReportModal.SHORT_MAX) : gen.any();
        String system = aimValid ? gen.shortText(ReportModal.SHORT_MAX) : gen.any();
        String observables = aimValid ? observableLines(gen) : gen.any();
        String metadata = gen.chance(0.6) ? "" : gen.metadata();
        String viewId = aimValid ? HostileText.freshViewId() : gen.viewId();
        Map<String, Map<String, Object>> state = new LinkedHashMap<>();
        state.put("category", Map.of("value", staticSelect(category)));
        putText(gen, state, "what", what, aimValid);
        putText(gen, state, "when", when, aimValid);
        putText(gen, state, "system", system, aimValid);
        putText(gen, state, "observables", observables, aimValid);

        Case c = new Case("report_submit", gen).input("user", user).input("view_id", viewId)
                .input("private_metadata", metadata).input("category", category).input("what", what)
                .input("when", when).input("system", system).input("observables", observables)
                .input("state blocks", state.keySet().toString());
        String categoryOk = CATEGORIES.contains(category) ? category : null;
        String typedWhat = typed(state, "what");
        String typedWhen = typed(state, "when");
        String typedSystem = typed(state, "system");
        String typedObservables = typed(state, "observables");
        List<String> lines = Arrays.stream(typedObservables.split("\\R")).map(String::strip)
                .filter(l -> !l.isEmpty()).toList();
        boolean valid = categoryOk != null && within(typedWhat, ReportModal.WHAT_MAX)
                && within(typedWhen, ReportModal.SHORT_MAX) && within(typedSystem, ReportModal.SHORT_MAX)
                && typedObservables.length() <= ReportModal.OBSERVABLES_MAX && lines.size() <= ReportModal.OBSERVABLES_MAX_LINES;
        String key = HostileText.storable("view:" + viewId);
        String earlier = valid ? reportByKey.get(key) : null;
        c.newReports = valid && earlier == null ? 1 : 0;
        c.sendInteraction(SlackPayloads.viewSubmission(user, ReportModal.CALLBACK, viewId, metadata, state));
        c.afterAck = ack -> {
            JsonNode body = json(c, ack.body());
            if (!valid) {
                if (!"errors".equals(body.path("response_action").asText())) {
                    c.fail("an invalid report form must be answered with errors, was: " + HostileText.show(ack.body()));
                }
                return;
            }
            if (!"update".equals(body.path("response_action").asText())) {
                c.fail("a valid report form must be answered with the thank-you view, was: " + HostileText.show(ack.body()));
                return;
            }
            String reportId = Forms.first(Forms.REPORT_ID, body.path("view").toString());
            if (earlier != null) {
                if (!earlier.equals(reportId)) {
                    c.fail("a repeated submission of view " + HostileText.show(viewId) + " must show " + earlier
                            + " again, showed " + reportId);
                }
                return;
            }
            reportByKey.put(key, reportId);
            JsonNode stored = TestBot.api(port, "/api/reports/" + reportId).body();
            c.same("reporterId", HostileText.storable(user), stored.path("reporterId").asText());
            c.same("category", ReportCategory.fromCode(categoryOk).orElseThrow().name(), stored.path("category").asText());
            c.same("description", HostileText.storable(typedWhat), stored.path("description").asText());
            c.same("occurredAt", HostileText.storable(typedWhen), stored.path("occurredAt").asText());
            c.same("affectedSystem", HostileText.storable(typedSystem), stored.path("affectedSystem").asText());
            List<String> storedLines = new ArrayList<>();
            stored.path("observables").forEach(o -> storedLines.add(o.asText()));
            c.same("observables", lines.stream().map(HostileText::storable).toList().toString(), storedLines.toString());
            c.same("status", "OPEN", stored.path("status").asText());
            if (stored.path("triageTs").isNull() || stored.path("triageTs").isMissingNode()) {
                c.fail(reportId + " was not posted to the triage channel");
            }
            openReports.add(reportId);
            c.changes.add("report created");
        };
        return c;
    }

    private static String observableLines(HostileText gen) {
        if (gen.chance(0.3)) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        if (gen.chance(0.15)) {
            // as much as the form takes, all of it markup that grows fourfold when escaped
            String dense = gen.pick(List.of("<!channel>", "<&>", "&lt;", "<@U123>"));
            for (int i = 0; i < ReportModal.OBSERVABLES_MAX_LINES; i++) {
                lines.add(dense.repeat(59 / dense.length()));
            }
            return String.join("\n", lines);
        }
        for (int i = gen.between(1, 8); i > 0; i--) {
            lines.add(gen.shortText(40));
        }
        return String.join(gen.pick(List.of("\n", "\r\n", "\u2028", "\r")), lines);
    }

    /** A text input's state: usually as Slack sends it; when not aiming at a valid form, sometimes left out or under another action ID. */
    private static void putText(HostileText gen, Map<String, Map<String, Object>> state, String block, String value,
                                boolean aimValid) {
        if (!aimValid && gen.chance(0.08)) {
            return;
        }
        String action = !aimValid && gen.chance(0.05) ? "VALUE" : ModalParts.VALUE;
        state.put(block, Map.of(action, plainText(value)));
    }

    /** What the form reads from a text input: its value trimmed, or nothing. */
    private static String typed(Map<String, Map<String, Object>> state, String block) {
        Map<String, Object> actions = state.get(block);
        Object value = actions == null ? null : actions.get(ModalParts.VALUE);
        Object text = value == null ? null : ((Map<?, ?>) value).get("value");
        return text == null ? "" : ((String) text).strip();
    }

    private static boolean within(String text, int max) {
        return !text.isEmpty() && text.length() <= max;
    }

    // ---- the declare form -------------------------------------------------------------------------------

    private Case declareSubmission(HostileText gen) {
        String user = gen.chance(0.65) ? gen.pick(RESPONDERS) : gen.nonResponder();
        boolean aimValid = gen.chance(0.5);
        String title = aimValid ? gen.shortText(DeclareModal.TITLE_MAX) : gen.any();
        String severity = aimValid ? gen.pick(SEVERITIES) : gen.choice(SEVERITIES);
        String category = aimValid ? gen.pick(CATEGORIES) : gen.choice(CATEGORIES);
        String tlp = aimValid ? gen.pick(TLPS) : gen.choice(TLPS);
        String metadata = switch (gen.between(0, 9)) {
            case 0, 1, 2 -> "";
            case 3 -> TriageContext.none().toMetadata();
            case 4 -> openReports.isEmpty() ? "" : HostileText.context(gen.pick(openReports), TRIAGE, "1.1");
            case 5 -> closedReports.isEmpty() ? "" : HostileText.context(gen.pick(closedReports), TRIAGE, "1.1");
            default -> gen.metadata();
        };
        return declaration(gen, user, title, severity, category, tlp, metadata, gen.viewId());
    }

    private Case declaration(HostileText gen, String user, String title, String severity, String category, String tlp,
                             String metadata, String viewId) {
        Map<String, Map<String, Object>> state = new LinkedHashMap<>();
        state.put("title", Map.of("value", plainText(title)));
        state.put("severity", Map.of("value", staticSelect(severity)));
        state.put("category", Map.of("value", staticSelect(category)));
        state.put("tlp", Map.of("value", staticSelect(tlp)));
        boolean confidential = gen.chance(0.3);
        state.put("confidential", Map.of("value", confidential ? checkboxes(gen.chance(0.8) ? "yes" : gen.any())
                : checkboxes()));
        if (gen.chance(0.5)) {
            state.put("invite_reporter", Map.of("value", gen.chance(0.5) ? checkboxes("yes") : checkboxes()));
        }
        Case c = new Case("incident_declare", gen).input("user", user).input("view_id", viewId)
                .input("private_metadata", metadata).input("title", title).input("severity", severity)
                .input("category", category).input("tlp", tlp).input("confidential", String.valueOf(confidential));
        String typedTitle = title == null ? "" : title.strip();
        boolean responder = RESPONDERS.contains(user);
        boolean fields = within(typedTitle, DeclareModal.TITLE_MAX) && SEVERITIES.contains(severity)
                && CATEGORIES.contains(category) && TLPS.contains(tlp);
        String reportId = reportIdIn(metadata);
        String key = HostileText.storable(reportId != null ? "report:" + reportId : "view:" + viewId);
        String reportStatus = reportId == null ? null : reportStatus(reportId);
        boolean declaredBefore = mongo.exists(Query.query(where("declarationKey").is(key)), IncidentDocument.class);
        boolean accepted = responder && fields
                && (reportId == null || "open".equals(reportStatus) || "attached".equals(reportStatus) || declaredBefore);
        boolean creates = accepted && !declaredBefore && (reportId == null || "open".equals(reportStatus));
        c.newIncidents = creates ? 1 : 0;
        c.sendInteraction(SlackPayloads.viewSubmission(user, DeclareModal.CALLBACK, viewId, metadata, state));
        c.afterAck = ack -> {
            if (accepted != ack.body().isEmpty()) {
                c.fail((accepted ? "a valid declaration must be acknowledged without errors"
                        : "an invalid declaration must be answered with errors") + ", was: " + HostileText.show(ack.body()));
            }
            if (!responder && !ack.body().contains("Only CSIRT responders")) {
                c.fail("a non-responder must be told only responders declare, was: " + HostileText.show(ack.body()));
            }
            if (!creates) {
                return;
            }
            IncidentDocument incident = mongo.findOne(Query.query(where("declarationKey").is(key)), IncidentDocument.class);
            if (incident == null) {
                c.fail("no incident stored under " + HostileText.show(key));
                return;
            }
            c.same("title", HostileText.storable(typedTitle), incident.title());
            c.same("severity", severity, incident.severity());
            c.same("category", category, incident.category());
            c.same("tlp", tlp, incident.tlp());
            c.same("declaredBy", user, incident.declaredBy());
            JsonNode api = TestBot.api(port, "/api/incidents/" + incident.id()).body();
            if (!api.path("room").path("summaryPinned").asBoolean()) {
                c.fail("the room of " + incident.id() + " was not opened completely: " + api.path("room"));
            }
            barrageIncidents.add(incident.id());
            c.changes.add("incident declared");
            if (reportId != null) {
                openReports.remove(reportId);
                closedReports.add(reportId);
                c.same("status of " + reportId, "attached", reportStatus(reportId));
            }
        };
        return c;
    }

    /** The report a modal's private_metadata names, read as the bot reads it; null when it names none. */
    private static String reportIdIn(String metadata) {
        if (metadata == null || metadata.isBlank()) {
            return null;
        }
        try {
            Context context = JSON.readValue(metadata, Context.class);
            return context == null ? null : context.reportId();
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private record Context(String reportId, String channel, String ts) {
    }

    private String reportStatus(String reportId) {
        ReportDocument report = mongo.findById(reportId, ReportDocument.class);
        return report == null ? null : report.status();
    }

    // ---- triage -----------------------------------------------------------------------------------------

    private Case triageClick(HostileText gen) {
        String user = gen.chance(0.6) ? gen.pick(RESPONDERS) : gen.nonResponder();
        String action = gen.chance(0.95) ? gen.pick(List.of(TriageMessage.DECLARE, TriageMessage.ATTACH,
                TriageMessage.DISMISS)) : gen.pick(List.of("triage_" + gen.mix(1), gen.any(), "TRIAGE_DECLARE"));
        String value = switch (gen.between(0, 9)) {
            case 0, 1, 2 -> gen.pick(openReports);
            case 3 -> gen.pick(baselineReports);
            case 4 -> closedReports.isEmpty() ? gen.fakeId() : gen.pick(closedReports);
            case 5 -> gen.chance(0.2) ? null : gen.fakeId();
            default -> gen.fakeId();
        };
        return triageClick(gen, user, action, value, gen.chance(0.7) ? TRIAGE : gen.mix(1),
                gen.chance(0.7) ? "1700000000.000100" : gen.mix(1));
    }

    private Case triageClick(HostileText gen, String user, String action, String value, String channel, String ts) {
        boolean known = List.of(TriageMessage.DECLARE, TriageMessage.ATTACH, TriageMessage.DISMISS).contains(action);
        Case c = new Case("block_actions " + (known ? action : "(unknown action)"), gen).input("user", user)
                .input("action_id", action).input("value", value).input("channel", channel).input("message_ts", ts);
        c.sendInteraction(SlackPayloads.blockActions(user, channel, ts, action, value, SlackPayloads.newTriggerId()));
        c.answers = known ? 1 : 0;
        return c;
    }

    private Case dismissSubmission(HostileText gen) {
        String user = gen.chance(0.7) ? gen.pick(RESPONDERS) : gen.nonResponder();
        String reason = gen.chance(0.5) ? gen.shortText(TriageModals.REASON_MAX) : gen.any();
        return dismissSubmission(gen, user, triageMetadata(gen), reason);
    }

    private Case dismissSubmission(HostileText gen, String user, String metadata, String reason) {
        Map<String, Map<String, Object>> state = new LinkedHashMap<>();
        state.put("reason", Map.of("value", plainText(reason)));
        Case c = new Case("report_dismiss", gen).input("user", user).input("private_metadata", metadata)
                .input("reason", reason);
        String reportId = reportIdIn(metadata);
        String typedReason = reason == null ? "" : reason.strip();
        boolean dismisses = RESPONDERS.contains(user) && reportId != null && within(typedReason, TriageModals.REASON_MAX)
                && "open".equals(reportStatus(reportId));
        c.sendInteraction(SlackPayloads.viewSubmission(user, TriageModals.DISMISS, gen.viewId(), metadata, state));
        c.afterAck = ack -> {
            if (dismisses != ack.body().isEmpty()) {
                c.fail((dismisses ? "a valid dismissal must be acknowledged without errors"
                        : "an invalid dismissal must be answered with errors") + ", was: " + HostileText.show(ack.body()));
            }
            if (dismisses) {
                ReportDocument report = mongo.findById(reportId, ReportDocument.class);
                c.same("status", "dismissed", report.status());
                c.same("closingReason", HostileText.storable(typedReason), report.closingReason());
                c.same("closedBy", user, report.closedBy());
                openReports.remove(reportId);
                closedReports.add(reportId);
                c.changes.add("report dismissed");
            }
        };
        return c;
    }

    private Case attachSubmission(HostileText gen) {
        String user = gen.chance(0.7) ? gen.pick(RESPONDERS) : gen.nonResponder();
        String incident = gen.chance(0.5) && !barrageIncidents.isEmpty() ? gen.pick(barrageIncidents) : gen.fakeId();
        return attachSubmission(gen, user, triageMetadata(gen), incident);
    }

    private Case attachSubmission(HostileText gen, String user, String metadata, String incident) {
        Map<String, Map<String, Object>> state = new LinkedHashMap<>();
        state.put("incident", Map.of("value", staticSelect(incident)));
        Case c = new Case("report_attach", gen).input("user", user).input("private_metadata", metadata)
                .input("incident", incident);
        String reportId = reportIdIn(metadata);
        boolean attaches = RESPONDERS.contains(user) && reportId != null && incident != null && !incident.isEmpty()
                && incident.length() <= TriageModals.REASON_MAX && barrageIncidents.contains(incident)
                && "open".equals(reportStatus(reportId));
        c.sendInteraction(SlackPayloads.viewSubmission(user, TriageModals.ATTACH, gen.viewId(), metadata, state));
        c.afterAck = ack -> {
            if (attaches != ack.body().isEmpty()) {
                c.fail((attaches ? "a valid attachment must be acknowledged without errors"
                        : "an invalid attachment must be answered with errors") + ", was: " + HostileText.show(ack.body()));
            }
            if (attaches) {
                ReportDocument report = mongo.findById(reportId, ReportDocument.class);
                c.same("status", "attached", report.status());
                c.same("incidentId", incident, report.incidentId());
                openReports.remove(reportId);
                closedReports.add(reportId);
                c.changes.add("report attached");
            }
        };
        return c;
    }

    /** Mostly the bot's own metadata for a report of the barrage; otherwise garbage or a report that is not there. */
    private String triageMetadata(HostileText gen) {
        return switch (gen.between(0, 9)) {
            case 0, 1, 2, 3 -> HostileText.context(gen.pick(openReports), TRIAGE, "1700000000.000100");
            case 4 -> closedReports.isEmpty() ? "" : HostileText.context(gen.pick(closedReports), TRIAGE, "1.1");
            default -> gen.metadata();
        };
    }

    // ---- running and checking ---------------------------------------------------------------------------

    private static int scaled(int count) {
        return (int) Math.max(1, Math.round(count * SCALE));
    }

    /** One request, what it carried (for the failure message) and what it may change. */
    private final class Case {
        final String kind;
        final HostileText gen;
        final Map<String, String> input = new LinkedHashMap<>();
        /** Each broken invariant, and its shape (the text without its values) that groups it in the report. */
        final Map<String, String> broken = new LinkedHashMap<>();
        boolean signed = true;
        int newReports;
        int newIncidents;
        /** Forms the bot should open for it (-1: not checked). */
        int opens = -1;
        /** Private answers or forms the bot should give for a button click (-1: not checked). */
        int answers = -1;
        Supplier<SignedSlackRequests.Response> send;
        Consumer<SignedSlackRequests.Response> afterAck = ack -> { };
        /** What this request validly changed, for the summary. */
        final List<String> changes = new ArrayList<>();

        Case(String kind, HostileText gen) {
            this.kind = kind;
            this.gen = gen;
        }

        Case input(String field, String value) {
            input.put(field, value);
            if (field.startsWith("user")) {
                actingUsers.add(value);
            }
            return this;
        }

        /** A slash command form, signed; one in 25 is sent unsigned or wrongly signed instead. */
        void sendForm(String body) {
            sign(body);
        }

        /** An interactivity payload as Slack sends it (unpaired surrogates as JSON escapes), signed or not. */
        void sendInteraction(String payloadJson) {
            sign(SignedSlackRequests.interactionBody(HostileText.escapeUnpairedSurrogates(payloadJson)));
        }

        private void sign(String body) {
            if (forgeSomeSignatures && gen.chance(0.04)) {
                signed = false;
                newReports = 0;
                newIncidents = 0;
                boolean wrong = gen.chance(0.5);
                input.put("signature", wrong ? "wrong secret" : "none");
                send = () -> wrong ? requests.wrongSignature(FORM, body) : requests.unsigned(FORM, body);
            } else {
                send = () -> requests.send(FORM, body, Map.of());
            }
        }

        void same(String field, String expected, String actual) {
            if (!Objects.equals(expected, actual)) {
                fail("stored " + field + " must be " + HostileText.show(expected) + ", is " + HostileText.show(actual));
            }
        }

        void fail(String invariant) {
            fail(QUOTED.matcher(invariant).replaceAll("…"), invariant);
        }

        void fail(String shape, String invariant) {
            broken.putIfAbsent(invariant, shape);
        }

        String describe() {
            return input.entrySet().stream().map(e -> e.getKey() + "=" + HostileText.show(e.getValue()))
                    .collect(Collectors.joining(", "));
        }
    }

    /** Runs cases one by one, checking each request and every Web API call the bot made for it. */
    private final class Barrage {
        final String name;
        final HostileText gen;
        /** The first case that broke each invariant (told apart by its text without quoted values), and how often. */
        final Map<String, String> byInvariant = new LinkedHashMap<>();
        final Map<String, Integer> timesBroken = new HashMap<>();
        final Set<UUID> seen = new HashSet<>();
        final long started = System.nanoTime();
        int cases;
        int unsigned;
        /** Valid changes the barrage made: reports, incidents, dismissals, attachments. */
        final Map<String, Integer> changes = new TreeMap<>();
        int calls;
        int failed;
        final Map<String, Integer> statuses = new TreeMap<>();

        /** Documents stored before the next case (only requests store anything, so a count carries over). */
        long reports;
        long incidents;

        Barrage(String name, int stream) {
            this.name = name;
            this.gen = new HostileText(SEED * 31 + stream);
            slack.reset();
            drain();
            appLog.events.clear();
            reports = count("reports");
            incidents = count("incidents");
        }

        /**
         * Runs cases that must reach the bot (set-up, and inputs that once broke an invariant, sent whatever the
         * seed): none of them is sent unsigned.
         */
        @SafeVarargs
        final void signed(Supplier<Case>... cases) {
            forgeSomeSignatures = false;
            try {
                for (Supplier<Case> c : cases) {
                    run(c.get());
                }
            } finally {
                forgeSomeSignatures = true;
            }
        }

        void run(Case c) {
            cases++;
            SignedSlackRequests.Response ack;
            try {
                ack = c.send.get();
            } catch (RuntimeException e) {
                c.fail("the request failed: " + e);
                record(c);
                return;
            }
            statuses.merge(String.valueOf(ack.status()), 1, Integer::sum);
            if (!c.signed) {
                unsigned++;
                if (ack.status() != 401) {
                    c.fail("a request without a valid signature must get 401, got " + ack.status());
                }
            } else if (ack.status() >= 500 || ack.status() == 401) {
                c.fail("a signed request must get 200 or 4xx (not 401), got " + ack.status() + " "
                        + HostileText.show(ack.body()));
            }
            drain();
            List<ServeEvent> made = newCalls();
            calls += made.size();
            if (!c.signed && !made.isEmpty()) {
                c.fail("an unsigned request made the bot call Slack: " + made.get(0).getRequest().getUrl());
            }
            made.forEach(call -> checkCall(c, call));
            if (c.signed && ack.status() == 200) {
                checkAck(c, ack);
                c.afterAck.accept(ack);
            }
            checkExpectedAnswers(c, made);
            for (ILoggingEvent event; (event = appLog.events.poll()) != null; ) {
                IThrowableProxy t = event.getThrowableProxy();
                c.fail("the app logged " + event.getLevel() + " in " + event.getLoggerName()
                                + (t == null ? "" : " (" + t.getClassName() + ")"),
                        "the app logged " + event.getLevel() + " " + event.getLoggerName() + ": "
                                + event.getFormattedMessage() + throwable(t));
            }
            long reportsNow = count("reports");
            long incidentsNow = count("incidents");
            if (reportsNow - reports != c.newReports) {
                c.fail("must create " + c.newReports + " report(s), created " + (reportsNow - reports));
            }
            if (incidentsNow - incidents != c.newIncidents) {
                c.fail("must create " + c.newIncidents + " incident(s), created " + (incidentsNow - incidents));
            }
            reports = reportsNow;
            incidents = incidentsNow;
            if (c.signed && c.broken.isEmpty()) {
                c.changes.forEach(change -> changes.merge(change, 1, Integer::sum));
            }
            record(c);
            if (seen.size() > 400) {
                slack.reset();
                seen.clear();
            }
        }

        private void record(Case c) {
            if (c.broken.isEmpty()) {
                return;
            }
            failed++;
            String example = "seed " + SEED + " (" + name + ") case #" + cases + " " + c.kind + "\n      input: "
                    + c.describe() + "\n      broken: " + String.join("\n              ", c.broken.keySet());
            for (String shape : new LinkedHashSet<>(c.broken.values())) {
                if (!byInvariant.containsKey(shape) && byInvariant.size() < MAX_REPORTED) {
                    byInvariant.put(shape, example);
                }
                timesBroken.merge(shape, 1, Integer::sum);
            }
        }

        private List<ServeEvent> newCalls() {
            List<ServeEvent> fresh = new ArrayList<>();
            for (ServeEvent event : slack.wireMock().getAllServeEvents()) {
                if (seen.add(event.getId())) {
                    fresh.add(event);
                }
            }
            return fresh;
        }

        void finish() {
            List<String> baselineChanges = new ArrayList<>();
            baseline.forEach((path, before) -> {
                JsonNode now = TestBot.api(port, path).body();
                if (!before.equals(now)) {
                    baselineChanges.add(path + " changed:\n      before " + before + "\n      after  " + now);
                }
            });
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("%s (%s): %d requests (%d unsigned), answers %s, changes %s, %d Web API calls checked,"
                            + " %.1f s, seed %d%n", GeneratedBadInputIntegrationTests.class.getSimpleName(), name, cases,
                    unsigned, statuses, changes, calls, seconds, SEED);
            if (failed > 0 || !baselineChanges.isEmpty()) {
                StringBuilder message = new StringBuilder();
                message.append(failed).append(" of ").append(cases).append(" hostile requests broke an invariant (")
                        .append(name).append(", seed ").append(SEED).append("; repeat with -Dcsirtbot.fuzz.seed=")
                        .append(SEED).append(")");
                byInvariant.forEach((shape, example) -> message.append("\n  ").append(timesBroken.get(shape))
                        .append("× ").append(shape).append("\n    first: ").append(example));
                baselineChanges.forEach(b -> message.append("\n  baseline ").append(b));
                throw new AssertionError(message.toString());
            }
        }
    }

    /** The invariants on one Web API call the bot made. */
    private void checkCall(Case c, ServeEvent event) {
        String path = event.getRequest().getUrl();
        if (!event.getWasMatched()) {
            c.fail("called something the Slack stub does not know: " + path);
            return;
        }
        if (path.startsWith("/response-url/")) {
            JsonNode body = json(c, event.getRequest().getBodyAsString());
            markup(c, "response_url text", body.path("text").asText(null));
            LiveMarkup.renderedTexts(body.path("blocks"), "response_url/blocks").forEach((at, text) -> markup(c, at, text));
            return;
        }
        String method = path.substring("/api/".length()).split("\\?")[0];
        Map<String, String> params = SlackApiStub.decodeForm(new String(event.getRequest().getBody(), StandardCharsets.UTF_8));
        switch (method) {
            case "chat.postMessage", "chat.update", "chat.postEphemeral" -> {
                String text = params.get("text");
                JsonNode blocks = params.containsKey("blocks") ? json(c, params.get("blocks")) : null;
                markup(c, method + " text", text);
                if (blocks != null) {
                    LiveMarkup.renderedTexts(blocks, method + " blocks").forEach((at, t) -> markup(c, at, t));
                }
                BlockKitLimits.checkMessage(text, blocks).forEach(v -> c.fail(method + " outside Block Kit limits at " + v));
            }
            case "views.open", "views.update", "views.push" -> view(c, method, json(c, params.get("view")));
            case "conversations.setTopic", "conversations.setPurpose" -> {
                String text = params.get(method.endsWith("Topic") ? "topic" : "purpose");
                markup(c, method, text);
                if (text != null && text.length() > TOPIC_MAX) {
                    c.fail(method + " has " + text.length() + " characters, Slack allows " + TOPIC_MAX);
                }
            }
            case "conversations.create" -> channelName(c, params.get("name"));
            default -> {
                // reads and pins carry no text
            }
        }
    }

    private void view(Case c, String where, JsonNode view) {
        LiveMarkup.renderedTexts(view, where + " view").forEach((at, text) -> markup(c, at, text));
        BlockKitLimits.checkView(view).forEach(v -> c.fail(where + " view outside Block Kit limits at " + v));
    }

    /** The bot's own answer to the request: a command's text, a form's next view. */
    private void checkAck(Case c, SignedSlackRequests.Response ack) {
        if (ack.body().isEmpty()) {
            return;
        }
        JsonNode body = json(c, ack.body());
        markup(c, "the answer's text", body.path("text").asText(null));
        LiveMarkup.renderedTexts(body.path("blocks"), "the answer's blocks").forEach((at, text) -> markup(c, at, text));
        if (body.has("view")) {
            view(c, "the answer's", body.path("view"));
        }
    }

    private void checkExpectedAnswers(Case c, List<ServeEvent> made) {
        if (!c.signed) {
            return;
        }
        long opened = made.stream().filter(e -> e.getRequest().getUrl().startsWith("/api/views.open")).count();
        long whispered = made.stream().filter(e -> e.getRequest().getUrl().startsWith("/api/chat.postEphemeral")).count();
        if (c.opens >= 0 && opened != c.opens) {
            c.fail("must open " + c.opens + " form(s), opened " + opened);
        }
        if (c.answers >= 0 && opened + whispered != c.answers) {
            c.fail("a triage click must be answered once (a form or a private message), was answered "
                    + (opened + whispered) + " times");
        }
    }

    private void markup(Case c, String where, String mrkdwn) {
        for (String live : LiveMarkup.in(mrkdwn, this::allowedSequence)) {
            c.fail(where + " carries a live control sequence " + HostileText.show(live));
        }
    }

    /**
     * The bot's own sequences: mentions of the Slack-shaped user IDs this test acted as (the bot got them from
     * Slack, not from typed text), channels Slack created, the summary's date.
     */
    private boolean allowedSequence(String sequence) {
        if (sequence.startsWith("<@") && sequence.endsWith(">")) {
            String user = sequence.substring(2, sequence.length() - 1);
            return SLACK_USER_ID.matcher(user).matches() && actingUsers.contains(user);
        }
        return CHANNEL_CREATED_BY_SLACK.matcher(sequence).matches() || SUMMARY_DATE.matcher(sequence).matches();
    }

    /** Slack's rules, as the bot applies them: 1–80 characters, lower case letters, digits, - and _. */
    private static void channelName(Case c, String name) {
        if (name == null || name.isEmpty() || name.codePointCount(0, name.length()) > ChannelNames.MAX
                || !name.codePoints().allMatch(cp -> cp < 128 ? (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')
                || cp == '-' || cp == '_' : Character.isLetterOrDigit(cp) && !Character.isUpperCase(cp))) {
            c.fail("conversations.create with a name Slack refuses: " + HostileText.show(name));
        }
    }

    private JsonNode json(Case c, String text) {
        try {
            return JSON.readTree(text == null || text.isEmpty() ? "{}" : text);
        } catch (JsonProcessingException e) {
            c.fail("not JSON: " + HostileText.show(text));
            return JSON.createObjectNode();
        }
    }

    private long count(String collection) {
        return mongo.getCollection(collection).estimatedDocumentCount();
    }

    /**
     * Waits until the bot's background work for what was sent so far is done: occupies every worker of
     * {@code slackViews} (modals) and then {@code slackWork} at once, which it can only do once each has
     * finished what was queued before.
     */
    private void drain() {
        for (int round = 0; round < 3; round++) {
            ThreadPoolExecutor pool = (round == 0 ? views : work).getThreadPoolExecutor();
            int threads = Math.max(pool.getCorePoolSize(), pool.getPoolSize());
            CountDownLatch arrived = new CountDownLatch(threads);
            CountDownLatch release = new CountDownLatch(1);
            for (int i = 0; i < threads; i++) {
                pool.execute(() -> {
                    arrived.countDown();
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            }
            try {
                if (!arrived.await(30, TimeUnit.SECONDS)) {
                    throw new AssertionError("the bot's background work did not finish within 30 s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            } finally {
                release.countDown();
            }
        }
    }

    /** Form-encodes as Slack does, except that an unpaired surrogate goes as its (invalid) 3-byte UTF-8 form. */
    static String formBody(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        StringBuilder b = new StringBuilder();
        int from = 0;
        for (int i = 0; i < value.length(); i++) {
            if (HostileText.unpaired(value, i)) {
                char c = value.charAt(i);
                b.append(URLEncoder.encode(value.substring(from, i), StandardCharsets.UTF_8)).append(String.format(
                        "%%%02X%%%02X%%%02X", 0xE0 | (c >> 12), 0x80 | ((c >> 6) & 0x3F), 0x80 | (c & 0x3F)));
                from = i + 1;
            }
        }
        return b.append(URLEncoder.encode(value.substring(from), StandardCharsets.UTF_8)).toString();
    }

    private static String throwable(IThrowableProxy t) {
        return t == null ? "" : " (" + t.getClassName() + ": " + t.getMessage() + ")";
    }

    /**
     * Errors from anywhere, and warnings from the bot itself, except refused signatures and direct messages to
     * a forged user ID (Slack answers {@code channel_not_found}; the bot rightly just logs it).
     */
    final class AppLog extends AppenderBase<ILoggingEvent> {
        final Queue<ILoggingEvent> events = new ConcurrentLinkedQueue<>();

        @Override
        protected void append(ILoggingEvent event) {
            boolean error = event.getLevel().isGreaterOrEqual(Level.ERROR);
            boolean ownWarning = event.getLevel() == Level.WARN && event.getLoggerName().startsWith("org.csirtbot")
                    && !event.getLoggerName().endsWith("SlackSignatureFilter") && !toForgedUser(event);
            if (error || ownWarning) {
                events.add(event);
            }
        }

        private boolean toForgedUser(ILoggingEvent event) {
            Object[] args = event.getArgumentArray();
            return event.getLoggerName().endsWith(".DirectMessages") && args != null && args.length > 1
                    && !SLACK_USER_ID.matcher(String.valueOf(args[1])).matches();
        }
    }
}
