package org.csirtbot.sandbox;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.csirtbot.sandbox.workspace.SlackWorkspace;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The fake Slack on its own, without Spring, for benchmarks and load tests of the packaged bot: the workspace's Web API
 * at {@code http://127.0.0.1:<port>/sandbox/api/} with Slack's rate tiers enforced (429 with {@code Retry-After}) and
 * each answer sent after a network latency drawn uniformly from a range (seeded), and what the bot did at
 * {@code GET /stats} ({@link StandaloneSlackStats}). The sandbox's people and channels are in it; the triage channel
 * is {@value SandboxPeople#TRIAGE_CHANNEL} unless told otherwise. Run from the jar:
 * <pre>
 * java -cp bot/target/csirtbot.jar -Dloader.main=org.csirtbot.sandbox.StandaloneSlack \
 *   org.springframework.boot.loader.launch.PropertiesLauncher --port=9000 --latency-ms=50-200 --seed=1
 * </pre>
 * It prints {@code StandaloneSlack listening on <Web API URL>} once it takes requests, and runs until stopped.
 */
public final class StandaloneSlack {

    /** Where the stats are served. */
    public static final String STATS_PATH = "/stats";

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(8);
    private final ScheduledExecutorService later = Executors.newScheduledThreadPool(2);

    private StandaloneSlack(Map<String, String> options) throws IOException {
        SlackWorkspace workspace = new SlackWorkspace();
        SandboxPeople.seed(workspace);
        String triage = options.getOrDefault("triage-channel", SandboxPeople.TRIAGE_CHANNEL);
        if (workspace.channel(triage).isEmpty()) {
            workspace.givenChannel(triage, "csirt-triage-" + triage.toLowerCase(), false,
                    SandboxPeople.responders().toArray(String[]::new));
        }
        String[] latency = options.getOrDefault("latency-ms", "50-200").split("-", 2);
        long low = Long.parseLong(latency[0].strip());
        long high = Long.parseLong(latency[latency.length - 1].strip());
        if (low < 0 || high < low) {
            throw new IllegalArgumentException("--latency-ms must be MIN-MAX with 0 <= MIN <= MAX, not "
                    + options.get("latency-ms"));
        }
        Random random = new Random(Long.parseLong(options.getOrDefault("seed", "1")));
        ObjectMapper json = new ObjectMapper();
        StandaloneSlackStats stats = new StandaloneSlackStats(workspace, json);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(),
                Integer.parseInt(options.getOrDefault("port", "0"))), 256);
        server.createContext(SandboxWebApi.PATH, new SandboxWebApiHandler(new SandboxWebApi(workspace, json), later,
                () -> low + (high == low ? 0 : random.nextInt((int) (high - low + 1))), stats::answered));
        server.createContext(STATS_PATH, exchange -> send(exchange, stats.json()));
        server.setExecutor(threads);
    }

    /** Options as {@code --name=value}: port (0: any free one), latency-ms (MIN-MAX), seed, triage-channel. */
    public static void main(String[] args) throws IOException {
        StandaloneSlack slack = start(options(args));
        Runtime.getRuntime().addShutdownHook(new Thread(slack::stop, "standalone-slack-stop"));
        System.out.println("StandaloneSlack listening on http://127.0.0.1:" + slack.port() + SandboxWebApi.PATH);
        System.out.flush();
    }

    /** Listening, until {@link #stop()}. */
    static StandaloneSlack start(Map<String, String> options) throws IOException {
        StandaloneSlack slack = new StandaloneSlack(options);
        slack.server.start();
        return slack;
    }

    int port() {
        return server.getAddress().getPort();
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("Options are --name=value, not " + arg);
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        return options;
    }

    void stop() {
        server.stop(0);
        later.shutdownNow();
        threads.shutdownNow();
    }

    private static void send(HttpExchange exchange, byte[] body) throws IOException {
        try (OutputStream out = exchange.getResponseBody()) {
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            out.write(body);
        }
    }
}
