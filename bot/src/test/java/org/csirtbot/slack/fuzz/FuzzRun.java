package org.csirtbot.slack.fuzz;

import static org.csirtbot.testkit.TestBot.RESPONDER;
import static org.csirtbot.testkit.TestBot.SECOND_RESPONDER;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.csirtbot.incident.Severity;
import org.csirtbot.incident.Tlp;
import org.csirtbot.report.ReportCategory;
import org.csirtbot.storage.ReportDocument;
import org.csirtbot.testkit.ApiBaseline;
import org.csirtbot.testkit.BackgroundWork;
import org.csirtbot.testkit.SignedSlackRequests;
import org.csirtbot.testkit.TestBot;
import org.csirtbot.testkit.fakeslack.FakeSlackWorkspace;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/** What one run of the generated bad-input test shares: the bot it talks to, and what its barrages made so far. */
final class FuzzRun {

    static final List<String> RESPONDERS = List.of(RESPONDER, SECOND_RESPONDER);
    static final List<String> CATEGORIES = Arrays.stream(ReportCategory.values()).map(ReportCategory::code)
            .toList();
    static final List<String> SEVERITIES = Arrays.stream(Severity.values()).map(Severity::name).toList();
    static final List<String> TLPS = Arrays.stream(Tlp.values()).map(Tlp::label).toList();
    /** What Slack's user IDs look like; the bot may mention only such IDs (and only those the test acted as). */
    static final Pattern SLACK_USER_ID = Pattern.compile("[UW][A-Z0-9]{2,}");
    private static final ObjectMapper JSON = new ObjectMapper();

    final long seed;
    final FakeSlackWorkspace slack;
    final SignedSlackRequests requests;
    final int port;
    final MongoTemplate mongo;
    final ApplicationContext app;
    /** The test class running, for what the barrages print. */
    String testName = GeneratedBadInputIntegrationTests.class.getSimpleName();
    /** Told of every Web API call each case made (the room barrages learn the forms and buttons from it). */
    Consumer<List<ServeEvent>> observer = made -> { };
    /** Errors and the bot's own warnings, collected while the barrages run. */
    final FuzzAppLog appLog = new FuzzAppLog();
    /** The incidents stored before this run: other test classes' (share the store), not checked afterwards. */
    final Set<String> incidentsBefore;
    /** Reports and incidents made before the barrages, read back after each. */
    ApiBaseline baseline;
    final List<String> baselineReports = new ArrayList<>();
    /** Reports made by the barrage, by state: the only ones a hostile-but-valid submission may change. */
    final List<String> openReports = new ArrayList<>();
    final List<String> closedReports = new ArrayList<>();
    final List<String> barrageIncidents = new ArrayList<>();
    /** Report submission keys already used, and the report each made. */
    final Map<String, String> reportByKey = new HashMap<>();
    /** The user IDs this test acted as; the bot may mention those shaped like Slack's. */
    final Set<String> actingUsers = new HashSet<>();
    /** Signed requests each entry point (a command, form, button or event, by the case's kind) got. */
    final Map<String, Integer> reached = new TreeMap<>();
    /** Off while the fixed regression cases run, so each is sent signed. */
    boolean forgeSomeSignatures = true;

    FuzzRun(long seed, FakeSlackWorkspace slack, int port, ApplicationContext app) {
        this.seed = seed;
        this.slack = slack;
        this.requests = new SignedSlackRequests(port, TestBot.SIGNING_SECRET, slack);
        this.port = port;
        this.mongo = app.getBean(MongoTemplate.class);
        this.app = app;
        this.incidentsBefore = FuzzLogs.incidents(port);
        actingUsers.addAll(RESPONDERS);
        actingUsers.addAll(HostileText.WELL_FORMED_USERS);
    }

    /** Starts collecting the app's complaints, and prints the seed for whoever must repeat the run. */
    void listen(String testName) {
        this.testName = testName;
        appLog.attach();
        System.out.printf("%s: seed %d (repeat with -Dcsirtbot.fuzz.seed=%d)%n", testName, seed, seed);
    }

    /** Waits until the bot's background work for what was sent so far is done. */
    void drain() {
        BackgroundWork.drain(app);
    }

    long count(String collection) {
        return mongo.getCollection(collection).estimatedDocumentCount();
    }

    String reportStatus(String reportId) {
        ReportDocument report = mongo.findById(reportId, ReportDocument.class);
        return report == null ? null : report.status();
    }

    /** The report a modal's private_metadata names, read as the bot reads it; null when it names none. */
    static String reportIdIn(String metadata) {
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

    static boolean within(String text, int max) {
        return !text.isEmpty() && text.length() <= max;
    }
}
