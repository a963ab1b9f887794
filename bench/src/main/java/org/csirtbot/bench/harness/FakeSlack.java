package org.csirtbot.bench.harness;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The project's fake Slack on its own ({@code org.csirtbot.sandbox.StandaloneSlack}), run from the bot's packaged jar:
 * Slack's rate tiers enforced, each answer after a seeded network latency, and {@code /stats} for what the bot did.
 */
public final class FakeSlack implements AutoCloseable {

    /** The sandbox's triage channel, which the fake seeds with the bot in it. */
    public static final String TRIAGE = "C0TRIAGE1";
    static final List<String> RESPONDERS = List.of("U0RESPOND1", "U0RESPOND2", "U0RESPOND3");
    private static final Duration START_WITHIN = Duration.ofSeconds(120);

    private final ChildProcess process;
    private final int port;

    private FakeSlack(ChildProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts it on a free port with answers delayed by {@code latency} ("MIN-MAX" ms) and waits until it answers. */
    public static FakeSlack start(Path jar, String latency, long seed, Path logs) {
        int port = ChildProcess.freePort();
        ChildProcess process = ChildProcess.start(List.of("-Xmx512m", "-cp", jar.toString(),
                "-Dloader.main=org.csirtbot.sandbox.StandaloneSlack",
                "org.springframework.boot.loader.launch.PropertiesLauncher",
                "--port=" + port, "--latency-ms=" + latency, "--seed=" + seed, "--triage-channel=" + TRIAGE),
                Map.of(), logs.resolve("fake-slack.log"));
        FakeSlack slack = new FakeSlack(process, port);
        long until = System.nanoTime() + START_WITHIN.toNanos();
        while (!Http.answers(slack.statsUrl(), null, a -> a.status() == 200)) {
            process.checkAlive("The fake Slack");
            if (System.nanoTime() > until) {
                slack.close();
                throw new IllegalStateException("The fake Slack did not answer within " + START_WITHIN + ":\n"
                        + process.logTail(30));
            }
            Pause.millis(100);
        }
        return slack;
    }

    /** The bot's {@code SLACK_API_URL}. */
    public String webApiUrl() {
        return "http://127.0.0.1:" + port + "/sandbox/api/";
    }

    public JsonNode stats() {
        return Http.get(statsUrl(), null).body();
    }

    private String statsUrl() {
        return "http://127.0.0.1:" + port + "/stats";
    }

    @Override
    public void close() {
        process.close();
    }
}
