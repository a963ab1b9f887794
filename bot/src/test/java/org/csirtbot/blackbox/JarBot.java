package org.csirtbot.blackbox;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.awaitility.core.ConditionTimeoutException;
import org.csirtbot.testkit.TestBot;

/**
 * The packaged bot ({@code bot/target/csirtbot.jar}) started the way the README says, {@code java -jar}, as its own
 * process, configured only through the public environment variables. Tests talk to it over HTTP (its port), the
 * Web API it calls and Socket Mode; nothing of the test's classpath reaches it.
 */
final class JarBot implements AutoCloseable {

    /** The jar Maven's package phase built; failsafe runs after it. */
    static final Path JAR = Path.of(System.getProperty("csirtbot.jar", "target/csirtbot.jar")).toAbsolutePath();
    private static final Duration START_WITHIN = Duration.ofSeconds(180);

    private final Map<String, String> environment;
    private final Path logs;
    private final int port;
    private final int managementPort = freePort();
    private Process process;
    private int starts;

    private JarBot(Map<String, String> environment, Path logs, int port) {
        this.environment = environment;
        this.logs = logs;
        this.port = port;
    }

    /**
     * HTTP mode against this Web API, the test's triage channel, two responders, an executive and the read API on,
     * the embedded store in {@code dataDir}; {@link #with} changes or adds variables before {@link #start()}.
     */
    static JarBot httpMode(String slackApiUrl, Path dataDir, Path logs) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SLACK_BOT_TOKEN", TestBot.BOT_TOKEN);
        env.put("SLACK_SIGNING_SECRET", TestBot.SIGNING_SECRET);
        env.put("SLACK_API_URL", slackApiUrl);
        env.put("CSIRTBOT_TRIAGE_CHANNEL", TestBot.TRIAGE);
        env.put("CSIRTBOT_RESPONDERS", TestBot.RESPONDER + "," + TestBot.SECOND_RESPONDER);
        env.put("CSIRTBOT_EXECUTIVES", TestBot.EXECUTIVE);
        env.put("CSIRTBOT_EXEC_CHANNEL", TestBot.EXEC_CHANNEL);
        // the API's clients as an operator sets them: the token (read) and a named client with every scope
        env.put("CSIRTBOT_API_TOKEN", TestBot.READER_TOKEN);
        env.put("CSIRTBOT_API_CLIENTS_0_NAME", "auditor");
        env.put("CSIRTBOT_API_CLIENTS_0_SECRET", TestBot.API_TOKEN);
        env.put("CSIRTBOT_API_CLIENTS_0_SCOPES", "read,read:restricted,legal-hold");
        env.put("CSIRTBOT_DATA_DIR", dataDir.toString());
        return new JarBot(env, logs, freePort());
    }

    /** Sandbox mode, as a newcomer starts it: no Slack token at all, the embedded store in {@code dataDir}. */
    static JarBot sandboxMode(Path dataDir, Path logs) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("CSIRTBOT_DATA_DIR", dataDir.toString());
        return new JarBot(env, logs, freePort());
    }

    JarBot with(String variable, String value) {
        if (value == null) {
            environment.remove(variable);
        } else {
            environment.put(variable, value);
        }
        return this;
    }

    /** Starts the jar and waits until {@code /actuator/health} is UP; fails with the log's last lines if it is not. */
    JarBot start() {
        return start("/actuator/health");
    }

    /** Starts the jar and waits until it is live ({@code /actuator/health/liveness} UP), ready or not. */
    JarBot startLive() {
        return start("/actuator/health/liveness");
    }

    private JarBot start(String healthPath) {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: the black-box suite runs after `package` (./mvnw verify)");
        }
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", JAR.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()));
        builder.environment().keySet().removeIf(JarBot::configuresTheBot);
        builder.environment().putAll(environment);
        builder.environment().put("SERVER_PORT", String.valueOf(port));
        builder.environment().put("MANAGEMENT_SERVER_PORT", String.valueOf(managementPort));
        try {
            Files.writeString(log(), "---- start " + (++starts) + " ----\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitHealthy(healthPath);
        return this;
    }

    private void awaitHealthy(String healthPath) {
        try {
            await().atMost(START_WITHIN).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException("exited with " + process.exitValue());
                        }
                        return "UP".equals(TestBot.api(managementPort, healthPath, null).body().path("status").asText());
                    });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("the jar did not become healthy within " + START_WITHIN
                    + (process.isAlive() ? "" : " (it exited with " + process.exitValue() + ")")
                    + "; its log ends:\n" + logTail(40), e);
        }
    }

    /** SIGKILL: no shutdown hook, nothing flushed; waits until the process is gone. */
    void kill() {
        process.destroyForcibly();
        waitFor();
    }

    /** SIGTERM: Spring's graceful shutdown. */
    void stop() {
        process.destroy();
        waitFor();
    }

    private void waitFor() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    int port() {
        return port;
    }

    /** Health and metrics ({@code MANAGEMENT_SERVER_PORT}). */
    int managementPort() {
        return managementPort;
    }

    Path log() {
        return logs.resolve("bot-" + port + ".log");
    }

    /** The last lines of the bot's output, for failure messages. */
    String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log(), StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public void close() {
        if (isAlive()) {
            kill();
        }
    }

    /** The bot's own variables in the developer's environment must not leak into the process under test. */
    private static boolean configuresTheBot(String variable) {
        return variable.startsWith("SLACK_") || variable.startsWith("CSIRTBOT_") || variable.equals("MONGODB_URI")
                || variable.startsWith("SERVER_") || variable.startsWith("SPRING_") || variable.startsWith("MANAGEMENT_");
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
