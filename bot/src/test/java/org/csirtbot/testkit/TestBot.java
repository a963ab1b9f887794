package org.csirtbot.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.awaitility.Awaitility;
import org.csirtbot.incident.slack.GatheredChanges;
import org.csirtbot.testkit.fakeslack.FakeSlackWorkspace;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.util.FileSystemUtils;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;

/** The configuration of a bot under test (HTTP mode against the fake Slack, its {@link TestClock}) and a client for its read API. */
public final class TestBot {

    public static final String BOT_TOKEN = "xoxb-test-token";
    public static final String SIGNING_SECRET = "test-signing-secret";
    /** The secret of the API client {@code auditor}, which has every scope; what the tests read the API with. */
    public static final String API_TOKEN = "test-api-token-of-the-auditor-0123456789";
    /** {@code CSIRTBOT_API_TOKEN}: the client {@code api}, which may only read (not restricted incidents). */
    public static final String READER_TOKEN = "test-api-token-of-the-reader-0123456789";
    /** The secret of the API client {@code counsel}, which has only the scope legal-hold. */
    public static final String COUNSEL_TOKEN = "test-api-token-of-the-counsel-012345678";
    /** The liaison desk's API client: scopes read and partners (edits the directory of outside organisations). */
    public static final String PARTNERS_TOKEN = "test-api-token-of-the-liaison-desk-0123";
    /** The secret of the API client {@code intel}, a threat-intelligence tool: scopes read and indicators. */
    public static final String INTEL_TOKEN = "test-api-token-of-the-intel-feed-0123456";
    /** The client {@code mail-gateway}: intake only (posts outside notifications and advisories, reads nothing). */
    public static final String INTAKE_TOKEN = "test-api-token-of-the-mail-gateway-01234";
    public static final String TRIAGE = "CTRIAGE01";
    /** The custom Slack profile field that holds a person's department. */
    public static final String DEPARTMENT_FIELD = "XfDEPT0001";
    public static final String RESPONDER = "UCSIRT001";
    public static final String SECOND_RESPONDER = "UCSIRT002";
    public static final String EMPLOYEE = "UEMPLOY01";
    public static final String GENERAL = "CGENERAL1";
    /** The one configured executive, and the executive channel. */
    public static final String EXECUTIVE = "UEXEC0001";
    public static final String EXEC_CHANNEL = "CEXEC0001";

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private TestBot() {
    }

    private static final FakeSlackWorkspace SLACK = new FakeSlackWorkspace().start();
    static {
        givenChannels(SLACK);
    }
    private static final Path DATA = temporaryDataDir();

    /**
     * The channels the configuration names, as an installation has them: the triage channel with the
     * responders, the executive channel with the executive, and a general channel with everyone.
     */
    public static void givenChannels(FakeSlackWorkspace slack) {
        slack.givenChannel(TRIAGE, "csirt-triage", false, RESPONDER, SECOND_RESPONDER);
        slack.givenChannel(EXEC_CHANNEL, "csirt-exec", true, EXECUTIVE);
        slack.givenChannel(GENERAL, "general", false, RESPONDER, SECOND_RESPONDER, EMPLOYEE, EXECUTIVE);
    }

    /** Back to a fake Slack with only the configured channels: no rooms, messages, calls or scripted answers. */
    public static void resetSlack() {
        SLACK.reset();
        givenChannels(SLACK);
    }

    /** The fake Slack every {@link BotIntegrationTest} talks to. */
    public static FakeSlackWorkspace slack() {
        return SLACK;
    }

    /** Points the application at the shared fake Slack and data directory. */
    public static final class Configuration implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            // a data directory of its own: a suite with its own configuration runs beside the shared application
            Map<String, Object> properties = new LinkedHashMap<>(httpModeProperties(SLACK, temporaryDataDir()));
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-bot", properties));
            // in the same context, so a test may set the time without starting a bot of its own
            ((GenericApplicationContext) context).registerBean("testClock", Clock.class, TestClock::shared,
                    definition -> definition.setPrimary(true));
        }
    }

    /**
     * Resets the fake Slack (to the configured channels) and the clock before each test, so each test sees only
     * its own calls, at the real time. A class whose tests share one instance (PER_CLASS) shares its Slack too:
     * reset once, before its {@code @BeforeAll}, as the rooms and messages it made then stay in its store.
     */
    public static final class FreshSlack implements BeforeAllCallback, BeforeEachCallback {
        @Override
        public void beforeAll(ExtensionContext context) {
            if (sharesOneInstance(context)) {
                resetSlack();
            }
        }

        @Override
        public void beforeEach(ExtensionContext context) {
            var application = SpringExtension.getApplicationContext(context);
            // at Slack's limits the work of the test before may still be under way: let it end before the fake forgets,
            // the summaries gathered after its last changes too (the rooms' first: they tell the executive channel's)
            for (int round = 0; round < 2; round++) {
                application.getBeansOfType(GatheredChanges.class).values().forEach(GatheredChanges::showGathered);
            }
            try {
                BackgroundWork.drain(application.getBean("slackWork", ThreadPoolTaskExecutor.class),
                        application.getBean("slackViews", ThreadPoolTaskExecutor.class));
            } catch (AssertionError stillBusy) {
                // a test that left work for longer than the drain waits: start anyway, as before
            }
            if (!sharesOneInstance(context)) {
                resetSlack();
            }
            TestClock.shared().release();
            // the bot keeps application.yml's rate limits: a room waits for Slack's Tier 2 budget (conversations.create,
            // setTopic, setPurpose, pins.add: 10 per 30 s each), so after earlier tests' rooms it may take up to 30 s
            Awaitility.setDefaultTimeout(Duration.ofSeconds(45));
            // a test that made Slack fail must not leave the breaker open for the next
            application.getBean(CircuitBreakerRegistry.class)
                    .getAllCircuitBreakers().forEach(CircuitBreaker::reset);
        }

        private static boolean sharesOneInstance(ExtensionContext context) {
            return context.getTestInstanceLifecycle().orElse(TestInstance.Lifecycle.PER_METHOD)
                    == TestInstance.Lifecycle.PER_CLASS;
        }
    }

    /** Slack in HTTP mode against the fake, triage channel, two responders, the API on, data in the dir. */
    public static Map<String, String> httpModeProperties(FakeSlackWorkspace slack, Path dataDir) {
        return httpModeProperties(slack.baseUrl(), dataDir);
    }

    public static Map<String, String> httpModeProperties(String slackApiUrl, Path dataDir) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("slack.bot-token", BOT_TOKEN);
        p.put("management.server.port", "0");
        p.put("slack.signing-secret", SIGNING_SECRET);
        p.put("slack.api-url", slackApiUrl);
        p.put("csirtbot.triage-channel", TRIAGE);
        p.put("csirtbot.responders", RESPONDER + "," + SECOND_RESPONDER);
        p.putAll(apiClients());
        p.put("csirtbot.executives", EXECUTIVE);
        p.put("csirtbot.exec-channel", EXEC_CHANNEL);
        // recovery runs on start; tests that need it again start their own bot with a short interval
        p.put("csirtbot.recovery-interval", "1h");
        // closed rooms are archived when a test calls RoomClosing itself
        p.put("csirtbot.archive-check-interval", "1h");
        p.put("csirtbot.storage.data-dir", dataDir.toString());
        // the test playbooks (src/test/resources/playbook-fixtures); time acts on runs when a test calls the tick itself
        p.put("csirtbot.playbooks-dir", playbookFixtures().toString());
        p.put("csirtbot.playbook-check-interval", "1h");
        p.put("csirtbot.playbooks-reload-interval", "1h");
        // the test scenario (src/test/resources/exercise-fixtures); injects come when a test calls the check itself
        p.put("csirtbot.exercises-dir", fixtures("/exercise-fixtures").toString());
        p.put("csirtbot.exercise-check-interval", "1h");
        // the organisation's zone, whatever the machine's; the digest comes when a test calls its check itself
        p.put("csirtbot.time-zone", "Asia/Tokyo");
        // the fixtures' domains stand for the organisation's own: reports quoting them are never grouped, so each test's
        // reports reach triage on their own; the campaign tests use domains of their own
        p.put("csirtbot.campaigns.ignored-domains", "example,example.com,example.org,example.net,examp1e.com,x.y,"
                + "127.0.0.1,localhost,slack.com,githubusercontent.com,intranet");
        p.put("csirtbot.campaigns.simulation.senders", "drill@phish-training.jp");
        p.put("csirtbot.campaigns.simulation.headers", "X-PhishSim");
        p.put("csirtbot.reports.department-field", DEPARTMENT_FIELD);
        p.put("csirtbot.exec-summary.digest-check", "1h");
        // status update reminders are checked by the tests that need them, on the test clock
        p.put("csirtbot.update-cadence.check-interval", "1h");
        // the organisation's own directory of outside organisations over the starter list (src/test/resources)
        p.put("csirtbot.partners.file", fixtures("/partners-fixtures").resolve("partners.yaml").toString());
        // the organisation policy: decision holders and log sources (src/test/resources/policy-fixtures)
        p.put("csirtbot.policy.file", fixtures("/policy-fixtures").resolve("policy.yaml").toString());
        // replies due from outside organisations are checked by the tests that need them, on the test clock
        p.put("csirtbot.partners.check-interval", "1h");
        // improvement items falling due are checked by the tests that need them, on the test clock
        p.put("csirtbot.improvements.check-interval", "1h");
        // every log's head is anchored outside the store, as a careful operator would have it
        p.put("csirtbot.log-anchor-file", dataDir.resolve("log-anchors.jsonl").toString());
        return p;
    }

    /**
     * The API's clients as properties: {@code CSIRTBOT_API_TOKEN} ({@link #READER_TOKEN}), the auditor
     * ({@link #API_TOKEN}: read, read:restricted, legal-hold), counsel ({@link #COUNSEL_TOKEN}: legal-hold), the
     * liaison desk ({@link #PARTNERS_TOKEN}: read, partners) and intel ({@link #INTEL_TOKEN}: read, indicators: imports
     * partners' STIX bundles, reads no restricted incident) and the mail gateway ({@link #INTAKE_TOKEN}: intake). Failed
     * authentications are throttled after 50 a minute, not 10, since every test's come from the same address.
     */
    public static Map<String, String> apiClients() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("csirtbot.api-token", READER_TOKEN);
        p.put("csirtbot.api.clients[0].name", "auditor");
        p.put("csirtbot.api.clients[0].secret", API_TOKEN);
        p.put("csirtbot.api.clients[0].scopes", "read,read:restricted,legal-hold");
        p.put("csirtbot.api.clients[1].name", "counsel");
        p.put("csirtbot.api.clients[1].secret", COUNSEL_TOKEN);
        p.put("csirtbot.api.clients[1].scopes", "legal-hold");
        p.put("csirtbot.api.clients[2].name", "liaison-desk");
        p.put("csirtbot.api.clients[2].secret", PARTNERS_TOKEN);
        p.put("csirtbot.api.clients[2].scopes", "read,partners");
        p.put("csirtbot.api.clients[3].name", "intel");
        p.put("csirtbot.api.clients[3].secret", INTEL_TOKEN);
        p.put("csirtbot.api.clients[3].scopes", "read,indicators");
        p.put("csirtbot.api.clients[4].name", "mail-gateway");
        p.put("csirtbot.api.clients[4].secret", INTAKE_TOKEN);
        p.put("csirtbot.api.clients[4].scopes", "intake");
        p.put("csirtbot.api.auth-failures-per-minute", "50");
        return p;
    }

    /** {@link #apiClients()} as command-line arguments. */
    public static String[] apiClientArguments() {
        return apiClients().entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }

    /** Starts the whole bot (HTTP mode, random port) with these properties, for tests that start and stop it. */
    public static org.springframework.context.ConfigurableApplicationContext start(Map<String, String> properties) {
        String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        String[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = "--server.port=0";
        return new org.springframework.boot.builder.SpringApplicationBuilder(org.csirtbot.CsirtbotApplication.class)
                .run(all);
    }

    public static int port(org.springframework.context.ConfigurableApplicationContext bot) {
        return ((org.springframework.boot.web.context.WebServerApplicationContext) bot).getWebServer().getPort();
    }

    /** The port of the bot's health and metrics ({@code MANAGEMENT_SERVER_PORT}), apart from Slack's and the API's. */
    public static int managementPort(org.springframework.context.ConfigurableApplicationContext bot) {
        return Integer.parseInt(bot.getEnvironment().getProperty("local.management.port"));
    }

    /** GET on the read API with the right token; the status and the JSON body. */
    public static ApiResponse api(int port, String path) {
        return api(port, path, API_TOKEN);
    }

    public static ApiResponse api(int port, String path, String token) {
        HttpResponse<String> response = get(port, path, token);
        try {
            return new ApiResponse(response.statusCode(), JSON.readTree(response.body().isEmpty() ? "null" : response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The body of a plain GET, such as {@code /actuator/prometheus}. */
    public static String text(int port, String path) {
        return get(port, path, null).body();
    }

    /** A GET on the bot, with the bearer token unless it is null; the raw answer. */
    public static HttpResponse<String> get(int port, String path, String token) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET(), token);
    }

    /** Sends a request to the bot, with the bearer token unless it is null; the raw answer. */
    static HttpResponse<String> send(HttpRequest.Builder request, String token) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The directory of the test playbooks, as CSIRTBOT_PLAYBOOKS_DIR. */
    public static Path playbookFixtures() {
        return fixtures("/playbook-fixtures");
    }

    private static Path fixtures(String folder) {
        try {
            return Path.of(TestBot.class.getResource(folder).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path temporaryDataDir() {
        try {
            Path dir = Files.createTempDirectory("csirtbot-test-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> FileSystemUtils.deleteRecursively(dir.toFile())));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An API answer. */
    public record ApiResponse(int status, JsonNode body) {
    }
}
