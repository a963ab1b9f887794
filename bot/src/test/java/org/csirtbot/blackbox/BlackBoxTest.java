package org.csirtbot.blackbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.awaitility.Awaitility;
import org.csirtbot.testkit.TestBot;
import org.csirtbot.testkit.fakeslack.FakeSlackWorkspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** A black-box test: the fake Slack workspace, a data folder and a log folder; the jars it started are killed after it. */
abstract class BlackBoxTest {

    @TempDir
    Path data;
    /** Kept after the run (target/blackbox-logs), so a failure can be read. */
    final Path logs = logsOf(getClass());
    final FakeSlackWorkspace slack = new FakeSlackWorkspace().start();
    private final List<JarBot> bots = new ArrayList<>();

    @BeforeAll
    static void patience() {
        // a separate JVM on a busy 2-core machine: waiting is bounded by what the test checks, not by a short default
        Awaitility.setDefaultTimeout(Duration.ofSeconds(60));
        Awaitility.setDefaultPollInterval(Duration.ofMillis(100));
    }

    /** The jar in HTTP mode on the embedded store in {@link #data}, with the triage channel in the workspace. */
    JarBot httpBot() {
        slack.givenChannel(TestBot.TRIAGE, "csirt-triage", false, TestBot.RESPONDER, TestBot.SECOND_RESPONDER);
        return track(JarBot.httpMode(slack.baseUrl(), data, logs));
    }

    JarBot track(JarBot bot) {
        bots.add(bot);
        return bot;
    }

    private static Path logsOf(Class<?> test) {
        try {
            return Files.createDirectories(Path.of("target", "blackbox-logs", test.getSimpleName()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterEach
    void stopEverything() throws IOException {
        bots.forEach(JarBot::close);
        List<String> calls = slack.calls().stream().map(c -> c.method() + (c.fault() == null ? "" : " [" + c.fault() + "]")
                + " " + c.params().getOrDefault("channel", "")).toList();
        Files.write(logs.resolve("slack-calls.txt"), calls); // what the bot asked of Slack, in order
        slack.close();
    }
}
