package org.csirtbot.bench.harness;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The packaged bot ({@code java -jar bot/target/csirtbot.jar}) as users run it, in HTTP mode against the fake Slack,
 * on the embedded store in a data folder of its own, configured only by its public environment variables.
 */
public final class BotUnderTest implements AutoCloseable {

    /** The heap the Helm chart's defaults give the bot: 75 % (MaxRAMPercentage) of its 768 MiB memory limit. */
    public static final List<String> JVM_FLAGS = List.of("-Xmx576m");

    public static final String SIGNING_SECRET = "bench-signing-secret";
    public static final String BOT_TOKEN = "xoxb-bench-0000";
    /** The read API's token (CSIRTBOT_API_TOKEN): reports and incidents. */
    public static final String API_TOKEN = "bench-api-token-0000000000000000";
    private static final Duration START_WITHIN = Duration.ofSeconds(300);

    private final ChildProcess process;
    private final int port;
    private final int managementPort;
    private final Duration startedIn;

    private BotUnderTest(ChildProcess process, int port, int managementPort, Duration startedIn) {
        this.process = process;
        this.port = port;
        this.managementPort = managementPort;
        this.startedIn = startedIn;
    }

    /** Starts the jar with these JVM flags on the embedded store and waits until {@code /actuator/health} is UP. */
    public static BotUnderTest start(Path jar, List<String> jvmFlags, String slackApiUrl, Path dataDir, Path logs) {
        return start(jar, jvmFlags, slackApiUrl, dataDir, null, logs);
    }

    /**
     * As above, on the MongoDB at {@code mongodbUri} when it is not null; a flag {@code NAME=value} is an environment
     * variable of the bot's process instead.
     */
    public static BotUnderTest start(Path jar, List<String> jvmFlags, String slackApiUrl, Path dataDir, String mongodbUri,
                                     Path logs) {
        int port = ChildProcess.freePort();
        int managementPort = ChildProcess.freePort();
        Map<String, String> env = environment(slackApiUrl, dataDir, mongodbUri, port, managementPort);
        List<String> flags = jvmFlags;
        Path runJar = jar;
        if (jvmFlags.contains(CdsArchive.FLAG)) {
            CdsArchive cds = CdsArchive.prepared(jar, logs.getParent().resolve("cds"), without(jvmFlags),
                    environment(slackApiUrl, logs.getParent().resolve("cds").resolve("data"), mongodbUri,
                            ChildProcess.freePort(), ChildProcess.freePort()));
            flags = new ArrayList<>(without(jvmFlags));
            flags.add("-XX:SharedArchiveFile=" + cds.archive());
            runJar = cds.jar();
        }
        List<String> arguments = arguments(flags, env);
        arguments.add("-jar");
        arguments.add(runJar.toString());
        long started = System.nanoTime();
        ChildProcess process = ChildProcess.start(arguments, env, logs.resolve("bot.log"));
        BotUnderTest bot = new BotUnderTest(process, port, managementPort, Duration.ZERO);
        String health = "http://127.0.0.1:" + managementPort + "/actuator/health";
        while (!Http.answers(health, null, a -> "UP".equals(a.body().path("status").asText()))) {
            process.checkAlive("The bot");
            if (System.nanoTime() - started > START_WITHIN.toNanos()) {
                bot.close();
                throw new IllegalStateException("The bot was not UP within " + START_WITHIN + ":\n" + process.logTail(40));
            }
            Pause.millis(100);
        }
        return new BotUnderTest(process, port, managementPort, Duration.ofNanos(System.nanoTime() - started));
    }

    static Map<String, String> environment(String slackApiUrl, Path dataDir, String mongodbUri, int port,
                                           int managementPort) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SLACK_BOT_TOKEN", BOT_TOKEN);
        env.put("SLACK_SIGNING_SECRET", SIGNING_SECRET);
        env.put("SLACK_API_URL", slackApiUrl);
        env.put("CSIRTBOT_TRIAGE_CHANNEL", FakeSlack.TRIAGE);
        env.put("CSIRTBOT_RESPONDERS", String.join(",", FakeSlack.RESPONDERS));
        env.put("CSIRTBOT_API_TOKEN", API_TOKEN);
        env.put("CSIRTBOT_DATA_DIR", dataDir.toString());
        env.put("SERVER_PORT", String.valueOf(port));
        env.put("MANAGEMENT_SERVER_PORT", String.valueOf(managementPort));
        if (mongodbUri != null) {
            env.put("MONGODB_URI", mongodbUri);
        }
        return env;
    }

    /** The JVM's arguments of these flags; a flag {@code NAME=value} goes to {@code env} instead. */
    static List<String> arguments(List<String> jvmFlags, Map<String, String> env) {
        List<String> arguments = new ArrayList<>();
        for (String flag : jvmFlags) {
            if (flag.matches("[A-Z_]+=.*")) { // an environment variable for the JVM, MALLOC_ARENA_MAX=2 say
                env.put(flag.substring(0, flag.indexOf('=')), flag.substring(flag.indexOf('=') + 1));
            } else {
                arguments.add(flag);
            }
        }
        return arguments;
    }

    private static List<String> without(List<String> flags) {
        return flags.stream().filter(flag -> !flag.equals(CdsArchive.FLAG)).toList();
    }

    /** Where Slack sends its requests. */
    public String slackEndpoint() {
        return "http://127.0.0.1:" + port + "/slack/events";
    }

    /** GET of the bot's API ({@code /api/...}) with the read token. */
    public Http.Answer api(String path) {
        return Http.get(apiUrl(path), API_TOKEN);
    }

    public String apiUrl(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** From {@code java -jar} to health UP. */
    public Duration startedIn() {
        return startedIn;
    }

    public long pid() {
        return process.pid();
    }

    public void checkAlive() {
        process.checkAlive("The bot");
    }

    Path log() {
        return process.log();
    }

    @Override
    public void close() {
        process.close();
    }
}
