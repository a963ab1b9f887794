package org.csirtbot.bench.harness;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** mongo-java-server in a process of its own ({@link org.csirtbot.bench.mongo.SeparateMongo}): the bot's MONGODB_URI. */
public final class MongoUnderTest implements AutoCloseable {

    private static final Duration START_WITHIN = Duration.ofSeconds(60);

    private final ChildProcess process;
    private final int port;

    private MongoUnderTest(ChildProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts it on a free port, its data in {@code dataDir} (emptied first), and waits until it takes connections. */
    public static MongoUnderTest start(Path dataDir, Path logs) {
        int port = ChildProcess.freePort();
        ChildProcess process = ChildProcess.startBenchMain("org.csirtbot.bench.mongo.SeparateMongo",
                List.of("-Xmx512m"), List.of(String.valueOf(port), dataDir.resolve("mongo.mv").toString()), Map.of(),
                logs.resolve("mongo.log"));
        MongoUnderTest mongo = new MongoUnderTest(process, port);
        long until = System.nanoTime() + START_WITHIN.toNanos();
        while (!accepts(port)) {
            process.checkAlive("The separate mongo-java-server");
            if (System.nanoTime() > until) {
                mongo.close();
                throw new IllegalStateException("mongo-java-server did not listen within " + START_WITHIN);
            }
            Pause.millis(100);
        }
        return mongo;
    }

    /** The bot's {@code MONGODB_URI}. */
    public String uri() {
        return "mongodb://127.0.0.1:" + port + "/csirtbot";
    }

    long pid() {
        return process.pid();
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    @Override
    public void close() {
        process.close();
    }
}
