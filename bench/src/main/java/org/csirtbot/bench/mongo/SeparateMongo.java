package org.csirtbot.bench.mongo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * mongo-java-server in a process of its own, for the benchmarks' runs with {@code MONGODB_URI}: the same server the
 * bot embeds, but reached over loopback from the bot's process, on H2's MVStore in one file (H2's own commits, not the
 * embedded store's force to the disk after every command). {@code SeparateMongo <port> <file>}; prints
 * {@code SeparateMongo listening on <port>} once it takes connections and runs until stopped.
 */
public final class SeparateMongo {

    private SeparateMongo() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path file = Path.of(args[1]).toAbsolutePath();
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        MongoServer server = new MongoServer(new H2Backend(file.toString()));
        server.bind("127.0.0.1", port);
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
        System.out.println("SeparateMongo listening on " + port);
        new CountDownLatch(1).await();
    }
}
