package org.csirtbot.bench.ack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.csirtbot.bench.harness.BotUnderTest;
import org.csirtbot.bench.harness.ChildProcess;
import org.csirtbot.bench.harness.Http;
import org.csirtbot.bench.harness.Pause;

/**
 * The bare Bolt app ({@link org.csirtbot.bench.bare.BareBolt}) in a JVM of its own, with the bot's JVM flags, its
 * Web API on the fake Slack (for the one auth.test), signing secret and bot token the bot's.
 */
final class BareBoltUnderTest implements AutoCloseable {

    private static final Duration START_WITHIN = Duration.ofSeconds(120);

    private final ChildProcess process;
    private final int port;

    private BareBoltUnderTest(ChildProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    static BareBoltUnderTest start(List<String> jvmFlags, String slackApiUrl, Path logs) {
        int port = ChildProcess.freePort();
        ChildProcess process = ChildProcess.startBenchMain("org.csirtbot.bench.bare.BareBolt", jvmFlags, List.of(),
                Map.of("SERVER_PORT", String.valueOf(port), "SLACK_API_URL", slackApiUrl,
                        "SLACK_BOT_TOKEN", BotUnderTest.BOT_TOKEN, "SLACK_SIGNING_SECRET", BotUnderTest.SIGNING_SECRET),
                logs.resolve("bare-bolt.log"));
        BareBoltUnderTest bare = new BareBoltUnderTest(process, port);
        long until = System.nanoTime() + START_WITHIN.toNanos();
        while (!Http.answers("http://127.0.0.1:" + port + "/ready", null, a -> a.status() == 200)) {
            process.checkAlive("The bare Bolt app");
            if (System.nanoTime() > until) {
                bare.close();
                throw new IllegalStateException("The bare Bolt app did not answer within " + START_WITHIN + ":\n"
                        + process.logTail(30));
            }
            Pause.millis(100);
        }
        return bare;
    }

    String slackEndpoint() {
        return "http://127.0.0.1:" + port + "/slack/events";
    }

    void checkAlive() {
        process.checkAlive("The bare Bolt app");
    }

    @Override
    public void close() {
        process.close();
    }
}
